package org.restockradar.stream.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.Topics;
import org.restockradar.stream.metrics.StreamMeters;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReviewThreshold;

/**
 * Builds the stream processor's topology: mentions in, stock-out reports out.
 *
 * <pre>
 * mentions ─ decode ─┬─ undecodable ─────────────────────────────────────────▶ dead-letters
 *                    └─ deduplicate ─ understand ─┬─ failed ─────────────────▶ dead-letters
 *                                                 ├─ report with outlet, confidence ≥ review-below ─▶ stockout-reports (key: outlet id)
 *                                                 ├─ report, outlet unknown or confidence low ─────▶ stockout-reports.needs-location
 *                                                 └─ not a report ─ dropped
 * outlets (compacted) ─▶ global store + OutletDirectory, searched by the understanding stage
 * </pre>
 *
 * Reads {@code mentions} and {@code outlets}; writes {@code stockout-reports}, {@code stockout-reports.needs-location}
 * and {@code dead-letters}. Start-up and configuration live in {@code org.restockradar.stream.StreamProcessor}.
 */
public final class RestockTopology {
    public static final String SEEN_MENTIONS_STORE = "seen-mentions";
    public static final String OUTLETS_STORE = "outlets";
    public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(7);

    private RestockTopology() {
    }

    /** The topology with the default review threshold ({@link ReviewThreshold#DEFAULT_BELOW}). */
    public static Topology build(MentionUnderstanding understanding, OutletDirectory outlets, Clock clock, Duration dedupRetention) {
        return build(understanding, outlets, clock, dedupRetention, new ReviewThreshold(ReviewThreshold.DEFAULT_BELOW));
    }

    /**
     * @param understanding  decides what a mention says
     * @param outlets        the index the understanding stage searches; this topology keeps it in step with the outlets topic
     * @param dedupRetention how long a mention id is remembered to drop its duplicates
     * @param review         a report with an outlet whose confidence is below it goes to ops, not to a crew
     */
    public static Topology build(MentionUnderstanding understanding, OutletDirectory outlets, Clock clock, Duration dedupRetention,
                                 ReviewThreshold review) {
        return build(understanding, outlets, clock, dedupRetention, review, StreamMeters.NONE);
    }

    /** As above, counting mentions, reports and dead letters as they pass ({@link StreamMeters}). */
    public static Topology build(MentionUnderstanding understanding, OutletDirectory outlets, Clock clock, Duration dedupRetention,
                                 ReviewThreshold review, StreamMeters meters) {
        StreamsBuilder builder = new StreamsBuilder();

        // The outlet registry: every instance holds all of it, since a mention may name any outlet; loaded from the
        // store once, by the first updater to start (the restore's replay), not again by the global thread's.
        AtomicBoolean registryLoaded = new AtomicBoolean();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OUTLETS_STORE), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                Topics.OUTLETS.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("outlets-source"),
                () -> new OutletRegistryUpdater(OUTLETS_STORE, outlets, registryLoaded));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_MENTIONS_STORE), Serdes.String(), Serdes.Long()));

        // Raw bytes in, so that a record which is not a mention becomes a dead letter, not a dead thread.
        KStream<String, Decoded> decoded = builder
                .stream(Topics.MENTIONS.name(), Consumed.with(Topics.MENTIONS.keySerde(), Serdes.ByteArray()).withName("mentions-source"))
                .processValues(() -> new DecodeMention(clock), Named.as("decode"));

        KStream<String, Mention> mentions = decoded
                .split(Named.as("decoded-"))
                .branch((id, d) -> d.isFailure(), Branched.withConsumer(
                        failed -> toDeadLetters(failed.mapValues(Decoded::failure, Named.as("undecodable")), "undecodable-sink", meters), "undecodable"))
                .defaultBranch(Branched.as("ok"))
                .get("decoded-ok")
                .mapValues(Decoded::mention, Named.as("mention"))
                // Mentions per source, duplicates included: what the sources deliver.
                .peek((id, mention) -> meters.mention(mention), Named.as("count-mention"));

        mentions
                // A post delivered twice is one mention.
                .processValues(() -> new DeduplicateMentions(SEEN_MENTIONS_STORE, dedupRetention), Named.as("deduplicate"), SEEN_MENTIONS_STORE)
                // Stock-out or not, which product, which outlet.
                .processValues(() -> new UnderstandMention(understanding, clock), Named.as("understand"))
                .split(Named.as("assessed-"))
                .branch((id, a) -> a.isFailure(), Branched.withConsumer(
                        failed -> toDeadLetters(failed.mapValues(Assessed::failure, Named.as("not-understood")), "not-understood-sink", meters), "failed"))
                // Located reports sure enough for a crew are keyed by outlet, so one outlet's reports stay in order for dispatch.
                .branch((id, a) -> a.isDispatchable(review), Branched.withConsumer(located -> located
                        .peek((id, a) -> meters.located(), Named.as("count-located"))
                        .map((id, a) -> KeyValue.pair(a.understanding().outlet().outletId(), a.toReport()), Named.as("key-by-outlet"))
                        .to(Topics.STOCKOUT_REPORTS.name(), produced(Topics.STOCKOUT_REPORTS, "reports-sink")), "located"))
                // Reports without an outlet, or with one but too little confidence, wait for ops rather than send a crew on a guess.
                .branch((id, a) -> a.isReport(), Branched.withConsumer(unlocated -> unlocated
                        .peek((id, a) -> meters.needsLocation(), Named.as("count-needs-location"))
                        .mapValues(a -> a.toReviewedReport(review), Named.as("unlocated-report"))
                        .to(Topics.NEEDS_LOCATION.name(), produced(Topics.NEEDS_LOCATION, "needs-location-sink")), "needs-location"))
                .noDefaultBranch();

        return builder.build();
    }

    private static void toDeadLetters(KStream<String, DeadLetter> letters, String name, StreamMeters meters) {
        letters.peek((key, letter) -> meters.deadLetter(letter.origin()), Named.as("count-" + name))
                .to(Topics.DEAD_LETTERS.name(), produced(Topics.DEAD_LETTERS, name));
    }

    private static <K, V> Produced<K, V> produced(Topic<K, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
