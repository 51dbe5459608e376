package org.restockradar.dispatch.api;

import static org.restockradar.access.Authentication.actor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.restockradar.dispatch.idempotency.IdempotencyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} header on POSTs (the crew page's queue of actions taken offline sends one per action): the
 * first request with a key is handled and its answer kept ({@link IdempotencyStore}); the same request again with the
 * same key gets that answer back with {@code Idempotent-Replayed: true} and changes nothing. The same key on another
 * request (another path or JSON body) is 422; while the first is still being handled, 409. An answer the server could
 * not give (5xx) or a rate limit (429) is not kept: the key may be sent again. A POST without the header is handled as
 * ever. Keys are per actor: 1 to 255 visible ASCII characters (a UUID, say).
 */
final class IdempotentRequests {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentRequests.class);
    private static final Pattern KEY = Pattern.compile("[!-~]{1,255}");
    private static final String TAKEN = IdempotentRequests.class.getName() + ".taken";

    /** A key this request took: its answer is kept when the request is done. */
    private record Taken(String actorId, String key) {
    }

    private IdempotentRequests() {
    }

    /** Adds the hooks to the paths, after the token is checked (the key is the actor's own). */
    static void register(RoutesConfig app, List<String> paths, IdempotencyStore store) {
        for (String path : paths) {
            app.before(path, ctx -> begin(ctx, store));
            app.after(path, ctx -> end(ctx, store));
        }
    }

    private static void begin(Context ctx, IdempotencyStore store) {
        String key = ctx.header(HEADER);
        if (key == null || !"POST".equals(ctx.method().name())) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw new BadRequestResponse("'" + HEADER + "' must be 1 to 255 visible ASCII characters (a UUID, say)");
        }
        String actorId = actor(ctx).id();
        String request = ctx.method().name() + " " + ctx.path();
        IdempotencyStore.Begun begun = store.begin(actorId, key, request, fingerprint(ctx, request));
        if (begun instanceof IdempotencyStore.Fresh) {
            ctx.attribute(TAKEN, new Taken(actorId, key));
        } else if (begun instanceof IdempotencyStore.Replay replay) {
            LOG.info("replayed the answer {} to {} for {} (idempotency key {})", replay.answer().status(), request, actorId, key);
            ctx.status(replay.answer().status());
            if (replay.answer().contentType() != null) {
                ctx.contentType(replay.answer().contentType());
            }
            ctx.header(REPLAYED, "true");
            ctx.result(replay.answer().body());
            ctx.skipRemainingHandlers();
        } else if (begun instanceof IdempotencyStore.InFlight inFlight) {
            throw new HttpResponseException(HttpStatus.CONFLICT.getCode(), "a request with idempotency key " + key
                    + " is still being handled (since " + inFlight.since() + "); send it again in a moment");
        } else if (begun instanceof IdempotencyStore.Mismatch mismatch) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), "idempotency key " + key
                    + " was used for another request (" + mismatch.request() + "); use a new key for each request");
        }
    }

    private static void end(Context ctx, IdempotencyStore store) {
        Taken taken = ctx.attribute(TAKEN);
        if (taken == null) {
            return;
        }
        int status = ctx.statusCode();
        if (status >= 500 || status == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            store.forget(taken.actorId(), taken.key());
            return;
        }
        String body = ctx.result();
        store.answer(taken.actorId(), taken.key(), new IdempotencyStore.Answer(status, ctx.res().getContentType(), body == null ? "" : body));
    }

    /**
     * What makes two requests the same: method, path and JSON body. A multipart body (a photo) is not read here, so that
     * the route can still read its parts: its path stands for it.
     */
    private static byte[] fingerprint(Context ctx, String request) {
        String contentType = ctx.contentType();
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        String body = multipart ? "" : ctx.body();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
