package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;
import org.restockradar.launcher.LocalSystem;

/**
 * The demo as a newcomer meets it, in a real headless Chromium against the bundled demo in this JVM (its backlog, steady
 * feed, human-paced crews and demo SLA, with replies on): from the first minute the queue has green, amber and red rows;
 * and the ops page's Replies view lists the replies sent, failed with their reason and opted out, filtered by outcome.
 * Screenshots go to {@code -Dbrowser.screenshots} (default {@code target/screenshots}; {@code ../docs/images} refreshes
 * the docs).
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class DemoPagesIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private LocalSystem system;
    private BrowserSession session;
    private ChromeDriver browser;
    private Page ui;
    private String opsToken;

    @BeforeAll
    void startTheDemoAndBrowser() {
        Path demo = dir.resolve("demo");
        system = LocalSystem.start(new LocalSystem.Options(dir.resolve("data"), true, 0,
                LocalSystem.extractResource("demo/catalog.json", demo), LocalSystem.extractResource("demo/outlets.csv", demo),
                LocalSystem.extractResource("demo/mentions.jsonl", demo), 0.07, Settings.of(Map.of())), Clock.systemUTC());
        session = BrowserSession.on(system, "demo", PATIENCE);
        browser = session.browser();
        ui = session.ui();
        opsToken = session.token(Actor.ops("ops-newcomer"));
    }

    @AfterAll
    void stop() throws IOException {
        BrowserSession.close(session, system);
    }

    /** The first minute through the API: open jobs of every colour, some with a crew, reports waiting for a location. */
    @Test
    @Order(0)
    void shouldStartTheDemoWithOpenJobsOfEveryColourInSeveralStatesAndReportsToPlace() {
        assertThat(system.slaSummary()).isEqualTo("due 45m after the first report, amber 15m before");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            JsonNode jobs = get("/api/jobs?limit=500");
            Set<String> colours = new HashSet<>();
            Set<String> statuses = new HashSet<>();
            Instant now = Instant.now();
            for (JsonNode job : jobs) {
                statuses.add(job.get("status").asText());
                Duration left = Duration.between(now, Instant.parse(job.get("due_at").asText()));
                colours.add(left.isNegative() ? "red" : left.compareTo(LocalSystem.DEMO_SLA_WARNING) <= 0 ? "amber" : "green");
            }
            assertThat(colours).as("SLA colours of the open jobs").containsExactlyInAnyOrder("green", "amber", "red");
            // Which states show depends on the hour the test runs: a crew takes a job when it is on shift or its
            // next shift starts before the job is due (45 minutes in the demo), so at an hour when every covering
            // crew can, no job stays "reported", and at an hour when none can, every job does.
            assertThat(statuses.size() >= 2 || statuses.equals(Set.of("reported")))
                    .as("several states, or every job waiting for a crew's shift: %s", statuses).isTrue();
            assertThat(get("/api/needs-location?status=open").size()).as("reports that need a location").isPositive();
        });
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return session.get(path, opsToken);
    }

    @Test
    @Order(1)
    void shouldShowANewcomerGreenAmberAndRedJobsFromTheFirstMinuteOfTheDemo() throws Exception {
        ui.open("/", opsToken);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> !browser.findElements(By.cssSelector("tr.job.breached")).isEmpty()
                && !browser.findElements(By.cssSelector("tr.job.warning")).isEmpty() && !browser.findElements(By.cssSelector("tr.job.ok")).isEmpty());
        // The demo SLA is said on the page too: amber is "under 15 m", the server's threshold (GET /api/me).
        assertThat(ui.text("#summary")).contains("under 15");
        await().atMost(PATIENCE).until(() -> !ui.text("#needs-count").isBlank());
        // New rows flash for a few seconds: the screenshot waits until they have settled.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("tr.job.fresh")).isEmpty());
        ui.screenshot("ops-demo.png");
    }

    @Test
    @Order(2)
    void shouldListRepliesSentFailedWithTheReasonAndOptedOutAndFilterThemByOutcome() throws Exception {
        insertReplies();
        ui.open("/", opsToken);
        ui.click(".tab[data-view=replies]");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#reply-rows"),
                t -> t.contains("@asha_sent") && t.contains("@ravi_failed") && t.contains("@meena_stop"));
        WebElement failed = row("@ravi_failed");
        assertThat(failed.getAttribute("data-outcome")).isEqualTo("failed");
        assertThat(failed.getText()).contains("HTTP 403: You are not allowed to reply to this post");
        assertThat(row("@meena_stop").getAttribute("data-outcome")).isEqualTo("opted_out");
        assertThat(row("@asha_sent").getAttribute("data-outcome")).isEqualTo("sent");
        ui.screenshot("ops-replies.png");

        ui.choose("#filter-reply", "failed");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElements(By.cssSelector("#reply-rows tr")),
                rows -> !rows.isEmpty() && rows.stream().allMatch(r -> "failed".equals(r.getAttribute("data-outcome"))));
        ui.choose("#filter-reply", "opted_out");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> ui.text("#reply-rows"), t -> t.contains("@meena_stop") && !t.contains("@ravi_failed"));
    }

    /** Three replies as the sender leaves them: one sent, one refused by X (its answer kept), one skipped for an opt-out. */
    private void insertReplies() throws SQLException {
        try (Connection connection = session.database();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO replies.reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, planned_at,
                                                next_attempt_at, sent_at, external_id, last_error)
                     VALUES (?, 'job_opened', 'x', ?, ?, ?, ?, 1, now(), now(), ?, ?, ?)""")) {
            List<List<String>> rows = List.of(
                    List.of("u-asha", "asha_sent", "sent", "tweet-1", ""),
                    List.of("u-ravi", "ravi_failed", "failed", "", "HTTP 403: You are not allowed to reply to this post"),
                    List.of("u-meena", "meena_stop", "skipped", "", "the reporter opted out of replies"));
            for (List<String> row : rows) {
                insert.setLong(1, 990_001);
                insert.setString(2, row.get(0));
                insert.setString(3, row.get(1));
                insert.setString(4, "x-" + row.get(0));
                insert.setString(5, row.get(2));
                insert.setTimestamp(6, row.get(2).equals("sent") ? new java.sql.Timestamp(System.currentTimeMillis()) : null);
                insert.setString(7, row.get(3).isEmpty() ? null : row.get(3));
                insert.setString(8, row.get(4).isEmpty() ? null : row.get(4));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private WebElement row(String handle) {
        return browser.findElements(By.cssSelector("#reply-rows tr")).stream().filter(r -> r.getText().contains(handle)).findFirst().orElseThrow();
    }

    /** On a failed test, what the browser showed. */
    @RegisterExtension
    final TestWatcher pageOnFailure = Page.onFailure(() -> ui);

}
