package org.restockradar.replies;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Strings;
import org.restockradar.access.Authentication;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import org.restockradar.access.http.ApiJson;
import org.restockradar.access.http.ApiErrors;

/**
 * The ops routes of replies, JSON in snake_case, {@code Authorization: Bearer <ops token>}:
 * <ul>
 *   <li>{@code GET /api/replies?job_id=&status=&limit=} the replies planned and what became of them, newest first: each with
 *       its {@code status} ({@code pending}, {@code sending}, {@code sent}, {@code failed}, {@code skipped}), its
 *       {@code outcome} (the status, or {@code opted_out} for a reply skipped because the reporter opted out) and the
 *       {@code reason} of a failed or skipped one; {@code status} filters by any of those, {@code opted_out} included;</li>
 *   <li>{@code PUT /api/replies/opt-outs/{source}/{reporter_id}} ({@code {"reason": "..."}} optional) opts a reporter
 *       out, {@code DELETE} the same opts them in again, {@code GET} says {@code {"opted_out": true|false}};</li>
 *   <li>{@code PUT /api/replies/contacts/{source}/{reporter_id}} {@code {"address": "+91..."}} gives the number of an
 *       SMS or WhatsApp reporter (it must hash to the reporter's id), {@code DELETE} forgets it.</li>
 * </ul>
 * Guarded as every authenticated route set is: 429 past {@code requestsPerMinute} requests a minute from one client or
 * with one token to one route (before the token is looked up), 401 without a valid token, 403 for a role other than
 * ops; then 400 for a bad source, status, limit or body (a NUL character too); all as {@code {"error": "..."}}
 * ({@link ApiErrors}, registered by the server that serves them).
 */
public final class RepliesApi {
    private static final int DEFAULT_LIMIT = 100;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    /** What the routes need. */
    public record Services(TokenStore tokens, OptOuts optOuts, ReplyContacts contacts, ReplyLog log, int requestsPerMinute) {
        public Services {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(optOuts, "optOuts");
            Objects.requireNonNull(contacts, "contacts");
            Objects.requireNonNull(log, "log");
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("the rate limit must be at least 1 request per minute: " + requestsPerMinute);
            }
        }
    }

    private RepliesApi() {
    }

    /** Adds the routes to the app (before it starts); their errors are answered by the server's {@link ApiErrors} mappings. */
    public static void register(RoutesConfig app, Services services) {
        Authentication.guard(app, List.of("/api/replies", "/api/replies/*"), services.requestsPerMinute(), services.tokens(),
                new Authentication.Roles(Set.of(Role.OPS), "only ops may manage replies"));
        app.get("/api/replies", ctx -> {
            String rawJobId = Strings.trimToNull(ctx.queryParam("job_id"));
            Long jobId = rawJobId == null ? null : number(rawJobId, "job_id");
            String status = Strings.trimToNull(ctx.queryParam("status"));
            ctx.json(services.log().list(jobId, status, limit(ctx.queryParam("limit"))).stream().map(RepliesApi::view).toList());
        });
        app.get("/api/replies/opt-outs/{source}/{reporter}", ctx ->
                ctx.json(Map.of("opted_out", services.optOuts().isOptedOut(source(ctx), ctx.pathParam("reporter")))));
        app.put("/api/replies/opt-outs/{source}/{reporter}", ctx -> {
            String reason = Optional.ofNullable(Strings.trimToNull(body(ctx).path("reason").asText(null))).orElse("asked for no more replies");
            boolean changed = services.optOuts().optOut(source(ctx), ctx.pathParam("reporter"), "ops " + Authentication.actor(ctx).id() + ": " + reason);
            ctx.json(Map.of("opted_out", true, "changed", changed));
        });
        app.delete("/api/replies/opt-outs/{source}/{reporter}", ctx -> {
            boolean changed = services.optOuts().optIn(source(ctx), ctx.pathParam("reporter"));
            ctx.json(Map.of("opted_out", false, "changed", changed));
        });
        app.put("/api/replies/contacts/{source}/{reporter}", ctx -> {
            String address = Strings.trimToNull(body(ctx).path("address").asText(null));
            if (address == null) {
                throw new IllegalArgumentException("the body needs \"address\": the reporter's number, e.g. +919812345678");
            }
            services.contacts().put(source(ctx), ctx.pathParam("reporter"), address);
            ctx.json(Map.of("saved", true));
        });
        app.delete("/api/replies/contacts/{source}/{reporter}", ctx ->
                ctx.json(Map.of("removed", services.contacts().remove(source(ctx), ctx.pathParam("reporter")))));
    }

    /** The {@code limit} parameter: {@value #DEFAULT_LIMIT} when absent, else a whole number within [1, {@link ReplyLog#MAX_LIMIT}]. */
    private static int limit(String raw) {
        String value = Strings.trimToNull(raw);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("limit must be a whole number: '" + raw + "'");
        }
        // Compared as a number of any size: a limit past the int (or long) range is out of range, not malformed.
        BigInteger limit = new BigInteger(value);
        if (limit.signum() < 1 || limit.compareTo(BigInteger.valueOf(ReplyLog.MAX_LIMIT)) > 0) {
            throw new IllegalArgumentException("limit must be within [1, " + ReplyLog.MAX_LIMIT + "]: " + value);
        }
        return limit.intValueExact();
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
            return ApiJson.refuseNul(node);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage(), e);
        }
    }

    private static long number(String raw, String name) {
        String value = raw.trim();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a whole number: '" + raw + "'");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is out of range: '" + raw + "'", e);
        }
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
        view.put("outcome", entry.outcome());
        view.put("reason", "failed".equals(entry.status()) || "skipped".equals(entry.status()) ? entry.lastError() : null);
        view.put("attempts", entry.attempts());
        view.put("language", entry.language());
        view.put("planned_at", entry.plannedAt() == null ? null : entry.plannedAt().toString());
        view.put("next_attempt_at", entry.nextAttemptAt() == null ? null : entry.nextAttemptAt().toString());
        view.put("sent_at", entry.sentAt() == null ? null : entry.sentAt().toString());
        view.put("external_id", entry.externalId());
        view.put("last_error", entry.lastError());
        return view;
    }
}
