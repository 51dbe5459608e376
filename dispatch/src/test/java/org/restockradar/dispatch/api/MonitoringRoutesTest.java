package org.restockradar.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.contracts.monitoring.Monitoring;

final class MonitoringRoutesTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Monitoring monitoring = Monitoring.create();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        monitoring.close();
    }

    @Test
    void shouldTimeRequestsByRoutePatternNotByRawPath() throws Exception {
        start(routes -> routes.get("/api/jobs/{id}", ctx -> ctx.result("job " + ctx.pathParam("id"))));

        get("/api/jobs/41");
        get("/api/jobs/42");
        get("/nowhere");
        String metrics = monitoring.scrape();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/jobs/{id}\"} 2");
        assertThat(metrics).contains("uri=\"NOT_FOUND\"").doesNotContain("/api/jobs/41");
    }

    @Test
    void shouldServeNoMetersOnThePublicPort() throws Exception {
        start(routes -> { });

        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).as("the meters are on the management port only").isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void shouldAnswerReadyOnlyWhenEveryCheckIsUp() throws Exception {
        AtomicBoolean database = new AtomicBoolean(false);
        monitoring.readiness().add("dispatch-database", () -> database.get() ? Check.Result.up("answered") : Check.Result.down("away"));
        start(routes -> { });

        HttpResponse<String> down = get("/health/ready");
        database.set(true);
        HttpResponse<String> up = get("/health/ready");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"dispatch-database\":{\"status\":\"DOWN\"");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    private void start(Consumer<RoutesConfig> routes) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            routes.accept(config.routes);
            MonitoringRoutes.of(monitoring).accept(config.routes);
        });
        app.start("127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
