package org.restockradar.dispatch.intake;

import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of every intake of a topic of events: decode a record with the catalogue's serde, or write it to
 * the dead-letter topic with the reason (undecodable, or a tombstone where an event was expected). Decoding touches
 * nothing outside, so whatever it throws is the record's fault. Sending the dead letter may throw: then the record
 * must be offered again, never skipped.
 *
 * @param <V> the topic's event type
 */
public final class DecodeOrDeadLetter<V> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeOrDeadLetter.class);

    private final Deserializer<V> values;
    private final String expected;
    private final DeadLetterSink deadLetters;
    private final Clock clock;
    private final Counter deadLettered;

    /**
     * @param expected     what a value is, for the tombstone reason ("a stock-out report")
     * @param deadLettered counted once per record written to the dead-letter topic
     */
    public DecodeOrDeadLetter(Topic<String, V> topic, String expected, DeadLetterSink deadLetters, Clock clock, Counter deadLettered) {
        this.values = topic.valueSerde().deserializer();
        this.expected = Objects.requireNonNull(expected, "expected");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadLettered = Objects.requireNonNull(deadLettered, "deadLettered");
    }

    /** The record's event, or null when the record was dead-lettered instead. */
    public V decode(ConsumerRecord<String, byte[]> record) {
        V value;
        try {
            value = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException undecodable) {
            deadLetter(record, "cannot decode: " + undecodable.getMessage());
            return null;
        }
        if (value == null) {
            deadLetter(record, "no value (tombstone) where " + expected + " was expected");
        }
        return value;
    }

    /** Writes the record to the dead-letter topic with the reason, counts and logs it. */
    public void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        deadLetters.send(DeadLetter.of(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                reason, clock.instant()));
        deadLettered.increment();
        LOG.warn("dead-lettered {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(), record.key(), reason);
    }
}
