package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;

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
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The crew of Hadapsar, Pune, in {@link SharedSystem}: that locality and its outlets are this class's alone. */
    private static final String CREW = "van-hadapsar";

    private BrowserSession session;
    private ChromeDriver browser;
    private Page ui;
    private String opsToken;
    private String crewToken;

    @BeforeAll
    void signIn(BrowserSession session) {
        this.session = session;
        browser = session.browser();
        ui = session.ui();
        opsToken = session.token(Actor.ops("ops-it"));
        crewToken = session.token(Actor.crew("crew-it", CREW));
        // A phone's viewport for every test of the class.
        session.phone();
        browser.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterEach
    void backOnline() {
        network(true);
    }

    @Test
    @Order(1)
    void shouldServeTheServiceWorkerRevalidatedUnderTheStrictPolicy() throws Exception {
        HttpResponse<String> worker = session.answer("/crew-sw.js", null);
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
        ui.toast(0, t -> t.contains("Job #" + job + ": accepted (taken offline, sent now)"));
        ui.toast(0, t -> t.contains("Job #" + job + ": en route (taken offline, sent now)"));
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
        session.post("/api/jobs/" + job + "/assign", "{\"crew_id\":\"rep-kothrud\",\"override\":true}", opsToken);

        network(true);

        String refused = await().atMost(PATIENCE).until(() -> ui.text("#refused-" + job), t -> !t.isEmpty());
        assertThat(refused).contains("Ranade Dairy").contains("was not applied").contains("no longer yours").contains("another crew");
        await().atMost(PATIENCE).until(() -> browser.findElements(By.id("job-" + job)).isEmpty());
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
        session.replay(session.mention(handle, text, "Pune"));
        long job = session.awaitJobAt(outlet, opsToken);
        session.post("/api/jobs/" + job + "/assign", "{\"crew_id\":\"" + CREW + "\"}", opsToken);
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
        return session.cardStatus(jobId);
    }

    private JsonNode api(String path) throws Exception {
        return session.get(path, opsToken);
    }
}
