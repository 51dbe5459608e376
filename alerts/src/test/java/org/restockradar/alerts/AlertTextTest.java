package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;

final class AlertTextTest {
    private static final AlertText TEXT = new AlertText(URI.create("https://radar.example.test/"));
    private static final JobEvent ESCALATED = new JobEvent("e-1", 42, JobEvent.Kind.ESCALATED, null, "assigned", "crew-pune-1", "dispatch", "system",
            null, Map.of("due_at", "2026-12-06T10:00:00Z"), Instant.parse("2026-12-06T16:00:00Z"));

    @Test
    void shouldNameTheJobItsOutletAndProductAndLinkToTheOpsPage() {
        AlertText.Text text = TEXT.of(ESCALATED, new AlertText.JobFacts("Sharma General Store", "Kothrud", "Pune", "Hippo", "HIPPO-CHIPS-50G"));

        assertThat(text.subject()).isEqualTo("Restock job 42 is escalated: ops are asked to step in — Hippo HIPPO-CHIPS-50G at Sharma General Store (Kothrud, Pune)");
        assertThat(text.body()).contains("Status: assigned; crew: crew-pune-1", "Due: 2026-12-06T10:00:00Z", "e-1");
        assertThat(text.link()).isEqualTo("https://radar.example.test/?job=42");
    }

    @Test
    void shouldSayWhenTheJobIsNotKnownYet() {
        AlertText.Text text = TEXT.of(ESCALATED, AlertText.JobFacts.UNKNOWN);

        assertThat(text.subject()).isEqualTo("Restock job 42 is escalated: ops are asked to step in");
        assertThat(text.body()).startsWith("Job 42 (its outlet and product are not known to alerts yet)");
    }

    @Test
    void shouldAddTheJobToALinkThatHasAQueryAlready() {
        assertThat(new AlertText(URI.create("https://radar.example.test/?view=queue")).link(7)).isEqualTo("https://radar.example.test/?view=queue&job=7");
    }
}
