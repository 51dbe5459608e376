package org.restockradar.dispatch.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.function.Consumer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.contracts.monitoring.Readiness;

/**
 * The process's health on dispatch's HTTP port, for orchestrators, without a token:
 * <ul>
 *   <li>{@code GET /health/live}: 200 while the server answers;</li>
 *   <li>{@code GET /health/ready}: 200 when every readiness check of the process is up, else 503, naming each check.</li>
 * </ul>
 * The meters themselves ({@code /metrics}) are not served here, on the public port, but on the management port
 * ({@code ManagementServer}, setting {@code management.port}). And the HTTP server's timings: {@value #HTTP_REQUESTS}{@code {method, uri, status}}, {@code uri} being the route's
 * pattern ({@code /api/jobs/{id}}), {@code static} for files and {@code NOT_FOUND} for anything unmatched.
 */
public final class MonitoringRoutes {
    public static final String HTTP_REQUESTS = "http.server.requests";
    private static final String STARTED = MonitoringRoutes.class.getName() + ".started";

    private MonitoringRoutes() {
    }

    /** Registers the routes and the timing handlers; for {@link HttpApi#start}'s {@code moreRoutes}. */
    public static Consumer<RoutesConfig> of(Monitoring monitoring) {
        Objects.requireNonNull(monitoring, "monitoring");
        return app -> register(app, monitoring);
    }

    static void register(RoutesConfig app, Monitoring monitoring) {
        MeterRegistry registry = monitoring.registry();
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started != null) {
                Timer.builder(HTTP_REQUESTS).description("requests served by dispatch's HTTP server")
                        .tag("method", ctx.method().name()).tag("uri", uri(ctx)).tag("status", Integer.toString(ctx.statusCode()))
                        .register(registry).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        });
        app.get("/health/live", ctx -> ctx.contentType("application/json").result("{\"status\":\"UP\"}"));
        app.get("/health/ready", ctx -> {
            Readiness.Report report = monitoring.readiness().report();
            ctx.status(report.ready() ? 200 : 503).contentType("application/json").result(report.toJson());
        });
    }

    /** The route's pattern, never the raw path: one series per route, whatever the ids in it. */
    private static String uri(Context ctx) {
        if (ctx.statusCode() == 404) {
            return "NOT_FOUND";
        }
        try {
            io.javalin.router.Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            String pattern = endpoint == null ? null : endpoint.path;
            return pattern == null || pattern.isEmpty() || "*".equals(pattern) ? "static" : pattern;
        } catch (RuntimeException e) {
            return "static";
        }
    }
}
