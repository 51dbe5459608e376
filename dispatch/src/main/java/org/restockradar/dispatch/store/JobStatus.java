package org.restockradar.dispatch.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a restock job stands. The walking skeleton knows only {@link #REPORTED}; the crew workflow adds
 * the later statuses here and in a migration that widens the {@code restock_job_status_known} constraint.
 */
public enum JobStatus {
    /** Opened from one or more stock-out reports; nobody has been sent yet. */
    REPORTED;

    /** The lower-case code stored in the database and shown in the API ({@code reported}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a code; the message of the exception lists the known codes. */
    public static JobStatus fromCode(String code) {
        if (code != null) {
            for (JobStatus status : values()) {
                if (status.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("unknown job status '" + code + "' (expected one of: " + knownCodes() + ")");
    }

    static String knownCodes() {
        return Arrays.stream(values()).map(JobStatus::code).collect(Collectors.joining(", "));
    }
}
