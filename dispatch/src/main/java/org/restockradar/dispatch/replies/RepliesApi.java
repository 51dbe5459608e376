package org.restockradar.dispatch.replies;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Source;
import org.restockradar.dispatch.access.TokenStore;
import org.restockradar.dispatch.store.StoreUnavailableException;
import org.restockradar.dispatch.workflow.Actor;
import org.restockradar.dispatch.workflow.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops routes of replies, JSON in snake_case, {@code Authorization: Bearer <ops token>}:
 * <ul>
 *   <li>{@code GET /api/replies?job_id=&status=&limit=} the replies planned and what became of them;</li>
 *   <li>{@code PUT /api/replies/opt-outs/{source}/{reporter_id}} ({@code {"reason": "..."}} optional) opts a reporter
 *       out, {@code DELETE} the same opts them in again, {@code GET} says {@code {"opted_out": true|false}};</li>
 *   <li>{@code PUT /api/replies/contacts/{source}/{reporter_id}} {@code {"address": "+91..."}} gives the number of an
 *       SMS or WhatsApp reporter (it must hash to the reporter's id), {@code DELETE} forgets it.</li>
 * </ul>
 * 401 without a known token, 403 for a role other than ops, 400 for a bad source, status or body, all as
 * {@code {"error": "..."}}.
 */
public final class RepliesApi {
    private static final Logger LOG = LoggerFactory.getLogger(RepliesApi.class);

    /** What the routes need. */
    public record Services(TokenStore tokens, OptOuts optOuts, ReplyContacts contacts, ReplyLog log) {
        public Services {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(optOuts, "optOuts");
            Objects.requireNonNull(contacts, "contacts");
            Objects.requireNonNull(log, "log");
        }
    }

    private RepliesApi() {
    }

    public static void register(Javalin app, Services services) {
        app.get("/api/replies", ops(services, (ctx, actor) -> {
            Long jobId = ctx.queryParam("job_id") == null || ctx.queryParam("job_id").isBlank() ? null : number(ctx.queryParam("job_id"), "job_id");
            String status = blankToNull(ctx.queryParam("status"));
            int limit = ctx.queryParam("limit") == null || ctx.queryParam("limit").isBlank() ? 100 : Math.toIntExact(number(ctx.queryParam("limit"), "limit"));
            ctx.json(services.log().list(jobId, status, limit).stream().map(RepliesApi::view).toList());
        }));
        app.get("/api/replies/opt-outs/{source}/{reporter}", ops(services, (ctx, actor) ->
                ctx.json(Map.of("opted_out", services.optOuts().isOptedOut(source(ctx), ctx.pathParam("reporter"))))));
        app.put("/api/replies/opt-outs/{source}/{reporter}", ops(services, (ctx, actor) -> {
            String reason = Optional.ofNullable(blankToNull(body(ctx).path("reason").asText(null))).orElse("asked for no more replies");
            boolean changed = services.optOuts().optOut(source(ctx), ctx.pathParam("reporter"), "ops " + actor.id() + ": " + reason);
            ctx.json(Map.of("opted_out", true, "changed", changed));
        }));
        app.delete("/api/replies/opt-outs/{source}/{reporter}", ops(services, (ctx, actor) -> {
            boolean changed = services.optOuts().optIn(source(ctx), ctx.pathParam("reporter"));
            ctx.json(Map.of("opted_out", false, "changed", changed));
        }));
        app.put("/api/replies/contacts/{source}/{reporter}", ops(services, (ctx, actor) -> {
            String address = blankToNull(body(ctx).path("address").asText(null));
            if (address == null) {
                throw new IllegalArgumentException("the body needs \"address\": the reporter's number, e.g. +919812345678");
            }
            services.contacts().put(source(ctx), ctx.pathParam("reporter"), address);
            ctx.json(Map.of("saved", true));
        }));
        app.delete("/api/replies/contacts/{source}/{reporter}", ops(services, (ctx, actor) ->
                ctx.json(Map.of("removed", services.contacts().remove(source(ctx), ctx.pathParam("reporter"))))));
    }

    @FunctionalInterface
    private interface OpsHandler {
        void handle(Context ctx, Actor actor) throws Exception;
    }

    /** Authenticates, allows ops only, and answers every failure as {@code {"error": "..."}}. */
    private static Handler ops(Services services, OpsHandler handler) {
        return ctx -> {
            String header = ctx.header("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.header("WWW-Authenticate", "Bearer");
                error(ctx, HttpStatus.UNAUTHORIZED, "send Authorization: Bearer <token>");
                return;
            }
            Optional<Actor> actor = services.tokens().actorOf(header.substring(7).trim());
            if (actor.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                error(ctx, HttpStatus.UNAUTHORIZED, "the token is unknown or revoked");
                return;
            }
            if (actor.get().role() != Role.OPS) {
                error(ctx, HttpStatus.FORBIDDEN, "only ops may manage replies; " + actor.get().id() + " is " + actor.get().role().code());
                return;
            }
            try {
                handler.handle(ctx, actor.get());
            } catch (IllegalArgumentException e) {
                error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            } catch (StoreUnavailableException e) {
                LOG.error("{} {} failed: database unavailable", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the replies database is unavailable; try again shortly");
            }
        };
    }

    private static Source source(Context ctx) {
        return Source.fromCode(ctx.pathParam("source"));
    }

    private static JsonNode body(Context ctx) {
        String raw = ctx.body();
        if (raw.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        try {
            JsonNode node = Json.mapper().readTree(raw);
            if (!node.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage(), e);
        }
    }

    private static long number(String raw, String name) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: '" + raw + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, Object> view(ReplyLog.Entry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("job_id", entry.jobId());
        view.put("kind", entry.kind());
        view.put("source", entry.source());
        view.put("reporter_id", entry.reporterId());
        view.put("reporter_handle", entry.reporterHandle());
        view.put("mention_id", entry.mentionId());
        view.put("status", entry.status());
        view.put("attempts", entry.attempts());
        view.put("language", entry.language());
        view.put("planned_at", entry.plannedAt() == null ? null : entry.plannedAt().toString());
        view.put("next_attempt_at", entry.nextAttemptAt() == null ? null : entry.nextAttemptAt().toString());
        view.put("sent_at", entry.sentAt() == null ? null : entry.sentAt().toString());
        view.put("external_id", entry.externalId());
        view.put("last_error", entry.lastError());
        return view;
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null || message.isBlank() ? "HTTP " + status.getCode() : message));
    }
}
