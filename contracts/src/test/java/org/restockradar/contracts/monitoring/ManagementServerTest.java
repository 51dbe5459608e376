package org.restockradar.contracts.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ManagementServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Monitoring monitoring = Monitoring.create();
    private final ManagementServer server = ManagementServer.start(0, monitoring);

    @AfterEach
    void stop() {
        server.close();
        monitoring.close();
    }

    @Test
    void shouldServeTheJvmMetersInThePrometheusTextFormat() throws Exception {
        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue(Monitoring.CONTENT_TYPE);
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "process_uptime_seconds", "jvm_threads_live_threads");
    }

    @Test
    void shouldBeReadyOnlyWhileEveryCheckIsUp() throws Exception {
        AtomicBoolean kafka = new AtomicBoolean(true);
        monitoring.readiness().add("test.kafka", () -> kafka.get() ? Check.Result.up("answered") : Check.Result.down("timed out"));
        monitoring.readiness().add("test.database", () -> Check.Result.up("answered"));

        HttpResponse<String> up = get("/health/ready");
        kafka.set(false);
        HttpResponse<String> down = get("/health/ready");

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).startsWith("{\"status\":\"UP\"");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"test.kafka\":{", "timed out");
    }

    @Test
    void shouldNotBeReadyWithoutAnyCheck() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @Test
    void shouldCountACheckThatThrowsAsDown() throws Exception {
        monitoring.readiness().add("test.broken", () -> {
            throw new IllegalStateException("closed");
        });

        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("IllegalStateException: closed");
    }

    @Test
    void shouldBeLiveWhateverTheChecksSay() throws Exception {
        monitoring.readiness().add("test.kafka", () -> Check.Result.down("timed out"));

        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/liveness").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
