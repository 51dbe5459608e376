package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * Issue #18 item 10 end to end, in Chromium against the whole system in this JVM with alerts to a local incoming webhook:
 * a report three days old opens a job already past its due time, the SLA sweep escalates it, the webhook is told once
 * with a link to the job on the ops page, and that link opens the job's detail, which says ops were told.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class AlertsPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern LINK = Pattern.compile("<(http[^|>]+)\\|Open job (\\d+) on the ops page>");

    @TempDir
    static Path dir;

    private LocalSystem system;
    private ChromeDriver browser;
    private HttpServer webhook;
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private String opsToken;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

    @BeforeAll
    void startSystemAndBrowser() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                posted.add(JSON.readTree(in).get("text").asText());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path demo = dir.resolve("demo");
        // The sweep every second, so that the escalation of a job opened past its due time comes at once.
        Settings overrides = Settings.of(Map.of("dispatch.sla-sweep-interval", "1s",
                "alerts.webhook.secret-url", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                "alerts.ops-page-url", "http://localhost:" + port + "/", "alerts.send-interval", "200ms"));
        system = LocalSystem.start(new LocalSystem.Options(dir.resolve("data"), true, port,
                LocalSystem.extractResource("demo/catalog.json", demo), LocalSystem.extractResource("demo/outlets.csv", demo),
                null, 0, overrides), Clock.systemUTC());
        opsToken = system.tokens().issue(Actor.ops("ops-alerts-it"));
        long outlets = Files.readAllLines(demo.resolve("outlets.csv"), StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> api("/api/outlets").size(), n -> n >= outlets);
        browser = Chromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        // The browser, the system, then the webhook, each whatever became of the one before.
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            try {
                if (system != null) {
                    system.close();
                }
            } finally {
                if (webhook != null) {
                    webhook.stop(0);
                }
            }
        }
    }

    @Test
    void shouldTellOpsOfAnEscalationOnceWithALinkThatOpensTheJob() throws Exception {
        replay(mention("late_it", "no hippo at jai bhavani gen stores nr dadar stn since 3 days #hippokahaan", Instant.now().minus(Duration.ofDays(3))));

        String escalation = await().atMost(PATIENCE).until(() -> posted.stream().filter(text -> text.contains("is escalated")).findFirst(),
                found -> found.isPresent()).orElseThrow();
        Matcher link = LINK.matcher(escalation);
        assertThat(link.find()).as("a link to the job in %s", escalation).isTrue();
        long job = Long.parseLong(link.group(2));
        assertThat(escalation).contains("Restock job " + job + " is escalated", "Jai Bhavani");
        assertThat(link.group(1)).isEqualTo("http://localhost:" + system.httpPort() + "/?job=" + job);

        browser.get("about:blank");
        browser.get(link.group(1) + "#token=" + opsToken);
        WebElement told = await().atMost(PATIENCE).ignoreException(NoSuchElementException.class)
                .until(() -> browser.findElement(By.cssSelector("#job-" + job + "-detail .notified")), e -> e.getText().contains("escalated, sent"));
        assertThat(browser.findElement(By.id("job-" + job)).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(told.getText()).contains("Ops told by webhook: escalated, sent", "Ops told by webhook: sla breach, sent");
        screenshot("ops-alerted-job.png");

        // Told once per event: the escalation and the breach, each one post, however long the sweep runs on.
        assertThat(posted).filteredOn(text -> text.contains("Restock job " + job + " is escalated")).hasSize(1);
        assertThat(posted).filteredOn(text -> text.contains("Restock job " + job + " is past its due time")).hasSize(1);
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + path))
                .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String mention(String handle, String text, Instant at) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", "Mumbai").put("followers", 10);
        ObjectNode mention = JSON.createObjectNode().put("id", "x-alerts-it-1").put("source", "x")
                .put("created_at", at.toString()).put("text", text).put("lang", "en").put("is_repost", false);
        mention.set("author", author);
        mention.putNull("geo");
        return JSON.writeValueAsString(mention);
    }

    /** Replays the lines with the times they carry. */
    private void replay(String... lines) throws Exception {
        Path file = dir.resolve("mentions.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
