package org.restockradar.launcher.demo;

/** What a simulated crew does next, as one call of the crew's API. */
public sealed interface CrewMove {
    /** Take the next unclaimed job ({@code POST /api/claims}). */
    record Claim() implements CrewMove {
    }

    /** Say it will go ({@code POST /api/jobs/{id}/accept}). */
    record Accept(long jobId) implements CrewMove {
    }

    /** Set off to the shop ({@code POST /api/jobs/{id}/en-route}). */
    record SetOff(long jobId) implements CrewMove {
    }

    /** Refill the shelf ({@code POST /api/jobs/{id}/complete}). */
    record Restock(long jobId, int units, String note) implements CrewMove {
    }

    /** Could not restock ({@code POST /api/jobs/{id}/fail}), with one of dispatch's failure reason codes. */
    record Fail(long jobId, String reason, String note) implements CrewMove {
    }
}
