package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;
import org.restockradar.launcher.LocalSystem;

/**
 * The map (issue #18 item 12) in a real headless Chromium against the whole system in this JVM, filled from the demo
 * stream: outlets close together are one cluster that parts as the map zooms in, an outlet opens its open jobs with
 * links to their detail, names never overlap, tiles that cannot load leave the plain map and come back online, and a
 * crew's round is one numbered stop per shop on its phone. Screenshots as in {@link PagesIT}.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class MapPagesIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CREW = "van-dadar";
    /** Amar Dairy & Stores and Jai Bhavani General Stores, Dadar West: 380 m apart in the demo outlets. */
    private static final String AMAR = "MUM-0001";
    private static final String JAI = "MUM-0002";
    /** A 1 x 1 PNG as a tile template: it loads without a network, once the page asks for it. */
    private static final String DATA_TILE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4ev8VAAUrAp/fZk5EAAAAAElFTkSuQmCC#{z}/{x}/{y}";

    @TempDir
    static Path dir;

    private LocalSystem system;
    private BrowserSession session;
    private ChromeDriver browser;
    private Page ui;
    private String opsToken;
    private String crewToken;
    private long amarJob;

    @BeforeAll
    void startSystemAndFillIt() throws Exception {
        Path crews = dir.resolve("crews.csv");
        Files.writeString(crews, """
                crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end,pincodes,polygon,base_lat,base_lon,time_zone
                van-dadar,Dadar Van,van,Mumbai,Dadar West;Dadar East,20,00:00,23:59,,,19.0178,72.8478,Asia/Kolkata
                rep-kothrud,Kothrud Rep,field_rep,Pune,Kothrud,10,00:00,23:59,,,,,Asia/Kolkata
                """, StandardCharsets.UTF_8);
        Path demo = dir.resolve("demo");
        Settings overrides = Settings.of(Map.of("dispatch.crews-file", crews.toString(), "dispatch.auto-assign", "false"));
        system = LocalSystem.start(new LocalSystem.Options(dir.resolve("data"), true, 0,
                LocalSystem.extractResource("demo/catalog.json", demo), LocalSystem.extractResource("demo/outlets.csv", demo),
                null, 0, overrides), Clock.systemUTC());
        session = BrowserSession.on(system, "map", PATIENCE);
        browser = session.browser();
        ui = session.ui();
        opsToken = session.token(Actor.ops("ops-map"));
        crewToken = session.token(Actor.crew("crew-map", CREW));
        SharedSystem.awaitOutlets(system, demo.resolve("outlets.csv"));

        // Every third demo mention, moved to the last 40 hours (jobs in several cities), and two Dadar West shops.
        List<String> lines = new ArrayList<>(BrowserSession.everyThirdDemoMention(demo, Duration.ofHours(40)));
        lines.add(session.mention("amar_it", "can't find Hippo at Amar Dairy & Stores, Dadar West #hippokahaan", "Mumbai"));
        lines.add(session.mention("jai_it", "no hippo at jai bhavani gen stores nr dadar stn since 3 days #hippokahaan", "Mumbai"));
        session.replayAsIs(lines);
        // The two Dadar West shops' jobs go to the van: its round has at least those two stops.
        amarJob = await().atMost(PATIENCE).ignoreExceptions().until(() -> openJobAt(AMAR), id -> id > 0);
        long jaiJob = await().atMost(PATIENCE).ignoreExceptions().until(() -> openJobAt(JAI), id -> id > 0);
        for (long id : List.of(amarJob, jaiJob)) {
            session.post("/api/jobs/" + id + "/assign", "{\"crew_id\":\"" + CREW + "\"}", opsToken);
        }
    }

    @AfterAll
    void stop() throws IOException {
        BrowserSession.close(session, system);
    }

    @Test
    @Order(1)
    void shouldDrawNearbyOutletsAsOneClusterThatPartsAsTheMapZoomsIn() throws Exception {
        openMap();
        String cluster = ".map-cluster[data-outlet-ids~='" + AMAR + "']";
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.cssSelector(cluster)).getAttribute("data-outlet-ids"),
                ids -> ids.contains(JAI));
        assertThat(browser.findElements(By.cssSelector(".map-dot[data-outlet-id='" + AMAR + "']"))).as("drawn in the cluster, not alone").isEmpty();
        assertNoLabelsOverlap();
        ui.screenshot("ops-map-clusters.png");
        double before = Double.parseDouble(browser.findElement(By.id("outlet-map")).getAttribute("data-scale"));

        for (int clicks = 0; clicks < 10 && browser.findElements(By.cssSelector(".map-dot[data-outlet-id='" + AMAR + "']")).isEmpty(); clicks++) {
            ui.click(cluster + " circle");
        }

        assertThat(browser.findElements(By.cssSelector(".map-dot[data-outlet-id='" + AMAR + "']"))).as("Amar Dairy alone after zooming in").hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".map-dot[data-outlet-id='" + JAI + "'], .map-cluster[data-outlet-ids~='" + JAI + "']")))
                .as("Jai Bhavani still drawn").isNotEmpty();
        assertThat(Double.parseDouble(browser.findElement(By.id("outlet-map")).getAttribute("data-scale"))).isGreaterThan(before * 2);
        assertNoLabelsOverlap();
    }

    @Test
    @Order(2)
    void shouldOpenAnOutletsOpenJobsAndLinkToTheirDetail() throws Exception {
        ui.click(".map-dot[data-outlet-id='" + AMAR + "']");

        WebElement link = await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("#map-outlet-jobs a.job-link[data-job-id='" + amarJob + "']")), WebElement::isDisplayed);
        assertThat(ui.text("#map-outlet")).contains("Amar Dairy").contains("#" + amarJob).contains(CREW);
        ui.screenshot("ops-map-outlet.png");

        link.click();

        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("job-" + amarJob + "-detail")), WebElement::isDisplayed);
        assertThat(browser.findElement(By.id("view-queue")).isDisplayed()).isTrue();
    }

    @Test
    @Order(3)
    void shouldDrawACrewsRoundOnTheOpsMap() throws Exception {
        openMap();
        ui.waitFor("#map-crew");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            new Select(browser.findElement(By.id("map-crew"))).selectByValue(CREW);
            return true;
        });
        JsonNode round = session.get("/api/crews/" + CREW + "/route", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map .map-round-stop")).size(),
                n -> n == round.get("stops").size());
        assertThat(browser.findElements(By.cssSelector("#outlet-map .map-round-line"))).hasSize(1);
    }

    @Test
    @Order(4)
    void shouldShowThePlainMapWhileTilesCannotLoadAndTheTilesOnceBackOnline() throws Exception {
        openMap();
        browser.executeCdpCommand("Network.enable", Map.of());
        try {
            offline(true);
            useTiles(DATA_TILE);
            await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#map-note"), t -> t.contains("Offline") && t.contains("plain map"));
            assertThat(browser.findElements(By.cssSelector("#outlet-map image.map-tile"))).as("no tile asked for offline").isEmpty();
            assertThat(browser.findElements(By.cssSelector("#outlet-map .map-grid line"))).isNotEmpty();

            offline(false);

            await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map image.map-tile.loaded")).size(), n -> n > 0);
            assertThat(browser.findElement(By.id("outlet-map")).getAttribute("data-tile-attempt")).isEqualTo("1");
            assertThat(browser.findElement(By.id("map-note")).isDisplayed()).isFalse();
        } finally {
            offline(false);
        }

        useTiles("https://127.0.0.1:9/{z}/{x}/{y}.png");

        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#map-note"), t -> t.contains("could not be loaded"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.js("""
                const tiles = Array.from(document.querySelectorAll('#outlet-map image.map-tile'));
                return tiles.length > 0 && tiles.every(function (t) { return t.classList.contains('failed') && getComputedStyle(t).visibility === 'hidden'; });"""),
                shown -> Boolean.TRUE.equals(shown));
        assertThat(browser.findElements(By.cssSelector("#outlet-map .map-grid line"))).as("the plain map beneath").isNotEmpty();
        ui.click("#tiles-off");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map image.map-tile")).isEmpty());
    }

    @Test
    @Order(5)
    void shouldShowTheCrewItsRoundAsNumberedStopsOnePerShop() throws Exception {
        session.phone();
        try {
            ui.open("/crew.html", crewToken);
            ui.waitFor("#my-jobs");
            List<WebElement> stops = await().atMost(PATIENCE).ignoreExceptions()
                    .until(() -> browser.findElements(By.cssSelector("#round-stops li.round-stop")), s -> s.size() >= 2);
            List<String> numbers = new ArrayList<>();
            Set<String> outlets = new HashSet<>();
            for (WebElement stop : stops) {
                numbers.add(stop.findElement(By.cssSelector(".stop")).getText());
                outlets.add(stop.getAttribute("data-outlet-id"));
            }
            assertThat(outlets).as("one stop per shop").hasSize(stops.size()).contains(AMAR, JAI);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= stops.size(); i++) {
                expected.add(Integer.toString(i));
            }
            assertThat(numbers).containsExactlyElementsOf(expected);
            JsonNode round = session.get("/api/my/route", crewToken);
            assertThat(round.get("stops").get(0).get("outlet_id").asText()).isEqualTo(stops.get(0).getAttribute("data-outlet-id"));
            assertThat(ui.text("#round")).contains("Today’s stops: " + stops.size());
            ui.screenshot("crew-stops.png");
        } finally {
            session.desktop();
        }
    }

    // ---------------------------------------------------------------- helpers

    private void openMap() {
        ui.open("/", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("tr.job")).size() >= 10);
        ui.click("button[data-view=map]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#outlet-map .map-cluster, #outlet-map .map-dot")).size() >= 2);
    }

    private void useTiles(String template) {
        WebElement tiles = ui.waitFor("#tile-template");
        tiles.clear();
        tiles.sendKeys(template);
        tiles.submit();
    }

    private void offline(boolean offline) {
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** No two names drawn on the map overlap (their boxes as drawn). */
    private void assertNoLabelsOverlap() {
        Object overlapping = ui.js("""
                const boxes = Array.from(document.querySelectorAll('#outlet-map .map-labels text')).map(function (t) {
                  const b = t.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height, text: t.textContent };
                });
                const hits = [];
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) hits.push(a.text + ' / ' + b.text);
                }
                return boxes.length + ' labels; overlapping: ' + hits.join(', ');""");
        assertThat((String) overlapping).doesNotStartWith("0 labels").endsWith("overlapping: ");
    }

    private long openJobAt(String outletId) throws Exception {
        for (JsonNode job : session.get("/api/jobs?status=reported,assigned&limit=1000", opsToken)) {
            if (job.get("outlet_id").asText().equals(outletId)) {
                return job.get("id").asLong();
            }
        }
        return 0;
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);
}
