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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
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
import org.openqa.selenium.support.ui.Select;
import org.restockradar.access.Actor;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * The rewards loop in a real headless Chromium against the whole system in this JVM ({@link SharedSystem}'s; this
 * class's crew, van-shivajinagar, and outlets are in Shivajinagar, Pune): a crew
 * reports "shelf already full" on the phone page, the fraud rules hold the reporter, and a marketer sees why on the
 * rewards page and releases them (who and when kept); a gift of one day's range is shown, moved to "address requested"
 * (and refused a skip to "delivered"), exported as JSON; an inverted range is refused. Screenshots as PagesIT's.
 */
@Tag("integration")
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class RewardsPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The crew of Shivajinagar, Pune, in {@link SharedSystem}: that locality and its outlets are this class's alone. */
    private static final String CREW = "van-shivajinagar";

    @TempDir
    static Path dir;

    private LocalSystem system;
    private ChromeDriver browser;
    private Page ui;
    private String base;
    private String opsToken;
    private String crewToken;
    private String marketerToken;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
    private int mentionSeq;

    @BeforeAll
    void startBrowser(SharedSystem.Running shared) {
        system = shared.system();
        base = shared.base();
        opsToken = system.tokens().issue(Actor.ops("ops-it"));
        crewToken = system.tokens().issue(Actor.crew("crew-it", CREW));
        marketerToken = system.tokens().issue(Actor.marketer("marketer-it"));
        browser = Chromium.start(dir.resolve("chromium-profile"));
        ui = new Page(browser, base, PATIENCE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void shouldLetACrewSayTheShelfWasFullAndAMarketerSeeWhyItsReporterIsHeldAndReleaseThem() throws Exception {
        replay(mention("fake_rw", "can't find Hippo at Pawar Kirana, Shivajinagar #hippokahaan"));
        long jobId = await().atMost(PATIENCE).ignoreExceptions().until(() -> jobIdAt("Pawar Kirana"), id -> id > 0);
        phone();
        try {
            ui.open("/crew.html", crewToken);
            assertThat(claimNext()).isEqualTo(jobId);
            String card = "#job-" + jobId + " ";
            ui.click(card + "details.fail summary");
            ui.choose(card + "select.fail-reason", "shelf_full");
            assertThat(new Select(browser.findElement(By.cssSelector(card + "select.fail-reason"))).getFirstSelectedOption().getText())
                    .isEqualTo("shelf already full");
            ui.screenshot("crew-shelf-full.png");
            ui.click(card + "details.fail button.danger");
            await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.id("job-" + jobId)).isEmpty());
        } finally {
            desktop();
        }
        assertThat(api("/api/jobs/" + jobId, opsToken).get("status").asText()).isEqualTo("failed");

        ui.open("/rewards.html", marketerToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            ui.click("form.filters button[type=submit]");
            return ui.text("#holds");
        }, t -> t.contains("@fake_rw") && t.contains("shelf was full"));
        ui.screenshot("rewards-held.png");
        // The shared system may hold other classes' reporters too: this one is told apart by its handle.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            holdRow("@fake_rw").findElement(By.cssSelector("button.release")).click();
            return true;
        });
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("@fake_rw released by marketer-it"));
        await().atMost(PATIENCE).until(() -> ui.text("#holds"), t -> !t.isEmpty() && !t.contains("@fake_rw"));
        assertThat(ui.text("#releases")).contains("@fake_rw released by marketer-it").contains("shelf was full");
        JsonNode releases = api("/api/rewards/releases", opsToken);
        assertThat(releases.get(0).get("released_by").asText()).isEqualTo("marketer-it");
    }

    @Test
    @Order(2)
    void shouldShowOneDaysGiftsSetTheirStatusExportJsonAndRefuseAnInvertedRange() throws Exception {
        replay(mention("rahul_rw", "no hippo at royal provision stores ghole road shivajinagar since 3 days #hippokahaan"));
        long jobId = await().atMost(PATIENCE).ignoreExceptions().until(() -> jobIdAt("Royal Provision"), id -> id > 0);
        apiPost("/api/jobs/" + jobId + "/assign", "{\"crew_id\":\"" + CREW + "\"}", opsToken);
        apiPost("/api/jobs/" + jobId + "/accept", "{}", crewToken);
        apiPost("/api/jobs/" + jobId + "/en-route", "{}", crewToken);
        apiPost("/api/jobs/" + jobId + "/complete", "{\"units_restocked\":12}", crewToken);
        apiPost("/api/jobs/" + jobId + "/verify", "{}", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> api("/api/rewards/reporters", opsToken).toString(), t -> t.contains("rahul_rw"));
        apiPost("/api/rewards/gift-runs", "", opsToken);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ui.open("/rewards.html", marketerToken);
        range(today, today);
        WebElement gift = await().atMost(PATIENCE).ignoreExceptions().until(() -> giftRow("@rahul_rw"), g -> g != null);
        String giftId = gift.getAttribute("data-gift-id");
        assertThat(ui.text("#reporters")).as("From = To is that whole day").contains("@rahul_rw");

        gift.findElement(By.cssSelector("input.pick")).click();
        ui.choose("#bulk-status", "delivered");
        ui.click("#set-status");
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("Cannot mark delivered") && t.contains("only from shipped"));

        ui.choose("#bulk-status", "address_requested");
        ui.click("#set-status");
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("1 marked address requested"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#gift-" + giftId), t -> t.contains("address requested"));
        ui.choose("#filter-status", "address_requested");
        ui.click("form.filters button[type=submit]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> giftRow("@rahul_rw"), g -> g != null);
        ui.click("#gift-" + giftId + " td.handle");
        ui.waitFor("#note-preview .note-text");
        ui.screenshot("rewards-gifts.png");

        ui.click("#export-json");
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("JSON exported (1 gift)"));

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        range(tomorrow, today);
        await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("The range is inverted"));
        HttpResponse<String> inverted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/rewards/gifts?from=" + tomorrow + "&to=" + today))
                .header("Authorization", "Bearer " + marketerToken).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(inverted.statusCode()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- helpers (as PagesIT's)

    /** Sets the date range (the inputs take ISO dates) and applies it. */
    private void range(String from, String to) {
        // The page draws its filters after it loads: set them once they are there (a busy machine draws late).
        ui.waitFor("#filter-to");
        ui.js("document.getElementById('filter-from').value = '" + from + "'; document.getElementById('filter-to').value = '" + to + "';");
        ui.click("form.filters button[type=submit]");
    }

    private void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private long claimNext() {
        ui.click("#claim-next");
        String said = await().atMost(PATIENCE).until(() -> ui.text("#toasts"), t -> t.contains("Claimed job #"));
        Matcher id = Pattern.compile("Claimed job #(\\d+)").matcher(said);
        assertThat(id.find()).isTrue();
        long job = Long.parseLong(id.group(1));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + job)), c -> c != null);
        return job;
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

    private WebElement holdRow(String handle) {
        for (WebElement row : browser.findElements(By.cssSelector("#holds tr.hold"))) {
            if (row.getText().contains(handle)) {
                return row;
            }
        }
        return null;
    }

    private WebElement giftRow(String handle) {
        for (WebElement row : browser.findElements(By.cssSelector("tr.gift"))) {
            if (row.getText().contains(handle)) {
                return row;
            }
        }
        return null;
    }

    private long jobIdAt(String outlet) throws Exception {
        for (JsonNode job : api("/api/jobs?limit=1000", opsToken)) {
            if (job.get("outlet_name").asText().contains(outlet)) {
                return job.get("id").asLong();
            }
        }
        return 0;
    }

    private JsonNode api(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode apiPost(String path, String body, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String mention(String handle, String text) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", "Pune").put("followers", 10);
        ObjectNode mention = JSON.createObjectNode().put("id", "x-rw-" + (++mentionSeq)).put("source", "x")
                .put("created_at", Instant.now().toString()).put("text", text).put("lang", "en").put("is_repost", false);
        mention.set("author", author);
        mention.putNull("geo");
        return JSON.writeValueAsString(mention);
    }

    private void replay(String... lines) throws Exception {
        Path file = dir.resolve("mentions-" + mentionSeq + ".jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE, Clock.systemUTC()).replay(file, 0);
        }
    }

}
