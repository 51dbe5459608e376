package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.rewards.RewardsFixture.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Gift runs on a real PostgreSQL with an injected clock: the minimum, the cap per reporter, the budget, holds, the notes, the statuses. */
@Tag("integration")
final class GiftsIT {
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);

    private final RewardsFixture db = new RewardsFixture();
    private final Ledger ledger = new Ledger(db.database, db.clock, new FraudRules(LOOSE), 10, 4);

    @AfterEach
    void close() {
        db.close();
    }

    private Gifts gifts(int min, int cap, long budget, long cost) {
        return new Gifts(db.database, db.clock, new GiftRules(Duration.ofDays(7), min, cap, Duration.ofDays(7), budget, cost, "hamper"));
    }

    /** One verified report by the account at its own outlet, restocked 5 hours after it was reported. */
    private long verifiedReport(String account, String outlet) {
        long job = db.report(account, outlet, "Pune", "HIPPO-PERI-PERI", db.clock.instant());
        db.verify(job, Duration.ofHours(5));
        ledger.record(db.last(job));
        return job;
    }

    @Test
    void shouldQueueGiftsForReportersWithEnoughVerifiedReportsMostFirstWithinTheBudget() {
        for (int i = 0; i < 3; i++) {
            verifiedReport("top", "TOP-" + i);
        }
        verifiedReport("mid", "MID-1");
        verifiedReport("mid", "MID-2");
        verifiedReport("low", "LOW-1");
        verifiedReport("also", "ALSO-1");
        verifiedReport("also", "ALSO-2");

        List<Gift> queued = gifts(2, 1, 100_000, 50_000).run();

        assertThat(queued).as("two gifts fit the budget; 'mid' ties 'also' and was verified first; 'low' has one report")
                .extracting(Gift::reporterId).containsExactly("x:top", "x:mid");
        assertThat(queued.get(0).verifiedReports()).isEqualTo(3);
        assertThat(queued.get(0).note()).isEqualTo("Thank you, top_h! Your 3 verified reports got shelves restocked: "
                + "Hippo Peri Peri at Shop TOP-0, Kothrud (restocked in 5 hours); Hippo Peri Peri at Shop TOP-1, Kothrud (restocked in 5 hours); "
                + "Hippo Peri Peri at Shop TOP-2, Kothrud (restocked in 5 hours).");
        assertThat(queued.get(0).contactChannel()).isEqualTo("x:top_h");
        assertThat(queued.get(0).status()).isEqualTo(GiftStatus.QUEUED);
        assertThat(gifts(2, 1, 100_000, 50_000).list(GiftFilter.all(), 100)).hasSize(2);
    }

    @Test
    void shouldQueueNobodyTwiceWithinTheCapWindowAndAgainAfterIt() {
        verifiedReport("asha", "OUT-1");
        verifiedReport("asha", "OUT-2");
        Gifts gifts = gifts(2, 1, 1_000_000, 50_000);

        assertThat(gifts.run()).hasSize(1);
        db.clock.advance(Duration.ofHours(1));
        assertThat(gifts.run()).as("a second run in the same week").isEmpty();

        db.clock.advance(Duration.ofDays(7));
        verifiedReport("asha", "OUT-3");
        verifiedReport("asha", "OUT-4");
        assertThat(gifts.run()).as("next week, with two new verified reports").singleElement()
                .satisfies(gift -> assertThat(gift.verifiedReports()).isEqualTo(2));
    }

    @Test
    void shouldCountOnlyReportsVerifiedWithinThePeriod() {
        verifiedReport("asha", "OUT-1");
        db.clock.advance(Duration.ofDays(8));
        verifiedReport("asha", "OUT-2");

        assertThat(gifts(2, 1, 1_000_000, 50_000).run()).as("the first verification is older than a week").isEmpty();
        assertThat(gifts(1, 1, 1_000_000, 50_000).run()).singleElement().satisfies(gift -> assertThat(gift.verifiedReports()).isEqualTo(1));
    }

    @Test
    void shouldLeaveOutHeldReportersUntilReleased() {
        Ledger strict = new Ledger(db.database, db.clock, new FraudRules(new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000,
                Duration.ofSeconds(1), 1000, Duration.ofMinutes(10), 1, 1000, 100)), 10, 4);
        for (String outlet : List.of("OUT-1", "OUT-2")) {
            long job = db.report("spree", outlet, "Pune", null, T0);
            db.verify(job, Duration.ofHours(1));
            strict.record(db.last(job));
        }
        Gifts gifts = gifts(2, 1, 1_000_000, 50_000);
        assertThat(strict.holds()).hasSize(1);
        assertThat(gifts.run()).isEmpty();

        strict.release("x:spree", "meera-ops");
        assertThat(gifts.run()).extracting(Gift::reporterId).containsExactly("x:spree");
    }

    @Test
    void shouldSpendNothingWithAZeroBudget() {
        verifiedReport("asha", "OUT-1");
        assertThat(gifts(1, 1, 0, 50_000).run()).isEmpty();
    }

    @Test
    void shouldMoveGiftsOnlyByAllowedStepsAndFilterThem() {
        verifiedReport("asha", "OUT-1");
        verifiedReport("ravi", "OUT-2");
        Gifts gifts = gifts(1, 1, 1_000_000, 50_000);
        List<Long> ids = gifts.run().stream().map(Gift::id).toList();

        assertThat(gifts.moveTo(ids, GiftStatus.SHIPPED)).isEqualTo(2);
        assertThatThrownBy(() -> gifts.moveTo(ids, GiftStatus.ADDRESS_REQUESTED)).as("never back")
                .isInstanceOf(GiftMoveRefusedException.class).hasMessageContaining("is shipped");
        assertThat(gifts.moveTo(List.of(ids.get(0)), GiftStatus.DELIVERED)).isEqualTo(1);
        assertThatThrownBy(() -> gifts.moveTo(ids, GiftStatus.SHIPPED)).as("one is past it: none moves")
                .isInstanceOf(GiftMoveRefusedException.class).hasMessageContaining("gift " + ids.get(0) + " is delivered");
        assertThat(gifts.moveTo(List.of(ids.get(1)), GiftStatus.SHIPPED)).as("already there: left as it is").isZero();

        assertThat(gifts.list(new GiftFilter(null, null, null, null, GiftStatus.SHIPPED), 100)).extracting(Gift::id).containsExactly(ids.get(1));
        assertThat(gifts.count(new GiftFilter(null, null, "hippo", "PUNE", null))).isEqualTo(2);
        assertThat(gifts.count(new GiftFilter(null, null, "Biskoot", null, null))).isZero();
        assertThat(gifts.count(new GiftFilter(db.clock.instant().plusSeconds(1), null, null, null, null))).isZero();
        assertThat(gifts.count(new GiftFilter(null, db.clock.instant().plusSeconds(1), null, null, null))).isEqualTo(2);
    }
}
