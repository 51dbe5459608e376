package org.restockradar.replies;

import java.util.Locale;

/** Why a reporter is written to: their report became a job, the shelf they reported was restocked, or a gift waits for them. */
public enum ReplyKind {
    /** The report opened a restock job or joined an open one. */
    JOB_OPENED,
    /** The job's shelf was restocked (by default: once ops verified it, see {@code replies.restocked-on}). */
    RESTOCKED,
    /** Rewards queued a thank-you gift: the text, with its claim link, comes with the gift event ({@link GiftReplies}). */
    GIFT;

    /** Whether the text is a template of {@link ReplyTemplates}; a gift's text is written by rewards. */
    public boolean templated() {
        return this != GIFT;
    }

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
        throw new IllegalArgumentException("unknown reply kind '" + code + "' (expected job_opened, restocked or gift)");
    }
}
