package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.rewards.RewardsFixture.T0;

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
import org.restockradar.contracts.JobEvent;

/**
 * The ledger on a real PostgreSQL, fed job events as dispatch publishes them: credits once per job and reporter, each
 * event handled once by its id, sums that match the verified jobs, holds and releases.
 */
@Tag("integration")
final class LedgerIT {
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);
    private static final int FIRST = 10;
    private static final int LATER = 4;

    /** What the verified jobs imply: the first reporter's credit plus a later credit per other distinct reporter, per job. */
    private static final String IMPLIED_SUM = """
            SELECT coalesce(sum(? + ? * (reporters - 1)), 0) FROM (
                SELECT j.job_id, count(DISTINCT (r.source, r.reporter_id)) AS reporters
                FROM job j JOIN job_report r ON r.job_id = j.job_id WHERE j.status = 'verified' GROUP BY j.job_id) v
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

        JobEvent verified = db.last(job);
        assertThat(ledger.record(verified)).isEqualTo(3);
        assertThat(ledger.record(verified)).as("the same event again").isZero();
        assertThat(ledger.record(withId(verified, "0b7f6a1e-6f0c-4b8e-9a51-2c3d4e5f6a7b"))).as("another event of the same verification")
                .isZero();

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

        assertThat(db.recordAll(ledger(LOOSE), job)).isZero();
        assertThat(ledger(LOOSE).entries(null, null, null, 100)).isEmpty();
    }

    @Test
    void shouldCreditNobodyForAVerificationWithoutTheJobsFacts() {
        long job = db.report("asha", "OUT-1", "Pune", null, T0);
        db.verify(job, Duration.ofHours(1));
        JobEvent verified = db.last(job);
        // As published before events carried the job: rewards cannot know whom to credit.
        JobEvent bare = new JobEvent(verified.eventId(), job, verified.kind(), verified.fromStatus(), verified.toStatus(), verified.crewId(),
                verified.actor(), verified.actorRole(), null, verified.detail(), verified.occurredAt());

        assertThat(ledger(LOOSE).record(bare)).isZero();
        assertThat(ledger(LOOSE).entries(null, null, null, 100)).isEmpty();
    }

    @Test
    void shouldEndInTheSameLedgerWhenEveryEventIsReplayedInAnyOrder() throws SQLException {
        Ledger ledger = ledger(LOOSE);
        for (int i = 0; i < 6; i++) {
            long job = db.report("r" + (i % 3), "OUT-" + i, "Pune", null, T0.plusSeconds(i * 60L));
            db.report("r" + ((i + 1) % 3), "OUT-" + i, "Pune", null, T0.plusSeconds(i * 60L + 5));
            if (i % 3 == 2) {
                db.fail(job, "shelf_full");
            } else {
                db.verify(job, Duration.ofMinutes(30));
            }
        }
        db.events().forEach(ledger::record);
        long entries = db.queryLong("SELECT count(*) FROM reward_ledger");
        long sum = db.queryLong("SELECT sum(amount) FROM reward_ledger");
        long handled = db.queryLong("SELECT count(*) FROM handled_event");
        assertThat(entries).isEqualTo(8);

        // The whole topic again, as a new consumer group reads it, then shuffled, as after rebalances.
        assertThat(db.events().stream().mapToInt(ledger::record).sum()).isZero();
        List<JobEvent> shuffled = new ArrayList<>(db.events());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled.stream().mapToInt(ledger::record).sum()).isZero();

        assertThat(db.queryLong("SELECT count(*) FROM reward_ledger")).isEqualTo(entries);
        assertThat(db.queryLong("SELECT sum(amount) FROM reward_ledger")).isEqualTo(sum);
        assertThat(db.queryLong("SELECT count(*) FROM handled_event")).isEqualTo(handled).isEqualTo(db.events().size());
        assertThat(db.queryLong("SELECT count(*) FROM job_report")).isEqualTo(12);
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
                db.fail(job, "outlet_closed");
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
                runs.add(() -> order.stream().mapToInt(job -> ledger.record(db.last(job))).sum());
            }
            int written = 0;
            for (Future<Integer> result : pool.invokeAll(runs)) {
                written += result.get();
            }
            long implied = db.queryLong(IMPLIED_SUM);
            assertThat(implied).isPositive();
            assertThat(db.queryLong("SELECT sum(amount) FROM reward_ledger WHERE kind = 'credit'")).isEqualTo(implied);
            assertThat((long) written).isEqualTo(db.queryLong("SELECT count(*) FROM reward_ledger"))
                    .isEqualTo(db.queryLong("SELECT count(DISTINCT (r.job_id, source, r.reporter_id)) FROM job_report r "
                            + "JOIN job j ON j.job_id = r.job_id WHERE j.status = 'verified'"));
            assertThat(db.queryLong("SELECT count(*) FROM reward_ledger WHERE rank = 'first'")).isEqualTo(verified.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseToChangeOrDeleteLedgerEntries() throws SQLException {
        long job = db.report("asha", "OUT-1", "Pune", null, T0);
        db.verify(job, Duration.ofHours(1));
        ledger(LOOSE).record(db.last(job));

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
        }
        db.verify(honest, Duration.ofHours(1));
        // In the order published: the OPENED events of all three jobs come before the first verification, so the rules
        // see the burst when the first credit is written.
        db.events().forEach(ledger::record);

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

        assertThat(ledger.release("x:spree", "meera-ops")).map(Release::releasedCredits).contains(3);
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
        ledger.record(db.last(later));
        assertThat(ledger.entries("x:spree", null, null, 100)).filteredOn(e -> e.jobId() == later).singleElement()
                .satisfies(e -> assertThat(e.held()).isFalse());
    }

    @Test
    void shouldHoldTheReporterOfJobsThatKeepEndingShelfFull() {
        Ledger ledger = ledger(new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000, Duration.ofSeconds(1),
                1000, 2, 50));
        long first = db.report("cry-wolf", "OUT-1", "Pune", null, T0);
        long second = db.report("cry-wolf", "OUT-2", "Pune", null, T0.plus(Duration.ofDays(1)));
        db.fail(first, "shelf_full");
        db.recordAll(ledger, first);
        assertThat(ledger.holds()).isEmpty();
        db.fail(second, "shelf_full");
        db.recordAll(ledger, second);

        assertThat(ledger.holds()).singleElement().satisfies(hold -> assertThat(hold.reason()).startsWith("shelf was full: 2 of 2"));
    }

    private static JobEvent withId(JobEvent event, String id) {
        return new JobEvent(id, event.jobId(), event.kind(), event.fromStatus(), event.toStatus(), event.crewId(), event.actor(),
                event.actorRole(), event.reason(), event.detail(), event.occurredAt(), event.job(), event.reports());
    }
}
