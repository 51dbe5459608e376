package org.restockradar.stream.topology;

import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of {@link AssessMention}: decodes the raw bytes of a mention. A record that is not a valid mention,
 * or one that cannot be stored (a NUL character, {@link Mention#nulCharacters()}), becomes a dead letter that keeps
 * the bytes, the topic, partition and offset, and the reason; nothing is thrown, so no stream thread dies of it.
 */
final class DecodeMention {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeMention.class);
    private static final JsonSerde<Mention> MENTION = new JsonSerde<>(Mention.class);

    private final Clock clock;

    DecodeMention(Clock clock) {
        this.clock = clock;
    }

    Decoded decode(Record<String, byte[]> record, Optional<RecordMetadata> metadata) {
        try {
            if (record.value() == null) {
                throw new SerializationException("empty value (a tombstone) where a mention was expected");
            }
            Mention mention = MENTION.decode(record.value());
            // Ingest refuses these already; a mention written by something else is refused here, not by dispatch.
            String unstorable = mention.nulCharacters().orElse(null);
            if (unstorable != null) {
                throw new SerializationException("cannot keep mention " + mention.id() + ": " + unstorable);
            }
            return Decoded.ok(mention);
        } catch (SerializationException e) {
            String topic = metadata.map(RecordMetadata::topic).orElse(Topics.MENTIONS.name());
            int partition = metadata.map(RecordMetadata::partition).orElse(-1);
            long offset = metadata.map(RecordMetadata::offset).orElse(-1L);
            LOG.warn("Dead-lettering undecodable mention at {}-{}@{} (key {}): {}", topic, partition, offset, record.key(), e.getMessage());
            return Decoded.failed(DeadLetter.of(topic, partition, offset, record.key(), record.value(), e.getMessage(), clock.instant()));
        }
    }
}
