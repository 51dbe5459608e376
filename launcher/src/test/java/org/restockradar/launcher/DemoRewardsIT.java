package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;
import org.restockradar.access.Actor;
import org.restockradar.rewards.GiftCsv;
import picocli.CommandLine;

/**
 * The issue's "done when", sped up: the bundled demo on the all-in-one launcher (throwaway), with the field work moving
 * every 100 ms and gift runs every two seconds, ends with credited reporters, queued gifts, and a CSV export (through
 * the CLI) that parses back with commons-csv; the exported gifts are then marked shipped.
 */
@Tag("integration")
final class DemoRewardsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldEndTheDemoWithCreditedReportersQueuedGiftsAndACsvThatParses() throws Exception {
        Path demo = dataDir.resolve("demo");
        LocalSystem.Options options = new LocalSystem.Options(dataDir, true, 0, LocalSystem.extractResource("demo/catalog.json", demo),
                LocalSystem.extractResource("demo/outlets.csv", demo), LocalSystem.extractResource("demo/mentions.jsonl", demo), 0,
                Settings.of(Map.of("demo.field-work.step", "100ms", "rewards.gift-schedule", "*/2 * * * * ?")));
        try (LocalSystem system = LocalSystem.start(options, Clock.systemUTC())) {
            String marketer = system.tokens().issue(Actor.marketer("mira-marketing"));
            String base = "http://localhost:" + system.httpPort();

            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    get(base + "/api/rewards/reporters", marketer).size() >= 10 && get(base + "/api/rewards/gifts", marketer).size() >= 10);

            JsonNode reporters = get(base + "/api/rewards/reporters", marketer);
            assertThat(reporters).allSatisfy(r -> assertThat(r.get("credits").asLong()).isPositive());
            JsonNode ledger = get(base + "/api/rewards/ledger", marketer);
            long firsts = 0;
            for (JsonNode entry : ledger) {
                firsts += entry.get("rank").asText().equals("first") && entry.get("kind").asText().equals("credit") ? 1 : 0;
            }
            assertThat(firsts).as("each verified job has one first reporter").isPositive();

            Path csv = dataDir.resolve("rewards.csv");
            int exit = new CommandLine(new RestockRadar()).execute("export-rewards", "--api", base, "--token", marketer, "--out", csv.toString(),
                    "--status", "queued", "--no-progress", "--mark-shipped");
            assertThat(exit).isZero();

            List<CSVRecord> rows;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.builder().setReader(reader).setFormat(GiftCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(GiftCsv.HEADER);
                rows = parser.getRecords();
            }
            assertThat(rows).hasSizeGreaterThanOrEqualTo(10).allSatisfy(row -> {
                assertThat(row.get("note")).startsWith("Thank you").contains(" restocked");
                // A masked number is nobody's name and nobody's address: never in a note, and the claim link goes by reply.
                assertThat(row.get("note")).doesNotContain("XXXX");
                if (row.get("source").equals("sms")) {
                    // The demo's SMS gateway gives no name: a plain thanks.
                    assertThat(row.get("note")).startsWith("Thank you! ");
                } else {
                    // X, Mastodon and Bluesky give a display name, WhatsApp a profile name: a thanks by name.
                    assertThat(row.get("note")).startsWith("Thank you, ").doesNotStartWith("Thank you, +");
                }
                if (List.of("sms", "whatsapp").contains(row.get("source"))) {
                    assertThat(row.get("contact_channel")).isEqualTo(row.get("source") + ": reply with the claim link");
                }
                assertThat(row.get("status")).isEqualTo("queued");
                assertThat(Integer.parseInt(row.get("verified_reports"))).isPositive();
                assertThat(row.get("contact_channel")).contains(":");
            });
            JsonNode shipped = get(base + "/api/rewards/gifts?status=shipped", marketer);
            assertThat(shipped.size()).as("the exported gifts, marked shipped in bulk").isEqualTo(rows.size());
        }
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
