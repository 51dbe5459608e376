package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.HangingTransactions.OpenTransaction;
import org.restockradar.embedded.testing.MutableClock;

final class HangingTransactionsTest {
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);
    private static final TopicPartition REPORTS_1 = new TopicPartition("stockout-reports", 1);
    private static final TopicPartition REPORTS_2 = new TopicPartition("stockout-reports", 2);
    private static final OpenTransaction OPEN_ON_1 = new OpenTransaction(REPORTS_1, 4, 24, 3, 123);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private final HangingTransactions detector = new HangingTransactions(null, MAX_TIMEOUT, clock);

    @Test
    void shouldCallATransactionHangingWhenItsCoordinatorDoesNotListItsPartition() {
        TransactionDescription laterTransaction = description(TransactionState.ONGOING, 31, Set.of(REPORTS_2));
        TransactionDescription completed = description(TransactionState.COMPLETE_COMMIT, 31, Set.of());

        assertThat(HangingTransactions.isHanging(OPEN_ON_1, Optional.of(laterTransaction))).isTrue();
        assertThat(HangingTransactions.isHanging(OPEN_ON_1, Optional.of(completed))).isTrue();
    }

    @Test
    void shouldCallATransactionHangingWhenNoCoordinatorKnowsItsProducer() {
        assertThat(HangingTransactions.isHanging(OPEN_ON_1, Optional.empty())).isTrue();
    }

    @Test
    void shouldLeaveATransactionWhoseCoordinatorStillListsThePartition() {
        // Ongoing, or waiting for its markers: the coordinator will end it.
        for (TransactionState state : List.of(TransactionState.ONGOING, TransactionState.PREPARE_ABORT,
                TransactionState.PREPARE_COMMIT)) {
            assertThat(HangingTransactions.isHanging(OPEN_ON_1, Optional.of(description(state, 24, Set.of(REPORTS_1)))))
                    .as(state.toString()).isFalse();
        }
    }

    @Test
    void shouldConsiderATransactionOnlyOnceSeenOpenForLongerThanTheLongestTheBrokerAllows() {
        assertThat(detector.openLongerThanAllowed(List.of(OPEN_ON_1))).isEmpty();

        clock.advance(MAX_TIMEOUT);
        assertThat(detector.openLongerThanAllowed(List.of(OPEN_ON_1))).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(detector.openLongerThanAllowed(List.of(OPEN_ON_1))).containsExactly(OPEN_ON_1);
    }

    @Test
    void shouldCountAgainWhenTheOpenTransactionOnThePartitionIsAnotherOne() {
        detector.openLongerThanAllowed(List.of(OPEN_ON_1));
        clock.advance(MAX_TIMEOUT.plusSeconds(1));
        // The transaction seen first ended meanwhile; the producer's next one began at a later offset.
        OpenTransaction next = new OpenTransaction(REPORTS_1, 4, 25, 3, 140);

        assertThat(detector.openLongerThanAllowed(List.of(next))).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(detector.openLongerThanAllowed(List.of(next, OPEN_ON_1))).isEmpty();
    }

    @Test
    void shouldLookAQuarterOfTheLongestTransactionApartWithinOneAndThirtySeconds() {
        assertThat(HangingTransactionGuard.interval(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(30));
        assertThat(HangingTransactionGuard.interval(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(5));
        assertThat(HangingTransactionGuard.interval(Duration.ofMillis(2_000))).isEqualTo(Duration.ofSeconds(1));
    }

    private static TransactionDescription description(TransactionState state, int epoch, Set<TopicPartition> partitions) {
        return new TransactionDescription(1, state, 4, epoch, 10_000, OptionalLong.of(0), partitions);
    }
}
