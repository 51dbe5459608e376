package org.restockradar.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.restockradar.access.Actor;

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
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern LINK = Pattern.compile("<(http[^|>]+)\\|Open job (\\d+) on the ops page>");

    private BrowserSession session;
    private ChromeDriver browser;
    private List<String> posted;
    private String opsToken;

    @BeforeAll
    void signIn(SharedSystem.Running shared, BrowserSession session) {
        this.session = session;
        browser = session.browser();
        posted = shared.alerts();
        opsToken = session.token(Actor.ops("ops-alerts-it"));
    }

    @Test
    void shouldTellOpsOfAnEscalationOnceWithALinkThatOpensTheJob() throws Exception {
        session.replayAsIs(List.of(session.mention("late_it", "no hippo at kohinoor general stores janakpuri since 3 days #hippokahaan", "Delhi",
                Instant.now().minus(Duration.ofDays(3)))));

        // Other classes' jobs share the webhook: this one is told apart by its outlet.
        String escalation = await().atMost(PATIENCE).until(() -> posted.stream()
                .filter(text -> text.contains("is escalated") && text.contains("Kohinoor")).findFirst(), found -> found.isPresent()).orElseThrow();
        Matcher link = LINK.matcher(escalation);
        assertThat(link.find()).as("a link to the job in %s", escalation).isTrue();
        long job = Long.parseLong(link.group(2));
        assertThat(escalation).contains("Restock job " + job + " is escalated", "Kohinoor General Stores");
        assertThat(link.group(1)).isEqualTo(session.base() + "/?job=" + job);

        browser.get("about:blank");
        browser.get(link.group(1) + "#token=" + opsToken);
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("#job-" + job + "-detail .notified")),
                        e -> e.getText().contains("Ops told by webhook: escalated, sent") && e.getText().contains("Ops told by webhook: sla breach, sent"));
        assertThat(browser.findElement(By.id("job-" + job)).getAttribute("aria-expanded")).isEqualTo("true");
        session.ui().screenshot("ops-alerted-job.png");

        // Told once per event: the escalation and the breach, each one post, however long the sweep runs on.
        assertThat(posted).filteredOn(text -> text.contains("Restock job " + job + " is escalated")).hasSize(1);
        assertThat(posted).filteredOn(text -> text.contains("Restock job " + job + " is past its due time")).hasSize(1);
    }
}
