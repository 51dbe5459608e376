package org.restockradar.ingest.source.webhook;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.restockradar.contracts.Signatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a webhook's raw body, refusing one larger than the limit before holding it in memory. */
final class RequestBodies {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBodies.class);

    private RequestBodies() {
    }

    /** Thrown when a body is over the limit; the handler answers 413 with its message. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * The raw bytes of the body, read at most {@code limit + 1} bytes far.
     *
     * @throws TooLarge when the declared or the actual length is over {@code limit}
     */
    static byte[] read(Context ctx, int limit) throws TooLarge, IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new TooLarge("request body of " + declared + " bytes is larger than the limit of " + limit + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLarge("request body is larger than the limit of " + limit + " bytes");
            }
            return body;
        }
    }

    static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /**
     * Checks the body's HMAC-SHA256 signature in {@code header}; when it is missing (401) or wrong (403) answers
     * so, logs it with {@code what} and the body's size, and returns false.
     */
    static boolean signatureAccepted(Context ctx, String header, String secret, byte[] body, String what) {
        String signature = ctx.header(header);
        if (signature == null) {
            LOG.warn("Refused {} of {} bytes without {}", what, body.length, header);
            refuse(ctx, HttpStatus.UNAUTHORIZED, "missing " + header);
            return false;
        }
        if (!Signatures.verify(signature, secret, body)) {
            LOG.warn("Refused {} of {} bytes with a wrong {}", what, body.length, header);
            refuse(ctx, HttpStatus.FORBIDDEN, "bad " + header);
            return false;
        }
        return true;
    }
}
