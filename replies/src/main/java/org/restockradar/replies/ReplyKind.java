package org.restockradar.replies;

import java.util.Locale;

/** Why a reporter is written to: their report became a job, or the shelf they reported was restocked. */
public enum ReplyKind {
    /** The report opened a restock job or joined an open one. */
    JOB_OPENED,
    /** The job's shelf was restocked (by default: once ops verified it, see {@code replies.restocked-on}). */
    RESTOCKED;

    /** The code stored in {@code reply.kind}: {@code job_opened}, {@code restocked}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReplyKind fromCode(String code) {
        for (ReplyKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown reply kind '" + code + "' (expected job_opened or restocked)");
    }
}
