package org.restockradar.stream.topology;

import java.time.Clock;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the raw bytes of a mention. A record that is not a valid mention, or one that cannot be stored (a NUL
 * character, {@link Mention#nulCharacters()}), becomes a dead letter that keeps
 * the bytes, the topic, partition and offset, and the reason; nothing is thrown, so no stream thread dies of it.
 */
final class DecodeMention implements FixedKeyProcessor<String, byte[], Decoded> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeMention.class);
    private static final JsonSerde<Mention> MENTION = new JsonSerde<>(Mention.class);

    private final Clock clock;
    private FixedKeyProcessorContext<String, Decoded> context;

    DecodeMention(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
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
            context.forward(record.withValue(Decoded.ok(mention)));
        } catch (SerializationException e) {
            var metadata = context.recordMetadata();
            String topic = metadata.map(m -> m.topic()).orElse(Topics.MENTIONS.name());
            int partition = metadata.map(m -> m.partition()).orElse(-1);
            long offset = metadata.map(m -> m.offset()).orElse(-1L);
            LOG.warn("Dead-lettering undecodable mention at {}-{}@{} (key {}): {}", topic, partition, offset, record.key(), e.getMessage());
            context.forward(record.withValue(Decoded.failed(
                    DeadLetter.of(topic, partition, offset, record.key(), record.value(), e.getMessage(), clock.instant()))));
        }
    }
}
