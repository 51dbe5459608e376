package org.restockradar.contracts.monitoring;

import java.util.Objects;

/** One part of a service's readiness: Kafka answers, the database answers, the stream threads run. */
@FunctionalInterface
public interface Check {

    /** Runs the check; it must return within a few seconds and never throw for a dependency that is away. */
    Result run();

    /**
     * What a check found.
     *
     * @param detail why, in a few words ("cluster abc answered", "timed out after 2 s")
     */
    record Result(boolean up, String detail) {
        public Result {
            Objects.requireNonNull(detail, "detail");
        }

        public static Result up(String detail) {
            return new Result(true, detail);
        }

        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }
}
