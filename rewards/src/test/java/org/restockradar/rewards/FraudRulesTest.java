package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FraudRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    /** Limits far from every case below unless a test tightens one. */
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 20, 3, 3, Duration.ofHours(24), 10,
            Duration.ofMinutes(10), 4, 2, 50);

    private final List<ReporterFacts.Report> reports = new ArrayList<>();
    private int next;

    private void report(String outlet, String city, Instant at, long job, String status, String failure) {
        reports.add(new ReporterFacts.Report("m-" + next++, job, outlet, city, at, status, failure));
    }

    private void report(String outlet, String city, Instant at, long job) {
        report(outlet, city, at, job, "verified", null);
    }

    private List<String> reasons(FraudLimits limits, long job, String city) {
        return new FraudRules(limits).reasons(new ReporterFacts("x:u-1", T0.minus(Duration.ofDays(300)), reports), job, city);
    }

    @Test
    void shouldHoldNobodyForAnOrdinaryHistory() {
        for (int i = 0; i < 5; i++) {
            report("OUT-" + i, "Pune", T0.plus(Duration.ofDays(i)), i + 1);
        }
        assertThat(reasons(LOOSE, 5, "Pune")).isEmpty();
    }

    @Test
    void shouldHoldAReporterPastTheRateLimitWithinAnyWindow() {
        FraudLimits limits = new FraudLimits(Duration.ofHours(1), 3, 10, 3, Duration.ofHours(1), 100, Duration.ofSeconds(1), 100, 2, 50);
        report("A", "Pune", T0, 1);
        report("B", "Pune", T0.plus(Duration.ofMinutes(20)), 2);
        report("C", "Pune", T0.plus(Duration.ofMinutes(40)), 3);
        assertThat(reasons(limits, 3, "Pune")).as("three within the hour is the limit").isEmpty();

        report("D", "Pune", T0.plus(Duration.ofMinutes(59)), 4);
        assertThat(reasons(limits, 4, "Pune")).singleElement().asString().startsWith("rate: 4 reports within 1 h");
    }

    @Test
    void shouldHoldAReporterWhoReportsOneOutletTooOften() {
        FraudLimits limits = new FraudLimits(Duration.ofHours(24), 100, 2, 3, Duration.ofSeconds(1), 100, Duration.ofSeconds(1), 100, 2, 50);
        report("MUM-0001", "Mumbai", T0, 1);
        report("MUM-0001", "Mumbai", T0.plus(Duration.ofHours(2)), 2);
        report("MUM-0002", "Mumbai", T0.plus(Duration.ofHours(3)), 3);
        assertThat(reasons(limits, 3, "Mumbai")).isEmpty();

        report("MUM-0001", "Mumbai", T0.plus(Duration.ofHours(4)), 4);
        assertThat(reasons(limits, 4, "Mumbai")).singleElement().asString().contains("3 reports on outlet MUM-0001");
    }

    @Test
    void shouldHoldAReportFarFromTheUsualCity() {
        report("A", "Pune", T0, 1);
        report("B", "Pune", T0.plus(Duration.ofDays(1)), 2);
        report("C", "pune", T0.plus(Duration.ofDays(2)), 3);
        report("X", "Manila", T0.plus(Duration.ofDays(3)), 4);
        assertThat(reasons(LOOSE, 3, "Pune")).as("a report at home").isEmpty();
        assertThat(reasons(LOOSE, 4, "Manila")).singleElement().asString()
                .isEqualTo("far from usual area: a report in Manila, usually pune (3 of 3 reports)");
    }

    @Test
    void shouldNotJudgeTheAreaOfAReporterWithTooFewReports() {
        report("A", "Pune", T0, 1);
        report("B", "Pune", T0.plus(Duration.ofDays(1)), 2);
        report("X", "Manila", T0.plus(Duration.ofDays(3)), 3);
        assertThat(reasons(LOOSE, 3, "Manila")).isEmpty();
    }

    @Test
    void shouldHoldABrandNewAccountThatReportsALot() {
        FraudLimits limits = new FraudLimits(Duration.ofDays(30), 100, 100, 3, Duration.ofHours(24), 2, Duration.ofSeconds(1), 100, 2, 50);
        Instant created = T0;
        List<ReporterFacts.Report> own = List.of(
                new ReporterFacts.Report("m-1", 1, "A", "Pune", created.plus(Duration.ofHours(1)), "verified", null),
                new ReporterFacts.Report("m-2", 2, "B", "Pune", created.plus(Duration.ofHours(2)), "verified", null),
                new ReporterFacts.Report("m-3", 3, "C", "Pune", created.plus(Duration.ofHours(3)), "verified", null));
        assertThat(new FraudRules(limits).reasons(new ReporterFacts("x:u-1", created, own), 3, "Pune"))
                .singleElement().asString().startsWith("new account: 3 reports within 24 h");
        assertThat(new FraudRules(limits).reasons(new ReporterFacts("x:u-1", created.minus(Duration.ofDays(2)), own), 3, "Pune"))
                .as("the same reports from an account two days old").isEmpty();
    }

    @Test
    void shouldHoldABurstOfOutletsWithinMinutes() {
        report("A", "Pune", T0, 1);
        report("B", "Pune", T0.plus(Duration.ofMinutes(2)), 2);
        report("C", "Pune", T0.plus(Duration.ofMinutes(4)), 3);
        report("D", "Pune", T0.plus(Duration.ofMinutes(6)), 4);
        report("E", "Pune", T0.plus(Duration.ofMinutes(30)), 5);
        assertThat(reasons(LOOSE, 5, "Pune")).as("four outlets in ten minutes is the limit").isEmpty();

        report("F", "Pune", T0.plus(Duration.ofMinutes(8)), 6);
        assertThat(reasons(LOOSE, 6, "Pune")).singleElement().asString().startsWith("burst: 5 outlets within 10 min");
    }

    @Test
    void shouldHoldAReporterWhoseJobsKeepEndingShelfFull() {
        report("A", "Pune", T0, 1, "failed", "shelf_full");
        report("B", "Pune", T0.plus(Duration.ofDays(1)), 2, "verified", null);
        report("C", "Pune", T0.plus(Duration.ofDays(2)), 3, "verified", null);
        report("D", "Pune", T0.plus(Duration.ofDays(3)), 4, "failed", "outlet_closed");
        assertThat(reasons(LOOSE, 3, "Pune")).as("one shelf-full ending is below the minimum").isEmpty();

        report("E", "Pune", T0.plus(Duration.ofDays(4)), 5, "failed", "shelf_full");
        assertThat(reasons(LOOSE, 5, "Pune")).as("2 of 5 closed jobs is under half").isEmpty();

        report("F", "Pune", T0.plus(Duration.ofDays(5)), 6, "failed", "shelf_full");
        assertThat(reasons(LOOSE, 6, "Pune")).singleElement().asString().isEqualTo("shelf was full: 3 of 6 closed jobs (limit 2 and 50 %)");
    }
}
