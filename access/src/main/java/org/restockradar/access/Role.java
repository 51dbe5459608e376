package org.restockradar.access;

import java.util.Locale;

/** Who may do what in dispatch: ops everything, a crew only its own jobs and territory, a marketer nothing here (rewards only). */
public enum Role {
    OPS, CREW, MARKETER,
    /** The dispatcher itself: opening jobs, auto-assignment, SLA sweeps. */
    SYSTEM;

    /** The lower-case code kept in the job history ({@code ops}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
