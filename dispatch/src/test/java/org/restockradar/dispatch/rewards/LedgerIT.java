package org.restockradar.dispatch.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.rewards.RewardsFixture.T0;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.workflow.FailureReason;

/** The ledger on a real PostgreSQL: credits once per job and reporter, sums that match the verified jobs, holds and releases. */
@Tag("integration")
final class LedgerIT {
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);
    private static final int FIRST = 10;
    private static final int LATER = 4;

    /** What the verified jobs imply: the first reporter's credit plus a later credit per other distinct reporter, per job. */
    private static final String IMPLIED_SUM = """
            SELECT coalesce(sum(? + ? * (reporters - 1)), 0) FROM (
                SELECT j.id, count(DISTINCT (r.source, r.reporter_id)) AS reporters
                FROM restock_job j JOIN stockout_report r ON r.job_id = j.id WHERE j.status = 'verified' GROUP BY j.id) v
            """.replaceFirst("\\?", Integer.toString(FIRST)).replaceFirst("\\?", Integer.toString(LATER));

    private final RewardsFixture db = new RewardsFixture();

    @AfterEach
    void close() {
        db.close();
    }

    private Ledger ledger(FraudLimits limits) {
        return new Ledger(db.database, db.clock, new FraudRules(limits), FIRST, LATER);
    }

    @Test
    void shouldCreditTheFirstReporterMoreAndEachReporterOncePerJob() {
        long job = db.report("asha", "OUT-1", "Pune", "HIPPO-CHIPS", T0);
        db.report("ravi", "OUT-1", "Pune", "HIPPO-CHIPS", T0.plusSeconds(60));
        db.report("asha", "OUT-1", "Pune", "HIPPO-CHIPS", T0.plusSeconds(120));
        db.report("meera", "OUT-1", "Pune", "HIPPO-CHIPS", T0.plusSeconds(180));
        db.verify(job, Duration.ofHours(3));
        Ledger ledger = ledger(LOOSE);

        assertThat(ledger.credit(job, "event-1", db.clock.instant())).isEqualTo(3);
        assertThat(ledger.credit(job, "event-1", db.clock.instant())).as("the same event again").isZero();
        assertThat(ledger.credit(job, "event-2", db.clock.instant())).as("another event of the same verification").isZero();

        assertThat(ledger.entries(null, null, null, 100)).extracting(e -> e.reporterId() + " " + e.rank() + " " + e.amount() + " " + e.held())
                .containsExactly("x:asha first 10 false", "x:ravi later 4 false", "x:meera later 4 false");
        assertThat(ledger.reporters(null, null, null, null, 100)).extracting(ReporterSummary::reporterId, ReporterSummary::credits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x:asha", 10L), org.assertj.core.groups.Tuple.tuple("x:meera", 4L),
                        org.assertj.core.groups.Tuple.tuple("x:ravi", 4L));
    }

    @Test
    void shouldCreditNobodyForAJobThatIsNotVerified() {
        long job = db.report("asha", "OUT-1", "Pune", null, T0);
        db.restock(job, Duration.ofHours(1));

        assertThat(ledger(LOOSE).credit(job, "event-1", db.clock.instant())).isZero();
        assertThat(ledger(LOOSE).entries(null, null, null, 100)).isEmpty();
    }

    @Test
    void shouldKeepTheSumsEqualToWhatVerifiedJobsImplyUnderConcurrentRedelivery() throws Exception {
        Random random = new Random(42);
        List<Long> verified = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long job = db.report("r" + random.nextInt(8), "OUT-" + i, "Pune", null, T0.plusSeconds(i * 60L));
            int more = random.nextInt(4);
            for (int k = 0; k < more; k++) {
                db.report("r" + random.nextInt(8), "OUT-" + i, "Pune", null, T0.plusSeconds(i * 60L + k + 1));
            }
            if (i % 4 == 3) {
                db.fail(job, FailureReason.OUTLET_CLOSED);
            } else {
                db.verify(job, Duration.ofMinutes(30));
                verified.add(job);
            }
        }
        Ledger ledger = ledger(LOOSE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                List<Long> order = new ArrayList<>(verified);
                order.addAll(verified);
                Collections.shuffle(order, new Random(run));
                runs.add(() -> order.stream().mapToInt(job -> ledger.credit(job, "event-of-" + job, T0)).sum());
            }
            int written = 0;
            for (Future<Integer> result : pool.invokeAll(runs)) {
                written += result.get();
            }
            long implied = db.queryLong(IMPLIED_SUM);
            assertThat(implied).isPositive();
            assertThat(db.queryLong("SELECT sum(amount) FROM reward_ledger WHERE kind = 'credit'")).isEqualTo(implied);
            assertThat((long) written).isEqualTo(db.queryLong("SELECT count(*) FROM reward_ledger"))
                    .isEqualTo(db.queryLong("SELECT count(DISTINCT (job_id, source, reporter_id)) FROM stockout_report r "
                            + "JOIN restock_job j ON j.id = r.job_id WHERE j.status = 'verified'"));
            assertThat(db.queryLong("SELECT count(*) FROM reward_ledger WHERE rank = 'first'")).isEqualTo(verified.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseToChangeOrDeleteLedgerEntries() throws SQLException {
        long job = db.report("asha", "OUT-1", "Pune", null, T0);
        db.verify(job, Duration.ofHours(1));
        ledger(LOOSE).credit(job, "event-1", db.clock.instant());

        assertThatThrownBy(() -> db.execute("UPDATE reward_ledger SET amount = 1000")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("DELETE FROM reward_ledger")).hasMessageContaining("append-only");
        assertThat(db.queryLong("SELECT sum(amount) FROM reward_ledger")).isEqualTo(FIRST);
    }

    @Test
    void shouldHoldAFlaggedReporterWithTheReasonAndReleaseTheirCreditsOnce() {
        // Three outlets within minutes, where two is the limit.
        FraudLimits burst = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000, Duration.ofMinutes(10), 2, 1000, 100);
        Ledger ledger = ledger(burst);
        List<Long> jobs = List.of(db.report("spree", "OUT-1", "Pune", null, T0), db.report("spree", "OUT-2", "Pune", null, T0.plusSeconds(60)),
                db.report("spree", "OUT-3", "Pune", null, T0.plusSeconds(120)));
        long honest = db.report("asha", "OUT-9", "Pune", null, T0);
        for (long job : jobs) {
            db.verify(job, Duration.ofHours(1));
            ledger.credit(job, "event-" + job, db.clock.instant());
        }
        db.verify(honest, Duration.ofHours(1));
        ledger.credit(honest, "event-" + honest, db.clock.instant());

        assertThat(ledger.holds()).singleElement().satisfies(hold -> {
            assertThat(hold.reporterId()).isEqualTo("x:spree");
            assertThat(hold.reason()).isEqualTo("burst: 3 outlets within 10 min (limit 2)");
            assertThat(hold.heldCredits()).isEqualTo(FIRST * 3L);
        });
        assertThat(ledger.entries("x:spree", null, null, 100)).allSatisfy(entry -> {
            assertThat(entry.held()).isTrue();
            assertThat(entry.holdReason()).startsWith("burst:");
        });
        assertThat(ledger.reporters(null, null, null, null, 100)).filteredOn(r -> r.reporterId().equals("x:spree")).singleElement()
                .satisfies(r -> assertThat(r.flagReason()).startsWith("burst:"));

        assertThat(ledger.release("x:spree", "meera-ops")).contains(3);
        assertThat(ledger.release("x:spree", "meera-ops")).as("no longer held").isEmpty();
        assertThat(ledger.release("x:asha", "meera-ops")).as("never held").isEmpty();
        assertThat(ledger.holds()).isEmpty();
        assertThat(ledger.reporters(null, null, null, null, 100)).filteredOn(r -> r.reporterId().equals("x:spree")).singleElement()
                .satisfies(r -> {
                    assertThat(r.credits()).isEqualTo(FIRST * 3L);
                    assertThat(r.heldCredits()).isZero();
                    assertThat(r.flagged()).isFalse();
                });
        assertThat(ledger.entries("x:spree", null, null, 100)).filteredOn(e -> e.kind().equals("release")).hasSize(3)
                .allSatisfy(e -> assertThat(e.cause()).isEqualTo("released by meera-ops"));

        // After the release the rules look only at what the reporter does next: one quiet report is not a burst.
        db.clock.advance(Duration.ofDays(1));
        long later = db.report("spree", "OUT-4", "Pune", null, db.clock.instant());
        db.verify(later, Duration.ofHours(1));
        ledger.credit(later, "event-" + later, db.clock.instant());
        assertThat(ledger.entries("x:spree", null, null, 100)).filteredOn(e -> e.jobId() == later).singleElement()
                .satisfies(e -> assertThat(e.held()).isFalse());
    }

    @Test
    void shouldHoldTheReporterOfJobsThatKeepEndingShelfFull() {
        Ledger ledger = ledger(new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000, Duration.ofSeconds(1),
                1000, 2, 50));
        long first = db.report("cry-wolf", "OUT-1", "Pune", null, T0);
        long second = db.report("cry-wolf", "OUT-2", "Pune", null, T0.plus(Duration.ofDays(1)));
        db.fail(first, FailureReason.SHELF_FULL);
        assertThat(ledger.check(first)).isZero();
        db.fail(second, FailureReason.SHELF_FULL);
        assertThat(ledger.check(second)).isEqualTo(1);

        assertThat(ledger.holds()).singleElement().satisfies(hold -> assertThat(hold.reason()).startsWith("shelf was full: 2 of 2"));
    }
}
