package org.restockradar.dispatch.needslocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Topics;

/** The intake's own rules, before the store: what is not a report never reaches the database. */
final class NeedsLocationIntakeTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TOPIC = Topics.NEEDS_LOCATION.name();

    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // a data source that was never given a server: a record that reached the store would fail the test
    private final NeedsLocationIntake intake = new NeedsLocationIntake(
            new NeedsLocationStore(new PGSimpleDataSource(), report -> {
                throw new AssertionError("nothing may be recorded");
            }, Clock.systemUTC()),
            deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);

    @Test
    void shouldDeadLetterAnUndecodableRecordWithTheReason() {
        intake.handle(new ConsumerRecord<>(TOPIC, 1, 42L, "k", "{not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).startsWith("cannot decode: ");
            assertThat(letter.offset()).isEqualTo(42L);
        });
        assertThat(meters.counter("dispatch.needs_location", "outcome", "dead_lettered").count()).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterATombstoneAsNoReport() {
        intake.handle(new ConsumerRecord<>(TOPIC, 0, 7L, "k", null));

        assertThat(deadLetters).singleElement().satisfies(letter ->
                assertThat(letter.reason()).isEqualTo("no value (tombstone) where a stock-out report was expected"));
    }
}
