package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-in-one system's monitoring, on a real broker and database: {@code /metrics}, on the management port only, shows the
 * meters the Grafana dashboard names once the demo has flowed, and {@code /health/ready} turns DOWN within 30 s of the
 * broker freezing (SIGSTOP on its JVM) and UP again within 30 s of it going on (SIGCONT).
 */
@Tag("integration")
final class MonitoringIT {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldServeTheDashboardsMetersAndTurnReadinessDownWhileTheBrokerIsFrozen() throws Exception {
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Options(dataDir, false, 0, resource("e2e/catalog.json"),
                resource("e2e/outlets.csv"), resource("e2e/mentions.jsonl"), 0, null), Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> get(system, "/health/ready").statusCode() == 200);
            assertThat(get(system, "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(system, "/api/health").statusCode()).isEqualTo(200);

            Set<String> wanted = DashboardQueries.read().meterNames();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(DashboardQueries.scrapedNames(metrics(system).body())).containsAll(wanted));
            String scrape = metrics(system).body();
            Files.writeString(Path.of("target", "monitoring-it-scrape.txt"), scrape, StandardCharsets.UTF_8);
            assertThat(scrape).contains("stream_mentions_total{source=\"x\"}", "dead_letters_total{origin=\"replay\"}",
                    "jvm_memory_used_bytes", "process_cpu_usage", "hikaricp_connections_active", "kafka_producer_record_send_total",
                    "http_server_requests_seconds_count");

            long broker = system.brokerPid();
            try {
                signal("STOP", broker);
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> get(system, "/health/ready").statusCode() == 503);
                assertThat(get(system, "/health/ready").body()).as("one Kafka check for the three services").contains("\"kafka\":{\"status\":\"DOWN\"")
                        .doesNotContain("dispatch-kafka", "stream-processor-kafka", "ingest-kafka");
                assertThat(get(system, "/health/live").statusCode()).isEqualTo(200);
            } finally {
                signal("CONT", broker);
            }
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> get(system, "/health/ready").statusCode() == 200);
        }
    }

    /** The meters, on the management port: the dashboard's port serves none. */
    private HttpResponse<String> metrics(LocalSystem system) throws IOException, InterruptedException {
        assertThat(get(system, "/metrics").statusCode()).as("no meters on the public port").isEqualTo(404);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.managementPort() + "/metrics")).timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(LocalSystem system, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -%s %d", signal, pid).isZero();
    }

    private static Path resource(String name) {
        try {
            return Path.of(MonitoringIT.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }
}
