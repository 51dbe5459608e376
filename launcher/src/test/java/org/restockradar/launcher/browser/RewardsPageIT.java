package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.restockradar.access.Actor;

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
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The crew of Shivajinagar, Pune, in {@link SharedSystem}: that locality and its outlets are this class's alone. */
    private static final String CREW = "van-shivajinagar";

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
    void shouldLetACrewSayTheShelfWasFullAndAMarketerSeeWhyItsReporterIsHeldAndReleaseThem() throws Exception {
        session.replay(mention("fake_rw", "can't find Hippo at Pawar Kirana, Shivajinagar #hippokahaan"));
        long jobId = session.awaitJobAt("Pawar Kirana", opsToken);
        session.phone();
        try {
            ui.open("/crew.html", crewToken);
            assertThat(session.claimNext()).isEqualTo(jobId);
            String card = "#job-" + jobId + " ";
            ui.click(card + "details.fail summary");
            ui.choose(card + "select.fail-reason", "shelf_full");
            assertThat(new Select(browser.findElement(By.cssSelector(card + "select.fail-reason"))).getFirstSelectedOption().getText())
                    .isEqualTo("shelf already full");
            ui.screenshot("crew-shelf-full.png");
            ui.click(card + "details.fail button.danger");
            await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.id("job-" + jobId)).isEmpty());
        } finally {
            session.desktop();
        }
        assertThat(session.get("/api/jobs/" + jobId, opsToken).get("status").asText()).isEqualTo("failed");

        ui.open("/rewards.html", marketerToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            ui.click("form.filters button[type=submit]");
            return ui.text("#holds");
        }, t -> t.contains("@fake_rw") && t.contains("shelf was full"));
        ui.screenshot("rewards-held.png");
        // The shared system may hold other classes' reporters too: this one is told apart by its handle.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            session.rowWith("#holds tr.hold", "@fake_rw").findElement(By.cssSelector("button.release")).click();
            return true;
        });
        ui.toast(0, t -> t.contains("@fake_rw released by marketer-it"));
        await().atMost(PATIENCE).until(() -> ui.text("#holds"), t -> !t.isEmpty() && !t.contains("@fake_rw"));
        // The releases are drawn after the holds, from an answer of their own: waited for, not read at once.
        await().atMost(PATIENCE).until(() -> ui.text("#releases"), t -> t.contains("@fake_rw released by marketer-it") && t.contains("shelf was full"));
        JsonNode releases = session.get("/api/rewards/releases", opsToken);
        assertThat(releases.get(0).get("released_by").asText()).isEqualTo("marketer-it");
    }

    @Test
    @Order(2)
    void shouldShowOneDaysGiftsSetTheirStatusExportJsonAndRefuseAnInvertedRange() throws Exception {
        session.replay(mention("rahul_rw", "no hippo at royal provision stores ghole road shivajinagar since 3 days #hippokahaan"));
        long jobId = session.awaitJobAt("Royal Provision", opsToken);
        session.post("/api/jobs/" + jobId + "/assign", "{\"crew_id\":\"" + CREW + "\"}", opsToken);
        session.post("/api/jobs/" + jobId + "/accept", "{}", crewToken);
        session.post("/api/jobs/" + jobId + "/en-route", "{}", crewToken);
        session.post("/api/jobs/" + jobId + "/complete", "{\"units_restocked\":12}", crewToken);
        session.post("/api/jobs/" + jobId + "/verify", "{}", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> session.get("/api/rewards/reporters", opsToken).toString(), t -> t.contains("rahul_rw"));
        session.post("/api/rewards/gift-runs", "", opsToken);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ui.open("/rewards.html", marketerToken);
        range(today, today);
        // The page's first load and the range's may each draw the rows: the gift is found again by its id.
        String giftId = await().atMost(PATIENCE).ignoreExceptions().until(() -> giftRow("@rahul_rw").getAttribute("data-gift-id"), Objects::nonNull);
        // The reporters are drawn after the gifts, from an answer of their own.
        await().atMost(PATIENCE).until(() -> ui.text("#reporters"), t -> t.contains("@rahul_rw"));

        ui.tick("#gift-" + giftId + " input.pick");
        ui.choose("#bulk-status", "delivered");
        ui.click("#set-status");
        ui.toast(0, t -> t.contains("Cannot mark delivered") && t.contains("only from shipped"));

        ui.choose("#bulk-status", "address_requested");
        ui.click("#set-status");
        ui.toast(0, t -> t.contains("1 marked address requested"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#gift-" + giftId), t -> t.contains("address requested"));
        ui.choose("#filter-status", "address_requested");
        ui.click("form.filters button[type=submit]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> giftRow("@rahul_rw"), g -> g != null);
        ui.click("#gift-" + giftId + " td.handle");
        ui.waitFor("#note-preview .note-text");
        ui.screenshot("rewards-gifts.png");

        ui.click("#export-json");
        ui.toast(0, t -> t.contains("JSON exported (1 gift)"));

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        range(tomorrow, today);
        ui.toast(0, t -> t.contains("The range is inverted"));
        HttpResponse<String> inverted = session.answer("/api/rewards/gifts?from=" + tomorrow + "&to=" + today, marketerToken);
        assertThat(inverted.statusCode()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- helpers

    /** Sets the date range (the inputs take ISO dates) and applies it. */
    private void range(String from, String to) {
        // The page draws its filters after it loads: set them once they are there (a busy machine draws late).
        ui.waitFor("#filter-to");
        ui.js("document.getElementById('filter-from').value = '" + from + "'; document.getElementById('filter-to').value = '" + to + "';");
        ui.click("form.filters button[type=submit]");
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

    private WebElement giftRow(String handle) {
        return session.rowWith("tr.gift", handle);
    }

    private String mention(String handle, String text) throws IOException {
        return session.mention(handle, text, "Pune");
    }
}
