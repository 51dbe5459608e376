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
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;

/**
 * The demo as a newcomer finds it in its first minute (bundled data, the launcher's default rate and pace): open jobs
 * in green, amber and red under the demo SLA, some already with a crew, and reports waiting for a location.
 */
@Tag("integration")
final class DemoStartIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldStartTheDemoWithOpenJobsOfEveryColourInSeveralStatesAndReportsToPlace() throws Exception {
        Path demo = dataDir.resolve("demo");
        LocalSystem.Options options = new LocalSystem.Options(dataDir, true, 0, LocalSystem.extractResource("demo/catalog.json", demo),
                LocalSystem.extractResource("demo/outlets.csv", demo), LocalSystem.extractResource("demo/mentions.jsonl", demo), 0.07,
                Settings.of(Map.of()));
        try (LocalSystem system = LocalSystem.start(options, Clock.systemUTC())) {
            assertThat(system.slaSummary()).isEqualTo("due 45m after the first report, amber 15m before");
            String ops = system.tokens().issue(Actor.ops("newcomer"));
            String base = "http://localhost:" + system.httpPort();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                JsonNode jobs = get(base + "/api/jobs?limit=500", ops);
                Set<String> colours = new HashSet<>();
                Set<String> statuses = new HashSet<>();
                Instant now = Instant.now();
                for (JsonNode job : jobs) {
                    statuses.add(job.get("status").asText());
                    Duration left = Duration.between(now, Instant.parse(job.get("due_at").asText()));
                    colours.add(left.isNegative() ? "red" : left.compareTo(LocalSystem.DEMO_SLA_WARNING) <= 0 ? "amber" : "green");
                }
                assertThat(colours).as("SLA colours of the open jobs").containsExactlyInAnyOrder("green", "amber", "red");
                assertThat(statuses).as("statuses").contains("reported", "assigned");
                assertThat(get(base + "/api/needs-location?status=open", ops).size()).as("reports that need a location").isPositive();
            });
        }
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
