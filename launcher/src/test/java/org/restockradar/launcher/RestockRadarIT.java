package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;

/**
 * The walking skeleton end to end on a real Kafka broker and a real PostgreSQL: mentions replayed twice
 * become exactly the expected restock jobs, each once; a malformed line is dead-lettered with its reason;
 * a restart on the same data directory loses no job and duplicates none.
 */
@Tag("integration")
final class RestockRadarIT {
    private static final String STREAMS_GROUP = "restock-radar-stream-processor";
    private static final String DISPATCH_GROUP = "dispatch";
    private static final String NEEDS_LOCATION_GROUP = "dispatch-needs-location";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldTurnAReplayedFileIntoEachExpectedJobOnceAndKeepThemAcrossARestart() throws Exception {
        Path mentions = resource("e2e/mentions.jsonl");
        try (LocalSystem system = start()) {
            replay(system, mentions);
            replay(system, mentions);
            awaitProcessed(system);

            assertThat(jobs(system)).containsExactlyInAnyOrder(
                    "JAI-0001|Agarwal Provision Store|Jaipur|null|reported|2026-11-04T08:00:00Z|2|[kabir_r, meera_j]",
                    "KOL-0001|Dutta Bhandar|Kolkata|HIPPO-TANGY-TOMATO|reported|2026-11-04T10:00:00Z|1|[ananya]");

            KafkaProgress kafka = new KafkaProgress(system.bootstrapServers());
            List<StockoutReport> unlocated = kafka.readAll(Topics.NEEDS_LOCATION).stream().map(r -> r.value()).toList();
            assertThat(unlocated).extracting(StockoutReport::mentionId).containsExactly("x-9006");
            assertThat(unlocated.get(0).city()).isEqualTo("Kolkata");

            List<DeadLetter> letters = kafka.readAll(Topics.DEAD_LETTERS).stream().map(r -> r.value()).toList();
            assertThat(letters).hasSize(2).allSatisfy(letter -> {
                assertThat(letter.origin()).isEqualTo("replay:mentions.jsonl:5");
                assertThat(letter.payload()).contains("a line with a broken date");
                assertThat(letter.reason()).contains("oops");
            });
        }

        try (LocalSystem restarted = start()) {
            List<String> before = List.of(
                    "JAI-0001|Agarwal Provision Store|Jaipur|null|reported|2026-11-04T08:00:00Z|2|[kabir_r, meera_j]",
                    "KOL-0001|Dutta Bhandar|Kolkata|HIPPO-TANGY-TOMATO|reported|2026-11-04T10:00:00Z|1|[ananya]");
            assertThat(jobs(restarted)).containsExactlyInAnyOrderElementsOf(before);

            replay(restarted, mentions);
            awaitProcessed(restarted);

            assertThat(jobs(restarted)).containsExactlyInAnyOrderElementsOf(before);

            // The report the stage could not place waits for ops, who place it at an outlet of its city: a job opens.
            KafkaProgress kafka = new KafkaProgress(restarted.bootstrapServers());
            await().atMost(Duration.ofSeconds(60)).until(() -> kafka.hasConsumedAll(NEEDS_LOCATION_GROUP, Topics.NEEDS_LOCATION));
            JsonNode waiting = JSON.readTree(send(restarted, "GET", "/api/needs-location", null).body());
            assertThat(waiting).hasSize(1);
            assertThat(waiting.get(0).get("mention_id").asText()).isEqualTo("x-9006");
            assertThat(waiting.get(0).get("candidates").get(0).get("id").asText()).isEqualTo("KOL-0001");
            HttpResponse<String> placed = send(restarted, "POST", "/api/needs-location/x-9006/place", "{\"outlet_id\":\"KOL-0001\"}");
            assertThat(placed.statusCode()).isEqualTo(200);
            assertThat(jobs(restarted)).contains("KOL-0001|Dutta Bhandar|Kolkata|null|reported|2026-11-04T11:00:00Z|1|[dev_k]");
        }
    }

    private LocalSystem start() {
        return LocalSystem.start(new LocalSystem.Options(dataDir, false, 0,
                resource("e2e/catalog.json"), resource("e2e/outlets.csv"), null, 0, null), Clock.systemUTC());
    }

    private static void replay(LocalSystem system, Path file) throws InterruptedException {
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);
        }
    }

    private static void awaitProcessed(LocalSystem system) {
        KafkaProgress kafka = new KafkaProgress(system.bootstrapServers());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                kafka.hasConsumedAll(STREAMS_GROUP, Topics.MENTIONS) && kafka.hasConsumedAll(DISPATCH_GROUP, Topics.STOCKOUT_REPORTS));
    }

    /** Each job as one comparable line: outlet|name|city|sku|status|due|reports|reporters. */
    private List<String> jobs(LocalSystem system) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + system.httpPort() + "/api/jobs")).header("Authorization", "Bearer " + opsToken(system)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode job : JSON.readTree(response.body())) {
            List<String> reporters = new ArrayList<>();
            job.get("reporters").forEach(r -> reporters.add(r.asText()));
            reporters.sort(String::compareTo);
            lines.add(String.join("|", job.get("outlet_id").asText(), job.get("outlet_name").asText(), job.get("city").asText(),
                    job.get("sku").asText(), job.get("status").asText(), job.get("due_at").asText(),
                    job.get("report_count").asText(), reporters.toString()));
        }
        return lines;
    }

    private static Path resource(String name) {
        try {
            return Path.of(RestockRadarIT.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    private HttpResponse<String> send(LocalSystem system, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + path))
                        .header("Authorization", "Bearer " + opsToken(system))
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An ops token for the read API, issued straight into the system's database. */
    private static String opsToken(LocalSystem system) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(system.postgres().jdbcUrl());
        dataSource.setUser(system.postgres().user());
        dataSource.setPassword(system.postgres().password());
        return new org.restockradar.access.TokenStore(dataSource, Clock.systemUTC())
                .issue(org.restockradar.access.Actor.ops("launcher-it"));
    }
}
