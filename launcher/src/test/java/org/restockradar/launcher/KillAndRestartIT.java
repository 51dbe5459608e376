package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Topics;

/**
 * The launcher as a person runs it, in its own JVM: killed with SIGKILL in the middle of its life and started
 * again on the same data directory, it has lost no job and doubled none, and left no broker behind.
 */
@Tag("integration")
final class KillAndRestartIT {
    private static final Pattern KAFKA = Pattern.compile("Kafka (\\S+), data in");
    /** The ops token the launcher logs at start (docs/dispatch.md): the read API needs a token. */
    private static final Pattern OPS_TOKEN = Pattern.compile("ops.*?(rr_[A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long a start or a catch-up may take before the test gives up: a bound, not a wait (each ends as soon as its
     * condition holds). Above the embedded broker's own 3 minutes to be ready, so a start on a saturated machine
     * (suites beside `stress-ng --cpu 2`) fails in the launcher, not in the test's patience.
     */
    private static final Duration SLOW_MACHINE = Duration.ofMinutes(5);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> launched = new ArrayList<>();

    /** Stops what is still running the way a person would (SIGTERM), and waits for its broker too, before the folder goes. */
    @AfterEach
    void stopLaunchers() throws Exception {
        for (Process process : launched) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        Path pidFile = dataDir.resolve("kafka").resolve("broker.pid");
        if (Files.exists(pidFile)) {
            long brokerPid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(brokerPid).map(p -> !p.isAlive()).orElse(true));
        }
    }

    @Test
    void shouldLoseNoJobAndDuplicateNoneWhenKilledAndStartedAgain() throws Exception {
        int port = freePort();
        Launched first = launch(port);
        // Both jobs with every report taken (JAI-0001 has two, which may arrive in separate polls), before the kill.
        await().atMost(SLOW_MACHINE).until(() -> {
            List<String> jobs = jobs(first, port);
            return jobs.size() == 2 && jobs.stream().anyMatch(job -> job.startsWith("JAI-0001|2|"));
        });
        List<String> before = jobs(first, port);
        long brokerPid = Long.parseLong(Files.readString(dataDir.resolve("kafka").resolve("broker.pid"), StandardCharsets.UTF_8).trim());

        first.process().destroyForcibly().waitFor();
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(brokerPid).map(p -> !p.isAlive()).orElse(true));

        Launched second = launch(port);
        KafkaProgress kafka = new KafkaProgress(second.bootstrapServers());
        await().atMost(SLOW_MACHINE).pollInterval(Duration.ofMillis(500)).until(() ->
                kafka.hasConsumedAll("restock-radar-stream-processor", Topics.MENTIONS)
                        && kafka.hasConsumedAll("dispatch", Topics.STOCKOUT_REPORTS));

        assertThat(jobs(second, port)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(before).anySatisfy(job -> assertThat(job).startsWith("JAI-0001|2|"));
    }

    private record Launched(Process process, String bootstrapServers, String opsToken) {
    }

    /** Starts the launcher on the e2e data, which it replays at once; returns when it says it is up. */
    private Launched launch(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                RestockRadar.class.getName(), "--data-dir", dataDir.toString(), "--http-port", Integer.toString(port),
                // Not the fixed 8081: another system on the machine (a build beside this one) may hold it.
                "--management-port", Integer.toString(freePort()),
                "--catalog", resource("e2e/catalog.json"), "--outlets", resource("e2e/outlets.csv"),
                "--mentions", resource("e2e/mentions.jsonl"), "--demo-rate", "0")
                .redirectErrorStream(true)
                .start();
        launched.add(process);
        List<String> lines = ProcessOutput.collect(process, "launcher-output");
        await().atMost(SLOW_MACHINE).until(() -> {
            assertThat(process.isAlive()).as("launcher exited early: %s", lines).isTrue();
            return lines.stream().anyMatch(line -> line.contains("Restock Radar is up"));
        });
        String servers = lines.stream().map(KAFKA::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        String token = lines.stream().map(OPS_TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        return new Launched(process, servers, token);
    }

    /** Each job as outlet|reports|reporters. */
    private List<String> jobs(Launched launched, int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/jobs"))
                        .header("Authorization", "Bearer " + launched.opsToken()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> jobs = new ArrayList<>();
        for (JsonNode job : JSON.readTree(response.body())) {
            jobs.add(job.get("outlet_id").asText() + "|" + job.get("report_count").asText() + "|" + job.get("reporters"));
        }
        return jobs;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String resource(String name) {
        try {
            return Path.of(KillAndRestartIT.class.getResource("/" + name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }
}
