package org.restockradar.stream.topology;

import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the understanding stage on a mention. Should the stage fail on one (a bug, an input it did not foresee),
 * the mention becomes a dead letter with the reason instead of stopping the stream thread.
 */
final class UnderstandMention implements FixedKeyProcessor<String, Mention, Assessed> {
    private static final Logger LOG = LoggerFactory.getLogger(UnderstandMention.class);

    private final MentionUnderstanding understanding;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Assessed> context;

    UnderstandMention(MentionUnderstanding understanding, Clock clock) {
        this.understanding = understanding;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Assessed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Mention> record) {
        Mention mention = record.value();
        try {
            context.forward(record.withValue(new Assessed(mention, understanding.understand(mention), null)));
        } catch (RuntimeException e) {
            var metadata = context.recordMetadata();
            LOG.error("Understanding failed on mention {} at {}-{}@{}", mention.id(),
                    metadata.map(m -> m.topic()).orElse("?"), metadata.map(m -> m.partition()).orElse(-1),
                    metadata.map(m -> m.offset()).orElse(-1L), e);
            byte[] raw = Topics.MENTIONS.valueSerde().serializer().serialize(Topics.MENTIONS.name(), mention);
            DeadLetter letter = DeadLetter.of(metadata.map(m -> m.topic()).orElse(Topics.MENTIONS.name()),
                    metadata.map(m -> m.partition()).orElse(-1), metadata.map(m -> m.offset()).orElse(-1L),
                    record.key(), raw, "understanding failed: " + e, clock.instant());
            context.forward(record.withValue(new Assessed(mention, null, letter)));
        }
    }
}
