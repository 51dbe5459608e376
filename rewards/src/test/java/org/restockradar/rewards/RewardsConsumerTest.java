package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.embedded.testing.TestPostgres;
import org.slf4j.LoggerFactory;

/** The rewards consumer's handler on one record, without a broker: what the consumer loop sees it take or throw. */
final class RewardsConsumerTest {
    private static final Deserializer<JobEvent> EVENTS = Topics.JOB_EVENTS.valueSerde().deserializer();
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);

    /** A ledger whose database is away: a record that reaches it throws, as the loop would see it and retry. */
    private final Ledger ledger = new Ledger(TestPostgres.unreachable(), Clock.systemUTC(), new FraudRules(LOOSE), 10, 4);
    private final Logger logger = (Logger) LoggerFactory.getLogger(RewardsConsumer.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void shouldLogARecordWithoutAValueWithItsPositionAndPassItWithoutTouchingTheLedger() {
        ConsumerRecord<String, byte[]> tombstone = new ConsumerRecord<>(Topics.JOB_EVENTS.name(), 3, 41L, "17", null);

        // Returning is what tells the loop the record is taken; a throw would have it offered again, forever.
        RewardsConsumer.handle(tombstone, EVENTS, ledger);

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().isGreaterOrEqual(Level.WARN)).as(event.getLevel().toString()).isTrue();
            assertThat(event.getFormattedMessage()).contains(Topics.JOB_EVENTS.name() + "-3@41");
        });
    }

    @Test
    void shouldLeaveAVerifiedEventForTheLoopToOfferAgainWhileTheLedgerIsAway() {
        JobEvent verified = new JobEvent("5b0c7e4e-2f6a-4c39-9d7e-1a2b3c4d5e6f", 17, JobEvent.Kind.STATUS_CHANGED, "restocked", "verified",
                "crew-a", "ops-meera", "ops", null, Map.of(), Instant.parse("2026-11-20T10:00:00Z"));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.JOB_EVENTS.name(), 3, 42L, "17",
                Topics.JOB_EVENTS.valueSerde().serializer().serialize(Topics.JOB_EVENTS.name(), verified));

        assertThatThrownBy(() -> RewardsConsumer.handle(record, EVENTS, ledger)).isInstanceOf(StoreUnavailableException.class);
        assertThat(log.list).as("nothing skipped").isEmpty();
    }
}
