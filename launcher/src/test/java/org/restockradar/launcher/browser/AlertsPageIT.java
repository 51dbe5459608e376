package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.launcher.LocalSystem;

/**
 * Issue #18 item 10 end to end, in Chromium against the whole system in this JVM with alerts to a local incoming webhook
 * ({@link SharedSystem}'s; this class's outlet is in Janakpuri, Delhi, which no crew covers):
 * a report three days old opens a job already past its due time, the SLA sweep escalates it, the webhook is told once
 * with a link to the job on the ops page, and that link opens the job's detail, which says ops were told.
 */
@Tag("integration")
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class AlertsPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern LINK = Pattern.compile("<(http[^|>]+)\\|Open job (\\d+) on the ops page>");

    @TempDir
    static Path dir;

    private LocalSystem system;
    private ChromeDriver browser;
    private List<String> posted;
    private String opsToken;
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

    @BeforeAll
    void startBrowser(SharedSystem.Running shared) {
        system = shared.system();
        posted = shared.alerts();
        opsToken = system.tokens().issue(Actor.ops("ops-alerts-it"));
        browser = Chromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldTellOpsOfAnEscalationOnceWithALinkThatOpensTheJob() throws Exception {
        replay(mention("late_it", "no hippo at kohinoor general stores janakpuri since 3 days #hippokahaan", Instant.now().minus(Duration.ofDays(3))));

        // Other classes' jobs share the webhook: this one is told apart by its outlet.
        String escalation = await().atMost(PATIENCE).until(() -> posted.stream()
                .filter(text -> text.contains("is escalated") && text.contains("Kohinoor")).findFirst(), found -> found.isPresent()).orElseThrow();
        Matcher link = LINK.matcher(escalation);
        assertThat(link.find()).as("a link to the job in %s", escalation).isTrue();
        long job = Long.parseLong(link.group(2));
        assertThat(escalation).contains("Restock job " + job + " is escalated", "Kohinoor General Stores");
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

    private static String mention(String handle, String text, Instant at) throws IOException {
        ObjectNode author = JSON.createObjectNode().put("id", "u-" + handle).put("handle", handle).put("display_name", handle)
                .put("location", "Delhi").put("followers", 10);
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
