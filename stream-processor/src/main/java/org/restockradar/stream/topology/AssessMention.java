package org.restockradar.stream.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.stream.metrics.StreamMeters;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.restockradar.stream.understanding.ReviewThreshold;

/**
 * The topology's one processor between {@code mentions} and its sinks: a mention's steps in order, each a class of its
 * own, run in one node, so that Kafka Streams' per-record work (a forward, a {@code Record} and a copy of its headers per
 * node) is paid once per mention instead of at each of the eleven nodes the steps took as a chain of DSL operators
 * (docs/benchmarks.md, session 12):
 * <ol>
 *   <li>{@link DecodeMention}: a record that is not a mention goes to {@value #DEAD_LETTERS_SINK};</li>
 *   <li>counts the mention by source, duplicates included ({@link StreamMeters#mention});</li>
 *   <li>{@link DeduplicateMentions}: a mention id seen before is dropped;</li>
 *   <li>{@link UnderstandMention}: a mention the stage fails on goes to {@value #DEAD_LETTERS_SINK};</li>
 *   <li>routes it: a report with an outlet, sure enough for a crew, to {@value #REPORTS_SINK} keyed by outlet id (one
 *       outlet's reports stay in order for dispatch); any other report to {@value #NEEDS_LOCATION_SINK} keyed by
 *       mention id, for ops rather than a crew sent on a guess; not a report: dropped.</li>
 * </ol>
 */
final class AssessMention implements Processor<String, byte[], String, Object> {
    static final String NAME = "assess";
    static final String REPORTS_SINK = "reports-sink";
    static final String NEEDS_LOCATION_SINK = "needs-location-sink";
    static final String DEAD_LETTERS_SINK = "dead-letters-sink";

    private final DecodeMention decode;
    private final DeduplicateMentions deduplicate;
    private final UnderstandMention understand;
    private final ReviewThreshold review;
    private final StreamMeters meters;
    private ProcessorContext<String, Object> context;

    AssessMention(MentionUnderstanding understanding, Clock clock, String seenStore, Duration dedupRetention, ReviewThreshold review,
                  StreamMeters meters) {
        this.decode = new DecodeMention(clock);
        this.deduplicate = new DeduplicateMentions(seenStore, dedupRetention);
        this.understand = new UnderstandMention(understanding, clock);
        this.review = review;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        deduplicate.init(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Optional<RecordMetadata> metadata = context.recordMetadata();
        Decoded decoded = decode.decode(record, metadata);
        if (decoded.isFailure()) {
            deadLetter(record, decoded.failure());
            return;
        }
        Mention mention = decoded.mention();
        meters.mention(mention);
        if (!deduplicate.firstSeen(mention.id(), record.timestamp())) {
            return;
        }
        Assessed assessed = understand.understand(record.key(), mention, metadata);
        if (assessed.isFailure()) {
            deadLetter(record, assessed.failure());
        } else if (assessed.isDispatchable(review)) {
            meters.located();
            forward(record, assessed.understanding().outlet().outletId(), assessed.toReport(), REPORTS_SINK);
        } else if (assessed.isReport()) {
            meters.needsLocation();
            forward(record, record.key(), assessed.toReviewedReport(review), NEEDS_LOCATION_SINK);
        }
    }

    private void deadLetter(Record<String, byte[]> record, DeadLetter letter) {
        meters.deadLetter(letter.origin());
        forward(record, record.key(), letter, DEAD_LETTERS_SINK);
    }

    /** One new record per mention written: the input's time and headers, the key and value given. */
    private void forward(Record<String, byte[]> record, String key, Object value, String sink) {
        context.forward(new Record<>(key, value, record.timestamp(), record.headers()), sink);
    }
}
