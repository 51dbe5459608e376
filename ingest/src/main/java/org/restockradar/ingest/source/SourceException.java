package org.restockradar.ingest.source;

import java.time.Instant;
import java.util.Optional;

/**
 * A failure to read from a source, classified for {@link Backoff}: a network error (refused, reset,
 * keep-alive stall, stream ended), an HTTP error status, or a rate limit (429) with its reset time.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind { NETWORK, HTTP, RATE_LIMITED }

    private final Kind kind;
    private final int status;
    private final transient Instant rateLimitReset;

    private SourceException(Kind kind, int status, Instant rateLimitReset, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.rateLimitReset = rateLimitReset;
    }

    public static SourceException network(String message, Throwable cause) {
        return new SourceException(Kind.NETWORK, 0, null, message, cause);
    }

    /** An HTTP status; 429 becomes {@link Kind#RATE_LIMITED}. */
    public static SourceException http(int status, Instant rateLimitReset, String message) {
        return new SourceException(status == 429 ? Kind.RATE_LIMITED : Kind.HTTP, status, rateLimitReset, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 for a network error. */
    public int status() {
        return status;
    }

    public Optional<Instant> rateLimitReset() {
        return Optional.ofNullable(rateLimitReset);
    }

    /** True for statuses that retrying will not fix (bad credentials, forbidden, not found). */
    public boolean isPermanent() {
        return status == 401 || status == 403 || status == 404;
    }
}
