package org.restockradar.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.Reports.report;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.dispatch.store.JobFilter;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The service wired over a real PostgreSQL. No broker runs here (the end-to-end test has one): the consumer
 * points at a closed port and keeps trying, which is what it must do while Kafka is away. Its Quartz scheduler's meters
 * are read from {@code /metrics}.
 */
@Tag("integration")
final class DispatchServiceIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldMigrateServeAndStopCleanly() throws Exception {
        Settings settings = onLocalDatabase(Map.of("dispatch.sla", "24h"));

        int port;
        try (DispatchService service = DispatchService.start(settings, CLOCK)) {
            port = service.httpPort();
            assertThat(port).isPositive();
            assertThat(service.isHealthy()).isTrue();

            HttpResponse<String> health = get(port, "/api/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            service.jobs().record(report("x-1").build());
            assertThat(service.jobs().list(JobFilter.all())).singleElement()
                    .satisfies(job -> assertThat(job.dueAt()).as("dispatch.sla is applied").isEqualTo(Reports.T0.plus(Duration.ofHours(24))));
            String token = service.tokens().issue(org.restockradar.access.Actor.ops("ops-it"));
            HttpResponse<String> jobs = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(jobs.statusCode()).isEqualTo(200);
            assertThat(jobs.body()).contains("\"outlet_id\":\"OUT-PUNE-001\"");
        }

        assertThatThrownBy(() -> get(port, "/api/health")).as("the HTTP port is released").isInstanceOf(ConnectException.class);
    }

    @Test
    void shouldServeTheWorkApiToATokenHolderOnly() throws Exception {
        Settings settings = onLocalDatabase(Map.of());

        try (DispatchService service = DispatchService.start(settings, CLOCK)) {
            long job = service.jobs().record(report("x-1").build()).jobId();
            String token = service.tokens().issue(Actor.ops("meera"));
            HttpRequest cancel = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/api/jobs/" + job + "/cancel"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"demo\"}", StandardCharsets.UTF_8)).build();

            assertThat(HTTP.send(cancel, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            HttpResponse<String> withToken = HTTP.send(HttpRequest.newBuilder(cancel, (name, value) -> true)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
            assertThat(withToken.body()).contains("\"status\":\"cancelled\"");
        }
    }

    @Test
    void shouldServeTheSchedulersFiringsRunTimesAndMisfiresOnMetrics() throws Exception {
        Settings settings = onLocalDatabase(Map.of("dispatch.sla-sweep-interval", "200ms", "dispatch.sla-cluster-checkin", "1s"));
        String job = "job=\"dispatch.sla-sweep\"";

        try (Monitoring monitoring = Monitoring.create();
             DispatchService service = DispatchService.start(settings, Clock.systemUTC(), monitoring)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                String scrape = monitoring.scrape();
                assertThat(sample(scrape, "quartz_jobs_fired_total{" + job + ",scheduler=\"dispatch\"}")).isGreaterThanOrEqualTo(2);
                assertThat(sample(scrape, "quartz_job_run_seconds_count{" + job + ",outcome=\"ok\",scheduler=\"dispatch\"}")).isGreaterThanOrEqualTo(2);
            });
            String scrape = monitoring.scrape();
            assertThat(sample(scrape, "quartz_triggers_misfired_total{" + job + ",scheduler=\"dispatch\"}")).as("served from the start").isNotNegative();
            assertThat(sample(scrape, "quartz_job_run_seconds_count{" + job + ",outcome=\"failed\",scheduler=\"dispatch\"}")).isZero();
        }
    }

    @Test
    void shouldRefuseToStartWithoutADatabaseAndSayWhy() throws Exception {
        Settings settings = Settings.of(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
                "db.url", "jdbc:postgresql://127.0.0.1:" + unusedPort() + "/dispatch",
                "http.port", "0"));

        assertThatThrownBy(() -> DispatchService.start(settings, CLOCK)).hasMessageContaining("refused");
    }

    @Test
    void shouldRefuseABadSlaBeforeStartingAnything() {
        Settings settings = Settings.of(Map.of("dispatch.sla", "two days", "http.port", "0"));

        assertThatThrownBy(() -> DispatchService.start(settings, CLOCK)).hasMessageContaining("dispatch.sla");
    }

    /** Dispatch on a fresh database, its HTTP port on any free one of 127.0.0.1, its broker away, with {@code more}. */
    private static Settings onLocalDatabase(Map<String, String> more) throws IOException {
        Map<String, String> settings = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
                "db.url", TestPostgres.freshDatabase(),
                "db.user", "postgres",
                "db.password", "postgres",
                "http.host", "127.0.0.1",
                "http.port", "0"));
        settings.putAll(more);
        return Settings.of(settings);
    }

    /** A sample's value in a Prometheus scrape; fails when the series is not served. */
    private static double sample(String scrape, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(sample.find()).as("%s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(sample.group(1));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
