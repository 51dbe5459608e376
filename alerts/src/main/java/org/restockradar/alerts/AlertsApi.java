package org.restockradar.alerts;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.restockradar.access.Authentication;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;

/**
 * The ops route of alerts: {@code GET /api/alerts?job_id=42} lists what ops were told of the job, one entry per alert
 * (channel, kind, status, attempts, planned_at, sent_at, last_error), oldest first, JSON in snake_case. Guarded as every
 * authenticated route set is (rate limit, token, ops only); a missing or malformed {@code job_id} is a 400. Served
 * only where alerts run: elsewhere the path is a 404, which the ops page takes for "alerts are off".
 */
public final class AlertsApi {

    /** What the route needs. */
    public record Services(TokenStore tokens, AlertLog log, int requestsPerMinute) {
        public Services {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(log, "log");
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("the rate limit must be at least 1 request per minute: " + requestsPerMinute);
            }
        }
    }

    private AlertsApi() {
    }

    /** Adds the route to the app (before it starts); its errors are answered by the server's error mappings. */
    public static void register(RoutesConfig app, Services services) {
        Authentication.guard(app, List.of("/api/alerts"), services.requestsPerMinute(), services.tokens(),
                new Authentication.Roles(Set.of(Role.OPS), "only ops may read the alerts to ops"));
        app.get("/api/alerts", ctx -> ctx.json(services.log().ofJob(jobId(ctx.queryParam("job_id"))).stream().map(AlertsApi::view).toList()));
    }

    static long jobId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("job_id is needed: GET /api/alerts?job_id=42");
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id < 1) {
                throw new IllegalArgumentException("job_id must be a positive whole number: '" + raw + "'");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job_id must be a positive whole number: '" + raw + "'", e);
        }
    }

    private static Map<String, Object> view(AlertLog.Entry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("channel", entry.channel());
        view.put("kind", entry.kind());
        view.put("status", entry.status());
        view.put("attempts", entry.attempts());
        view.put("planned_at", entry.plannedAt());
        view.put("sent_at", entry.sentAt());
        view.put("last_error", entry.lastError());
        return view;
    }
}
