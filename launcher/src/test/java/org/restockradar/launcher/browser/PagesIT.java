package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.restockradar.access.Actor;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * The three pages in a real headless Chromium against the whole system running in this JVM (real Kafka, real
 * PostgreSQL, the stream processor and dispatch, the bundled demo outlets and catalog; {@link SharedSystem}'s, whose
 * Dadar West and Dadar East are this class's alone, with its crew van-dadar): a mention becomes a job
 * on the ops page without a reload, a crew claims and completes it on the crew page, a post with markup in it
 * shows as text and runs nothing, and each page refuses the other roles. Screenshots go to
 * {@code -Dbrowser.screenshots} (default {@code target/screenshots}; {@code ../docs/images} refreshes the docs).
 */
@Tag("integration")
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class PagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CREW = "van-dadar";

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
    void shouldShowEachPageOnlyToItsRoles() throws Exception {
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/crew.html")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));

        ui.open("/crew.html", null);
        ui.js("sessionStorage.clear()");
        browser.navigate().refresh();
        assertThat(ui.waitFor("#signin-form").isDisplayed()).isTrue();

        ui.open("/crew.html", opsToken);
        assertThat(ui.waitFor("#refusal").getText()).contains("crew page is for crew").contains("ops-it (ops)");
        assertThat(browser.findElements(By.id("claim-next"))).isEmpty();

        ui.open("/rewards.html", crewToken);
        assertThat(ui.waitFor("#refusal").getText()).contains("rewards page is for marketer and ops").contains("crew-it (crew)");
        assertThat(browser.findElements(By.id("gifts"))).isEmpty();

        ui.open("/", marketerToken);
        assertThat(ui.waitFor("#refusal").getText()).contains("ops page is for ops").contains("marketer-it (marketer)");
        assertThat(browser.findElements(By.id("jobs"))).isEmpty();

        ui.open("/", "rr_not-a-token");
        assertThat(ui.waitFor(".signin .notice").getText()).contains("unknown or revoked");
    }

    @Test
    @Order(2)
    void shouldShowANewJobOnTheOpsPageLiveWithoutAReload() throws Exception {
        ui.open("/", opsToken);
        await().atMost(PATIENCE).until(() -> ui.text("#live").contains("live") && !ui.text("#live").contains("reconnecting"));
        assertThat(ui.text("#jobs")).doesNotContain("Jai Bhavani");
        ui.js("window.__samePage = 'yes'");

        replay(mention("rahul_it", "no hippo at jai bhavani gen stores nr dadar stn since 3 days #hippokahaan"));

        WebElement row = await().atMost(PATIENCE).ignoreExceptions().until(() -> jobRow("Jai Bhavani"), r -> r != null);
        assertThat(ui.js("return window.__samePage")).as("the page was not reloaded").isEqualTo("yes");
        assertThat(row.getAttribute("class")).contains("ok");
        assertThat(row.findElement(By.cssSelector("td.left")).getText()).matches("4[78]h \\d\\dm");
        assertThat(row.getText()).contains("Dadar West").contains("@rahul_it");

        String id = row.getAttribute("data-job-id");
        ui.click("#job-" + id);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#job-" + id + "-detail .mention-text"),
                t -> t.contains("no hippo at jai bhavani gen stores nr dadar stn since 3 days"));
    }

    @Test
    @Order(3)
    void shouldShowMarkupInAPostAsTextAndRunNoScript() throws Exception {
        ui.open("/", opsToken);
        await().atMost(PATIENCE).until(() -> ui.text("#live").contains("live") && !ui.text("#live").contains("reconnecting"));
        String hostile = "can't find Hippo at Amar Dairy & Stores, Dadar West <img src=x onerror=\"window.__xss='img'\">"
                + "<script>window.__xss='script'</script> #hippokahaan";

        replay(mention("mallory_it", hostile));

        WebElement row = await().atMost(PATIENCE).ignoreExceptions().until(() -> jobRow("Amar Dairy"), r -> r != null);
        String id = row.getAttribute("data-job-id");
        ui.click("#job-" + id);
        String shown = await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#job-" + id + "-detail .mention-text"),
                t -> t.contains("Amar Dairy"));
        assertThat(shown).contains("<img src=x onerror=\"window.__xss='img'\">").contains("<script>window.__xss='script'</script>");
        assertThat(browser.findElements(By.cssSelector("#job-" + id + "-detail img, #job-" + id + "-detail script"))).isEmpty();
        assertThat(ui.js("return window.__xss === undefined")).as("no script from the post ran").isEqualTo(true);
    }

    @Test
    @Order(4)
    void shouldLetACrewClaimAndCompleteAJobOnThePhonePage() throws Exception {
        long jobId = jobIdAt("Jai Bhavani");
        phone();
        try {
            ui.open("/crew.html", crewToken);
            ui.click("#claim-next");
            WebElement card = await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + jobId)), c -> c != null);
            assertThat(card.getText()).contains("Jai Bhavani").contains("Dadar West");
            // The result shows where the eye is: a toast inside the 844 px viewport, not a footer below the list.
            assertThat(ui.js("return window.innerHeight")).isEqualTo(844L);
            await().atMost(PATIENCE).until(this::toastInView, t -> t.contains("Claimed job #" + jobId));
            await().atMost(PATIENCE).ignoreExceptions().until(() -> cardStatus(jobId), "assigned"::equals);
            ui.screenshot("crew.png");

            ui.click("#job-" + jobId + " button.accept");
            await().atMost(PATIENCE).ignoreExceptions().until(() -> cardStatus(jobId), "accepted"::equals);
            ui.click("#job-" + jobId + " button.en-route");
            await().atMost(PATIENCE).ignoreExceptions().until(() -> cardStatus(jobId), "en_route"::equals);

            WebElement form = browser.findElement(By.cssSelector("#job-" + jobId + " form.complete-form"));
            form.findElement(By.cssSelector("input.units")).sendKeys("24");
            form.findElement(By.cssSelector("textarea.note")).sendKeys("two cartons, shelf by the door");
            Path photo = smallPng(dir.resolve("shelf.png"));
            form.findElement(By.cssSelector("input.photo")).sendKeys(photo.toAbsolutePath().toString());
            form.findElement(By.cssSelector("button.complete")).click();

            await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.id("job-" + jobId)).isEmpty());
            JsonNode job = api("/api/jobs/" + jobId, opsToken);
            assertThat(job.get("status").asText()).isEqualTo("restocked");
            assertThat(job.get("crew_id").asText()).isEqualTo(CREW);
            // The photo went up before the completion named it, and ops can see it.
            String ref = photoRefOf(jobId);
            HttpResponse<byte[]> shown = http.send(HttpRequest.newBuilder(URI.create(base + "/api/photos/" + ref))
                    .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).isEqualTo(Files.readAllBytes(photo));
        } finally {
            desktop();
        }
    }

    @Test
    @Order(10)
    void shouldFillTheQueueFromTheDemoStreamForTheScreenshots() throws Exception {
        // Every third demo mention (about 120 over 38 hours), moved so that the oldest is 50 hours old: a queue with
        // every colour of countdown (past due, under 12 h, more).
        List<String> lines = new ArrayList<>();
        List<String> all = Files.readAllLines(LocalSystem.extractResource("demo/mentions.jsonl", dir.resolve("demo")), StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i += 3) {
            lines.add(all.get(i));
        }
        Instant oldest = Instant.MAX;
        for (String line : lines) {
            JsonNode node = readOrNull(line);
            if (node != null && node.hasNonNull("created_at")) {
                Instant at = Instant.parse(node.get("created_at").asText());
                oldest = at.isBefore(oldest) ? at : oldest;
            }
        }
        Duration shift = Duration.between(oldest, Instant.now().minus(Duration.ofHours(50)));
        List<String> shifted = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = readOrNull(line);
            if (node instanceof ObjectNode object && node.hasNonNull("created_at")) {
                object.put("created_at", Instant.parse(node.get("created_at").asText()).plus(shift).toString());
                shifted.add(JSON.writeValueAsString(object));
            }
        }
        ui.open("/", opsToken);
        replayAsIs(shifted);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("tr.job")).size() >= 25);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> !browser.findElements(By.cssSelector("tr.job.breached")).isEmpty()
                && !browser.findElements(By.cssSelector("tr.job.warning")).isEmpty());
        // The amber threshold is the server's (dispatch.sla-warning-before, 12h here), told by GET /api/me.
        assertThat(ui.text("#summary")).contains("under 12 h");
        ui.choose("#filter-city", "Pune");
        // The rows are drawn anew as live events arrive (the SLA sweep's among them): read them until they hold still.
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(browser.findElements(By.cssSelector("tr.job"))).isNotEmpty()
                .allSatisfy(job -> assertThat(job.findElements(By.tagName("td")).get(2).getText()).endsWith("Pune")));
        ui.click("form.filters button[type=button]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#jobs"), t -> t.contains("Mumbai") && t.contains("Pune"));
        // New rows flash for a few seconds: the screenshot waits until they have settled.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("tr.job.fresh")).isEmpty());
        ui.screenshot("ops-queue.png");

        ui.click("button[data-view=map]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map .map-dot.has-jobs, #outlet-map .map-cluster")).size() >= 2);
        ui.screenshot("ops-map.png");
        WebElement tiles = ui.waitFor("#tile-template");
        tiles.sendKeys(base + "/tiles/{z}/{x}/{y}.png");
        tiles.submit();
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map image.map-tile")), t -> !t.isEmpty());
        assertThat(browser.findElement(By.cssSelector("#outlet-map image.map-tile")).getAttribute("href")).matches(".*/tiles/\\d+/\\d+/\\d+\\.png");
        ui.click("#tiles-off");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map image.map-tile")).isEmpty()
                && !browser.findElements(By.cssSelector("#outlet-map .map-dot.has-jobs, #outlet-map .map-cluster")).isEmpty());

        ui.click("button[data-view=charts]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#charts figure.chart")).size() >= 4);
        assertThat(ui.text("#charts")).contains("Reports per hour").contains("Funnel");
        ui.screenshot("ops-charts.png");
    }

    @Test
    @Order(5)
    void shouldLetOpsPlaceAReportThatNamedNoOutlet() throws Exception {
        ui.open("/", opsToken);
        await().atMost(PATIENCE).until(() -> ui.text("#live").contains("live") && !ui.text("#live").contains("reconnecting"));
        String said = "no Hippo in any shop in Kothrud this week";

        replay(mention("neha_it", said));

        ui.click("button[data-view=needs]");
        // the list is drawn anew when live events arrive: find the item, pick and place in one go, and start again
        // from the item if it was redrawn in between (a stale element)
        String outlet = await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector("button[data-view=needs]")).click();
            for (WebElement candidate : browser.findElements(By.cssSelector("li.needs-item"))) {
                if (candidate.getText().contains(said)) {
                    Select pick = new Select(candidate.findElement(By.cssSelector("select.pick-outlet")));
                    if (pick.getOptions().size() < 2) {
                        return null;
                    }
                    pick.selectByIndex(1);
                    String chosen = pick.getFirstSelectedOption().getAttribute("value");
                    candidate.findElement(By.cssSelector("button.place")).click();
                    return chosen;
                }
            }
            return null;
        }, chosen -> chosen != null);

        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#toasts"), t -> t.contains("Placed at " + outlet));
        assertThat(ui.text("#needs")).doesNotContain(said);
        ui.click("button[data-view=queue]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#jobs"), t -> t.contains(outlet));
    }

    @Test
    @Order(6)
    void shouldPointOpsToTheJobsToVerifyAndShowTheCrewsProofAndTheJobsHistory() throws Exception {
        long jobId = jobIdAt("Jai Bhavani");
        ui.open("/", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#to-verify-count"), t -> t.matches("[1-9]\\d*"));
        assertThat(jobRow("Jai Bhavani")).as("the open queue does not show a restocked job").isNull();

        ui.click("#to-verify");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + jobId)), r -> r != null);
        assertThat(browser.findElements(By.cssSelector("tr.job"))).allSatisfy(row -> assertThat(row.getText()).contains("restocked"));
        ui.click("#job-" + jobId);
        String proof = "#job-" + jobId + "-proof";
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text(proof), t -> t.contains("What the crew sent"));
        assertThat(ui.text(proof)).contains("Units restocked").contains("24").contains("two cartons, shelf by the door").contains("crew-it");
        // The photo came with the bearer token and shows: an 8 x 8 PNG, drawn from a blob.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.js("const i = document.querySelector('" + proof
                + " img.proof-photo'); return i && i.src.startsWith('blob:') && i.complete ? i.naturalWidth : 0;"), w -> ((Number) w).intValue() == 8);
        String history = ui.text("#job-" + jobId + "-detail .history");
        assertThat(history).contains("reported → assigned").contains("accepted → en route").contains("en route → restocked")
                .contains("crew-it (crew)").contains("units_restocked 24");
        ui.screenshot("ops-verify.png");
    }

    @Test
    @Order(7)
    void shouldShowTheReporterOnTheRewardsPageOnceVerifiedAndShipTheGift() throws Exception {
        long jobId = jobIdAt("Jai Bhavani");
        ui.open("/", opsToken);
        ui.choose("#filter-status", "restocked");
        WebElement row = await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + jobId)), r -> r != null);
        ui.click("#job-" + jobId);
        ui.click("#job-" + jobId + "-detail button.verify");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#toasts"), t -> t.contains("Job #" + jobId + " verified"));

        ui.open("/rewards.html", marketerToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            ui.click("form.filters button[type=submit]");
            return ui.text("#reporters");
        }, t -> t.contains("@rahul_it"));
        assertThat(browser.findElements(By.id("run-gifts"))).as("a marketer does not run the gift selection").isEmpty();

        ui.open("/rewards.html", opsToken);
        ui.click("#run-gifts");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#toasts"), t -> Pattern.compile("[1-9]\\d* gifts? queued\\.").matcher(t).find());

        ui.open("/rewards.html", marketerToken);
        WebElement gift = await().atMost(PATIENCE).ignoreExceptions().until(() -> giftRow("@rahul_it"), g -> g != null);
        gift.findElement(By.cssSelector("td.handle")).click();
        assertThat(ui.waitFor("#note-preview .note-text").getText()).contains("Thank you").contains("Jai Bhavani");
        ui.screenshot("rewards.png");

        String giftId = gift.getAttribute("data-gift-id");
        gift.findElement(By.cssSelector("input.pick")).click();
        ui.click("#mark-shipped");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#toasts"), t -> t.contains("1 marked shipped"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("gift-" + giftId)).getText(), t -> t.contains("shipped"));

        ui.click("#export-csv");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#toasts"), t -> t.contains("CSV exported"));
    }

    @Test
    @Order(8)
    void shouldAssignReassignAndCancelAJobFromTheQueue() throws Exception {
        long jobId = jobIdAt("Amar Dairy");
        ui.open("/", opsToken);
        WebElement row = await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + jobId)), r -> r != null);
        ui.click("#job-" + jobId);
        String detail = "#job-" + jobId + "-detail ";
        // Offered: only the active crews that cover the job's locality (Dadar West: not the Pune rep).
        await().atMost(PATIENCE).ignoreExceptions().until(() -> optionValues(detail + "select.reassign-crew"), v -> v.equals(List.of(CREW)));
        ui.choose(detail + "select.reassign-crew", CREW);
        ui.click(detail + "button.reassign");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#job-" + jobId), t -> t.contains(CREW) && t.contains("assigned"));

        // Take back: the job is in the queue again, without a crew, and its history says so.
        ui.click(detail + "button.take-back");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#job-" + jobId), t -> t.contains("reported") && !t.contains(CREW));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text(detail + ".history"), t -> t.contains("assigned → reported"));
        assertThat(ui.text("#toasts")).contains("Job #" + jobId + " taken back from " + CREW);
        ui.screenshot("ops-assign.png");

        // "show all crews" offers a crew of another city; sending it there is an override the history records.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            WebElement all = browser.findElement(By.cssSelector(detail + "input.show-all-crews"));
            if (!all.isSelected()) {
                all.click();
            }
            new Select(browser.findElement(By.cssSelector(detail + "select.reassign-crew"))).selectByValue("rep-kothrud");
            browser.findElement(By.cssSelector(detail + "button.reassign")).click();
            return true;
        });
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#job-" + jobId), t -> t.contains("rep-kothrud"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text(detail + ".history"), t -> t.contains("override true"));
        JsonNode history = api("/api/jobs/" + jobId + "/events", opsToken);
        assertThat(history.get(history.size() - 1).get("detail").get("override").asText()).isEqualTo("true");

        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector(detail + "input.cancel-reason")).sendKeys("the shop closed for good");
            return true;
        });
        ui.click(detail + "button.cancel");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.id("job-" + jobId)).isEmpty());
        assertThat(api("/api/jobs/" + jobId, opsToken).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    @Order(9)
    void shouldTakeAJobOffTheOldCrewsPhoneWhenOpsMoveItAndExplainATapOnAStaleCard() throws Exception {
        replay(mention("sunita_it", "can't find Hippo at Mahavir Provision Stores, Dadar West #hippokahaan"),
                mention("kiran_it", "can't find Hippo at Shah General Stores, Dadar West #hippokahaan"));
        await().atMost(PATIENCE).until(() -> hasJobAt("Mahavir") && hasJobAt("Shah General"));
        phone();
        try {
            ui.open("/crew.html", crewToken);
            long first = claimNext();
            // The page follows its crew's events (the stream is open) before ops move the job.
            ui.waitFor("body[data-live=live]");

            // Live: ops give the job to another crew; its card leaves this phone at once, with why.
            apiPost("/api/jobs/" + first + "/assign", "{\"crew_id\":\"rep-kothrud\",\"override\":true}", opsToken);
            await().atMost(PATIENCE).until(() -> browser.findElements(By.id("job-" + first)).isEmpty());
            await().atMost(PATIENCE).until(this::toastInView, t -> t.contains("Job #" + first) && t.contains("went to another crew"));

            // Stale: with the live stream cut, ops take the next job back; tapping its card says so, and the card goes.
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/events/stream*")));
            ui.open("/crew.html", crewToken);
            long second = claimNext();
            apiPost("/api/jobs/" + second + "/unassign", "{}", opsToken);
            ui.click("#job-" + second + " button.accept");
            await().atMost(PATIENCE).until(() -> browser.findElements(By.id("job-" + second)).isEmpty());
            String said = await().atMost(PATIENCE).until(this::toastInView, t -> t.contains("Job #" + second));
            assertThat(said).contains("is no longer yours").doesNotContain("403").doesNotContain("no job with id");
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            desktop();
        }
    }

    @Test
    @Order(11)
    void shouldKeepEachTabsOwnRoleAndTakeALinkPastedOverAnOpenPageAtOnce() throws Exception {
        ui.open("/", opsToken);
        ui.waitFor("#jobs");
        String opsTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String crewTab = browser.getWindowHandle();
        try {
            ui.open("/crew.html", crewToken);
            ui.waitFor("#claim-next");

            // The crew's link in the other tab did not sign this one in as the crew.
            browser.switchTo().window(opsTab);
            browser.navigate().refresh();
            ui.waitFor("#jobs");
            assertThat(ui.text("#who")).contains("ops-it");

            // A link pasted over the open page takes effect at once, without a reload.
            ui.js("window.__samePage = 'yes'");
            ui.js("location.hash = '#token=" + marketerToken + "'");
            assertThat(ui.waitFor("#refusal").getText()).contains("ops page is for ops").contains("marketer-it (marketer)");
            assertThat(ui.js("return window.__samePage")).as("the page was not reloaded").isEqualTo("yes");
            assertThat(browser.getCurrentUrl()).doesNotContain("token=");
            ui.js("location.hash = '#token=" + opsToken + "'");
            ui.waitFor("#jobs");
            assertThat(ui.text("#who")).contains("ops-it");
            assertThat(ui.js("return window.__samePage")).isEqualTo("yes");

            browser.switchTo().window(crewTab);
            browser.navigate().refresh();
            ui.waitFor("#claim-next");
            assertThat(ui.text("#who")).contains("crew-it");
        } finally {
            browser.switchTo().window(crewTab).close();
            browser.switchTo().window(opsTab);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A phone's viewport, 390 x 844 CSS pixels. */
    private void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The text of the toasts wholly inside the viewport, '' when there is none. */
    private String toastInView() {
        return (String) ui.js("""
                let shown = '';
                for (const toast of document.querySelectorAll('#toasts .toast')) {
                  const r = toast.getBoundingClientRect();
                  if (r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth) {
                    shown += toast.textContent + '\\n';
                  }
                }
                return shown;""");
    }

    /** Claims the next job on the crew page; its id, from the toast that says so. */
    private long claimNext() {
        ui.click("#claim-next");
        String said = await().atMost(PATIENCE).until(this::toastInView, t -> t.contains("Claimed job #"));
        Matcher id = Pattern.compile("Claimed job #(\\d+)").matcher(said);
        assertThat(id.find()).isTrue();
        long job = Long.parseLong(id.group(1));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + job)), c -> c != null);
        return job;
    }

    private List<String> optionValues(String css) {
        return new Select(browser.findElement(By.cssSelector(css))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    private JsonNode apiPost(String path, String body, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

    private WebElement jobRow(String outlet) {
        for (WebElement row : browser.findElements(By.cssSelector("tr.job"))) {
            if (row.getText().contains(outlet)) {
                return row;
            }
        }
        return null;
    }

    private static Path smallPng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? 0xD9480F : 0xFFFFFF);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private String photoRefOf(long jobId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), system.postgres().user(), system.postgres().password());
             PreparedStatement select = connection.prepareStatement("SELECT ref FROM job_photo WHERE job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a photo of job %s was uploaded", jobId).isTrue();
                return row.getString(1);
            }
        }
    }

    private WebElement giftRow(String handle) {
        for (WebElement row : browser.findElements(By.cssSelector("tr.gift"))) {
            if (row.getText().contains(handle)) {
                return row;
            }
        }
        return null;
    }

    private String cardStatus(long jobId) {
        return browser.findElement(By.id("job-" + jobId)).getAttribute("data-status");
    }

    private boolean hasJobAt(String outlet) throws Exception {
        try {
            return jobIdAt(outlet) > 0;
        } catch (AssertionError noneYet) {
            return false;
        }
    }

    private long jobIdAt(String outlet) throws Exception {
        for (JsonNode job : api("/api/jobs", opsToken)) {
            // The API's field names moved from camelCase to snake_case; either is read.
            JsonNode name = job.has("outlet_name") ? job.get("outlet_name") : job.get("outletName");
            if (name.asText().contains(outlet)) {
                return job.get("id").asLong();
            }
        }
        throw new AssertionError("no job at " + outlet);
    }

    private JsonNode api(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String mention(String handle, String text) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", "Mumbai").put("followers", 10);
        ObjectNode mention = JSON.createObjectNode().put("id", "x-it-" + (++mentionSeq)).put("source", "x")
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

    /** Replays lines with the times they carry. */
    private void replayAsIs(List<String> lines) throws Exception {
        Path file = dir.resolve("demo-shifted.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", system.bootstrapServers()), Clock.systemUTC())) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);
        }
    }

    private static JsonNode readOrNull(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

}
