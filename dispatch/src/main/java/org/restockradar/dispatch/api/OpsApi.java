package org.restockradar.dispatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.restockradar.access.Authentication;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.stats.StatsStore;
import org.restockradar.dispatch.store.Recorded;

/**
 * The ops-only routes of the dashboard, behind the same bearer tokens and rate limit as the {@link WorkApi}:
 * <ul>
 *   <li>{@code GET /api/needs-location?status=open|placed|dismissed&limit=} the reports the understanding stage
 *       could not place, each with candidate outlets of its city;</li>
 *   <li>{@code POST /api/needs-location/{mentionId}/place} {@code {"outlet_id"}}: records the report at that outlet
 *       and answers with the job it opened or joined;</li>
 *   <li>{@code POST /api/needs-location/{mentionId}/dismiss} {@code {"reason"}};</li>
 *   <li>{@code GET /api/stats/overview?days=7} the dashboard's figures ({@link StatsStore.Overview}).</li>
 * </ul>
 */
public final class OpsApi {
    private static final int DEFAULT_LIMIT = 100;
    private static final int DEFAULT_DAYS = 7;

    /** What the routes work with. */
    public record Services(TokenStore tokens, NeedsLocationStore needsLocation, StatsStore stats, int requestsPerMinute) {
        public Services {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(needsLocation, "needsLocation");
            Objects.requireNonNull(stats, "stats");
        }
    }

    private OpsApi() {
    }

    /** Adds the routes to the app (before it starts). */
    public static void register(RoutesConfig app, Services services) {
        Authentication.guard(app, List.of("/api/needs-location", "/api/needs-location/*", "/api/stats/*"), services.requestsPerMinute(),
                services.tokens(), new Authentication.Roles(Set.of(Role.OPS),
                        "only ops may see and place unplaced reports and the dashboard figures"));
        app.get("/api/needs-location", ctx -> ctx.json(services.needsLocation().list(
                orDefault(ctx.queryParam("status"), "open"), integer(ctx.queryParam("limit"), DEFAULT_LIMIT, "limit"))));
        app.post("/api/needs-location/{mentionId}/place", ctx -> {
            JsonNode body = WorkApi.body(ctx);
            Recorded recorded = resolving(() -> services.needsLocation().place(ctx.pathParam("mentionId"),
                    WorkApi.text(body, "outlet_id"), Authentication.actor(ctx)));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("mention_id", ctx.pathParam("mentionId"));
            answer.put("job_id", recorded.jobId());
            answer.put("outcome", recorded.outcome().name().toLowerCase(Locale.ROOT));
            ctx.json(answer);
        });
        app.post("/api/needs-location/{mentionId}/dismiss", ctx -> {
            JsonNode body = WorkApi.body(ctx);
            resolving(() -> {
                services.needsLocation().dismiss(ctx.pathParam("mentionId"), WorkApi.text(body, "reason"), Authentication.actor(ctx));
                return null;
            });
            ctx.json(Map.of("mention_id", ctx.pathParam("mentionId"), "status", "dismissed"));
        });
        app.get("/api/stats/overview", ctx -> ctx.json(services.stats().overview(integer(ctx.queryParam("days"), DEFAULT_DAYS, "days"))));
    }

    private interface Resolution<T> {
        T run();
    }

    private static <T> T resolving(Resolution<T> resolution) {
        try {
            return resolution.run();
        } catch (NeedsLocationStore.NotFoundException e) {
            throw new NotFoundResponse(e.getMessage());
        } catch (NeedsLocationStore.ResolvedException e) {
            throw new ConflictResponse(e.getMessage());
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int integer(String raw, int fallback, String name) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + raw + "'");
        }
    }
}
