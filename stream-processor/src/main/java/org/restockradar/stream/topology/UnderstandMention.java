package org.restockradar.stream.topology;

import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step of {@link AssessMention}: runs the understanding stage on a mention. Should the stage fail on one (a bug, an
 * input it did not foresee), the mention becomes a dead letter with the reason instead of stopping the stream thread.
 */
final class UnderstandMention {
    private static final Logger LOG = LoggerFactory.getLogger(UnderstandMention.class);

    private final MentionUnderstanding understanding;
    private final Clock clock;

    UnderstandMention(MentionUnderstanding understanding, Clock clock) {
        this.understanding = understanding;
        this.clock = clock;
    }

    Assessed understand(String key, Mention mention, Optional<RecordMetadata> metadata) {
        try {
            return new Assessed(mention, understanding.understand(mention), null);
        } catch (RuntimeException e) {
            String topic = metadata.map(RecordMetadata::topic).orElse(Topics.MENTIONS.name());
            int partition = metadata.map(RecordMetadata::partition).orElse(-1);
            long offset = metadata.map(RecordMetadata::offset).orElse(-1L);
            LOG.error("Understanding failed on mention {} at {}-{}@{}", mention.id(), topic, partition, offset, e);
            byte[] raw = Topics.MENTIONS.valueSerde().serializer().serialize(Topics.MENTIONS.name(), mention);
            DeadLetter letter = DeadLetter.of(topic, partition, offset, key, raw, "understanding failed: " + e, clock.instant());
            return new Assessed(mention, null, letter);
        }
    }
}
