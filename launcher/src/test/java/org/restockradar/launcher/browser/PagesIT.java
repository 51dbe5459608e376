package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CREW = "van-dadar";

    @TempDir
    static Path dir;

    private BrowserSession session;
    private ChromeDriver browser;
    private Page ui;
    private String opsToken;
    private String crewToken;
    private String marketerToken;

    @BeforeAll
    void signIn(BrowserSession session) {
        this.session = session;
        browser = session.browser();
        ui = session.ui();
        opsToken = session.token(Actor.ops("ops-it"));
        crewToken = session.token(Actor.crew("crew-it", CREW));
        marketerToken = session.token(Actor.marketer("marketer-it"));
    }

    @Test
    @Order(1)
    void shouldShowEachPageOnlyToItsRoles() throws Exception {
        HttpResponse<String> page = session.answer("/crew.html", null);
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
    void shouldShowANewJobOnTheOpsPageLiveWithoutAReloadThoughThePagesFirstListLandsAfterIt() throws Exception {
        // The page's first list is held until the job has come live (a busy machine can deal that order too): the list,
        // asked for before the job was opened, must not take the job's row away when it lands.
        try (Page.Held lists = ui.holdAnswers("/api/jobs?limit=")) {
            ui.open("/", opsToken);
            await().atMost(PATIENCE).until(() -> ui.text("#live").contains("live") && !ui.text("#live").contains("reconnecting"));
            lists.awaitArrived();
            assertThat(ui.text("#jobs")).doesNotContain("Jai Bhavani");
            ui.js("window.__samePage = 'yes'");

            session.replay(mention("rahul_it", "no hippo at jai bhavani gen stores nr dadar stn since 3 days #hippokahaan"));

            await().atMost(PATIENCE).ignoreExceptions().until(() -> jobRow("Jai Bhavani"), r -> r != null);
            lists.release();
            assertThat(jobRow("Jai Bhavani")).as("the job's row once the list asked for before it landed").isNotNull();
        }
        assertThat(ui.js("return window.__samePage")).as("the page was not reloaded").isEqualTo("yes");
        // Rows are drawn anew as live events arrive: each look finds the row again.
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            WebElement row = jobRow("Jai Bhavani");
            assertThat(row.getAttribute("class")).contains("ok");
            assertThat(row.findElement(By.cssSelector("td.left")).getText()).matches("4[78]h \\d\\dm");
            assertThat(row.getText()).contains("Dadar West").contains("@rahul_it");
        });

        String id = jobRowId("Jai Bhavani");
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

        session.replay(mention("mallory_it", hostile));

        String id = jobRowId("Amar Dairy");
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
        long jobId = existingJobAt("Jai Bhavani");
        session.phone();
        try {
            ui.open("/crew.html", crewToken);
            ui.click("#claim-next");
            WebElement card = ui.waitFor("#job-" + jobId);
            assertThat(card.getText()).contains("Jai Bhavani").contains("Dadar West");
            // The result shows where the eye is: a toast inside the 844 px viewport, not a footer below the list.
            assertThat(ui.js("return window.innerHeight")).isEqualTo(844L);
            ui.toastInView(0, t -> t.contains("Claimed job #" + jobId));
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
            JsonNode job = session.get("/api/jobs/" + jobId, opsToken);
            assertThat(job.get("status").asText()).isEqualTo("restocked");
            assertThat(job.get("crew_id").asText()).isEqualTo(CREW);
            // The photo went up before the completion named it, and ops can see it.
            String ref = photoRefOf(jobId);
            HttpResponse<byte[]> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(session.base() + "/api/photos/" + ref))
                    .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).isEqualTo(Files.readAllBytes(photo));
        } finally {
            session.desktop();
        }
    }

    @Test
    @Order(10)
    void shouldFillTheQueueFromTheDemoStreamForTheScreenshots() throws Exception {
        // Every third demo mention, the oldest 50 hours old: a queue with every colour of countdown (past due, under 12 h, more).
        List<String> shifted = BrowserSession.everyThirdDemoMention(dir.resolve("demo"), Duration.ofHours(50));
        ui.open("/", opsToken);
        session.replayAsIs(shifted);
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
        tiles.sendKeys(session.base() + "/tiles/{z}/{x}/{y}.png");
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

        session.replay(mention("neha_it", said));

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

        ui.toast(0, t -> t.contains("Placed at " + outlet));
        // The list is asked for again after the placing: wait for it rather than read the one drawn before.
        await().atMost(PATIENCE).until(() -> ui.text("#needs"), t -> !t.contains(said));
        ui.click("button[data-view=queue]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#jobs"), t -> t.contains(outlet));
    }

    @Test
    @Order(6)
    void shouldPointOpsToTheJobsToVerifyAndShowTheCrewsProofAndTheJobsHistory() throws Exception {
        long jobId = existingJobAt("Jai Bhavani");
        ui.open("/", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#to-verify-count"), t -> t.matches("[1-9]\\d*"));
        assertThat(jobRow("Jai Bhavani")).as("the open queue does not show a restocked job").isNull();

        ui.click("#to-verify");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + jobId)), r -> r != null);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElements(By.cssSelector("tr.job"))).allSatisfy(row -> assertThat(row.getText()).contains("restocked")));
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
        long jobId = existingJobAt("Jai Bhavani");
        ui.open("/", opsToken);
        ui.choose("#filter-status", "restocked");
        ui.waitFor("#job-" + jobId);
        ui.click("#job-" + jobId);
        ui.click("#job-" + jobId + "-detail button.verify");
        ui.toast(0, t -> t.contains("Job #" + jobId + " verified"));

        ui.open("/rewards.html", marketerToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            ui.click("form.filters button[type=submit]");
            return ui.text("#reporters");
        }, t -> t.contains("@rahul_it"));
        assertThat(browser.findElements(By.id("run-gifts"))).as("a marketer does not run the gift selection").isEmpty();

        ui.open("/rewards.html", opsToken);
        ui.click("#run-gifts");
        ui.toast(0, Pattern.compile("[1-9]\\d* gifts? queued\\.").asPredicate());

        ui.open("/rewards.html", marketerToken);
        String giftId = await().atMost(PATIENCE).ignoreExceptions().until(() -> session.rowWith("tr.gift", "@rahul_it").getAttribute("data-gift-id"),
                Objects::nonNull);
        ui.click("#gift-" + giftId + " td.handle");
        assertThat(ui.waitFor("#note-preview .note-text").getText()).contains("Thank you").contains("Jai Bhavani");
        ui.screenshot("rewards.png");

        ui.tick("#gift-" + giftId + " input.pick");
        ui.click("#mark-shipped");
        ui.toast(0, t -> t.contains("1 marked shipped"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("gift-" + giftId)).getText(), t -> t.contains("shipped"));

        ui.click("#export-csv");
        ui.toast(0, t -> t.contains("CSV exported"));
    }

    @Test
    @Order(8)
    void shouldAssignReassignAndCancelAJobFromTheQueue() throws Exception {
        long jobId = existingJobAt("Amar Dairy");
        ui.open("/", opsToken);
        ui.waitFor("#job-" + jobId);
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
        ui.toast(0, t -> t.contains("Job #" + jobId + " taken back from " + CREW));
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
        JsonNode history = session.get("/api/jobs/" + jobId + "/events", opsToken);
        assertThat(history.get(history.size() - 1).get("detail").get("override").asText()).isEqualTo("true");

        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector(detail + "input.cancel-reason")).sendKeys("the shop closed for good");
            return true;
        });
        ui.click(detail + "button.cancel");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.id("job-" + jobId)).isEmpty());
        assertThat(session.get("/api/jobs/" + jobId, opsToken).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    @Order(9)
    void shouldTakeAJobOffTheOldCrewsPhoneWhenOpsMoveItAndExplainATapOnAStaleCard() throws Exception {
        session.replay(mention("sunita_it", "can't find Hippo at Mahavir Provision Stores, Dadar West #hippokahaan"),
                mention("kiran_it", "can't find Hippo at Shah General Stores, Dadar West #hippokahaan"));
        session.awaitJobAt("Mahavir", opsToken);
        session.awaitJobAt("Shah General", opsToken);
        session.phone();
        try {
            try (Page.Held lists = ui.holdAnswers("/api/my/jobs")) {
                ui.open("/crew.html", crewToken);
                lists.release();
                long first = session.claimNext();
                // The page follows its crew's events (the stream is open) before ops move the job.
                ui.waitFor("body[data-live=live]");

                // A reload asked for before ops move the job is answered after the event that took it: held here, as a
                // busy phone or server may deal it.
                ui.js("window.__held.hold()");
                ui.click("#refresh");
                lists.awaitArrived();
                int before = ui.toastsShown();

                // Live: ops give the job to another crew; its card leaves this phone at once, with why.
                session.post("/api/jobs/" + first + "/assign", "{\"crew_id\":\"rep-kothrud\",\"override\":true}", opsToken);
                await().atMost(PATIENCE).until(() -> browser.findElements(By.id("job-" + first)).isEmpty());
                ui.toastInView(before, t -> t.contains("Job #" + first) && t.contains("went to another crew"));

                // The older list lands: it does not bring the card back, not even for a moment.
                ui.js("window.__back = false; new MutationObserver(function () { if (document.getElementById('job-" + first + "')) {"
                        + " window.__back = true; } }).observe(document.getElementById('my-jobs'), { childList: true, subtree: true });");
                lists.release();
                assertThat(ui.js("return window.__back")).as("the card came back with the list asked for before the move").isEqualTo(false);
            }

            // Stale: with the live stream cut, ops take the next job back; tapping its card says so, and the card goes.
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/events/stream*")));
            ui.open("/crew.html", crewToken);
            long second = session.claimNext();
            session.post("/api/jobs/" + second + "/unassign", "{}", opsToken);
            int before = ui.toastsShown();
            ui.click("#job-" + second + " button.accept");
            await().atMost(PATIENCE).until(() -> browser.findElements(By.id("job-" + second)).isEmpty());
            String said = ui.toastInView(before, t -> t.contains("Job #" + second));
            assertThat(said).contains("is no longer yours").doesNotContain("403").doesNotContain("no job with id");
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            session.desktop();
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

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

    private String mention(String handle, String text) throws IOException {
        return session.mention(handle, text, "Mumbai");
    }

    /** The job at the outlet, which an earlier test opened. */
    private long existingJobAt(String outlet) throws Exception {
        long id = session.jobIdAt(outlet, opsToken);
        assertThat(id).as("a job at %s", outlet).isPositive();
        return id;
    }

    private WebElement jobRow(String outlet) {
        return session.rowWith("tr.job", outlet);
    }

    /** The job id of the queue's row at the outlet, once there is one. */
    private String jobRowId(String outlet) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> jobRow(outlet).getAttribute("data-job-id"), Objects::nonNull);
    }

    private List<String> optionValues(String css) {
        return new Select(browser.findElement(By.cssSelector(css))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
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
        try (Connection connection = session.database();
             PreparedStatement select = connection.prepareStatement("SELECT ref FROM job_photo WHERE job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a photo of job %s was uploaded", jobId).isTrue();
                return row.getString(1);
            }
        }
    }

    private String cardStatus(long jobId) {
        return session.cardStatus(jobId);
    }
}
