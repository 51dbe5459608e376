package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * The crew page without a network, in a real headless Chromium at a phone's viewport against the whole system in this
 * JVM ({@link SharedSystem}'s; this class's crew, van-hadapsar, and outlets are in Hadapsar, Pune): the network is cut
 * with Chrome DevTools' network emulation ({@code Network.emulateNetworkConditions}; it cuts the page's own requests,
 * not those the service worker makes for it, so the page asks the worker for its copy while {@code navigator.onLine}
 * is false, as on a phone without a network). A reload offline still shows the page and the last jobs, under an
 * "Offline" banner; actions taken offline wait on the phone ("2 actions waiting") and land once each when the network
 * is back; an action on a job ops took away meanwhile is refused, and the card says so. The screenshot of the banner
 * goes to {@code -Dbrowser.screenshots} (default {@code target/screenshots}; {@code ../docs/images} refreshes the docs).
 */
@Tag("integration")
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class OfflineCrewPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The crew of Hadapsar, Pune, in {@link SharedSystem}: that locality and its outlets are this class's alone. */
    private static final String CREW = "van-hadapsar";

    @TempDir
    static Path dir;

    private LocalSystem system;
    private ChromeDriver browser;
    private Page ui;
    private String base;
    private String opsToken;
    private String crewToken;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
    private int mentionSeq;

    @BeforeAll
    void startBrowser(SharedSystem.Running shared) {
        system = shared.system();
        base = shared.base();
        opsToken = system.tokens().issue(Actor.ops("ops-it"));
        crewToken = system.tokens().issue(Actor.crew("crew-it", CREW));
        browser = Chromium.start(dir.resolve("chromium-profile"));
        ui = new Page(browser, base, PATIENCE);
        // A phone's viewport, 390 x 844 CSS pixels, for every test of the class.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void backOnline() {
        network(true);
    }

    @Test
    @Order(1)
    void shouldServeTheServiceWorkerRevalidatedUnderTheStrictPolicy() throws Exception {
        HttpResponse<String> worker = http.send(HttpRequest.newBuilder(URI.create(base + "/crew-sw.js")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        // Never served stale from an HTTP cache (browsers also check a worker for a newer version past their cache).
        assertThat(worker.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).isIn("max-age=0", "no-cache"));
        assertThat(worker.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe"));
    }

    @Test
    @Order(2)
    void shouldShowTheLastJobsOfflineAndSendTheActionsTakenThereOnceWhenBackOnline() throws Exception {
        long job = assignedJob("anita_it", "no hippo at mahalaxmi provision stores hadapsar gadital #hippokahaan", "Mahalaxmi");
        ui.open("/crew.html", crewToken);
        ui.waitFor("#job-" + job);
        // The service worker controls the page and has kept its files and the job list.
        ui.waitFor("body[data-offline-ready=yes]");

        network(false);
        browser.navigate().refresh();

        WebElement card = ui.waitFor("#job-" + job);
        assertThat(card.getText()).contains("Mahalaxmi").contains("Hadapsar");
        // The list is the copy the service worker kept, and the banner says from when.
        assertThat(banner()).containsIgnoringCase("offline").contains("jobs as of");

        ui.click("#job-" + job + " button.accept");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> cardStatus(job), "accepted"::equals);
        ui.click("#job-" + job + " button.en-route");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> cardStatus(job), "en_route"::equals);

        await().atMost(PATIENCE).until(this::banner, text -> text.contains("Offline — 2 actions waiting"));
        assertThat(ui.text("#job-" + job)).contains("Waiting to send");
        ui.screenshot("crew-offline.png");
        assertThat(api("/api/jobs/" + job).get("status").asText()).as("nothing reached the dispatcher").isEqualTo("assigned");

        network(true);

        // A toast per result, as each lands.
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("Job #" + job + ": accepted (taken offline, sent now)"));
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("Job #" + job + ": en route (taken offline, sent now)"));
        await().atMost(PATIENCE).until(() -> api("/api/jobs/" + job).get("status").asText(), "en_route"::equals);
        await().atMost(PATIENCE).until(this::banner, String::isEmpty);
        assertThat(moves(job, "accepted")).as("accepted once").isEqualTo(1);
        assertThat(moves(job, "en_route")).as("en route once").isEqualTo(1);
        assertThat(cardStatus(job)).isEqualTo("en_route");
    }

    @Test
    @Order(3)
    void shouldSayOnTheCardThatAnActionTakenOfflineWasRefusedBecauseOpsTookTheJobAway() throws Exception {
        long job = assignedJob("kiran_it", "can't find Hippo at Ranade Dairy, Hadapsar #hippokahaan", "Ranade Dairy");
        ui.open("/crew.html", crewToken);
        ui.waitFor("#job-" + job);
        ui.waitFor("body[data-offline-ready=yes]");

        network(false);
        ui.click("#job-" + job + " button.accept");
        await().atMost(PATIENCE).until(this::banner, text -> text.contains("Offline — 1 action waiting"));
        // Meanwhile ops give the job to another crew.
        apiPost("/api/jobs/" + job + "/assign", "{\"crew_id\":\"rep-kothrud\",\"override\":true}");

        network(true);

        WebElement refused = ui.waitFor("#refused-" + job);
        assertThat(refused.getText()).contains("Ranade Dairy").contains("was not applied").contains("no longer yours")
                .contains("another crew");
        assertThat(browser.findElements(By.id("job-" + job))).isEmpty();
        JsonNode now = api("/api/jobs/" + job);
        assertThat(now.get("status").asText()).isEqualTo("assigned");
        assertThat(now.get("crew_id").asText()).isEqualTo("rep-kothrud");
        await().atMost(PATIENCE).until(this::banner, String::isEmpty);
    }

    // ---------------------------------------------------------------- helpers

    /** Cuts or restores the page's network with DevTools' network emulation. */
    private void network(boolean online) {
        if (browser != null) {
            browser.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    /** A job opened by a mention at the outlet and given to the crew by ops. */
    private long assignedJob(String handle, String text, String outlet) throws Exception {
        replay(mention(handle, text));
        long job = await().atMost(PATIENCE).ignoreExceptions().until(() -> jobIdAt(outlet), id -> id > 0);
        apiPost("/api/jobs/" + job + "/assign", "{\"crew_id\":\"" + CREW + "\"}");
        return job;
    }

    private String banner() {
        return (String) ui.js("const b = document.getElementById('offline-banner'); return b && !b.hidden ? b.textContent : '';");
    }

    private long moves(long job, String toStatus) throws Exception {
        long count = 0;
        for (JsonNode event : api("/api/jobs/" + job + "/events")) {
            if (toStatus.equals(event.path("to_status").asText())) {
                count++;
            }
        }
        return count;
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

    private String cardStatus(long jobId) {
        return browser.findElement(By.id("job-" + jobId)).getAttribute("data-status");
    }

    private long jobIdAt(String outlet) throws Exception {
        for (JsonNode job : api("/api/jobs?limit=1000")) {
            if (job.path("outlet_name").asText().contains(outlet)) {
                return job.get("id").asLong();
            }
        }
        return 0;
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void apiPost(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + opsToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
    }

    private String mention(String handle, String text) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", "Pune").put("followers", 10);
        ObjectNode mention = JSON.createObjectNode().put("id", "x-offline-" + (++mentionSeq)).put("source", "x")
                .put("created_at", Instant.now().toString()).put("text", text).put("lang", "en").put("is_repost", false);
        mention.set("author", author);
        mention.putNull("geo");
        return JSON.writeValueAsString(mention);
    }

    /** Replays lines, each stamped with the time it is sent. */
    private void replay(String... lines) throws Exception {
        Path file = dir.resolve("mentions-" + mentionSeq + ".jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE, Clock.systemUTC()).replay(file, 0);
        }
    }

}
