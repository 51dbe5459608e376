package org.restockradar.stream.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
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
 * mentions ─ assess: decode ─┬─ undecodable ───────────────────────────────────────────────▶ dead-letters
 *                            └─ deduplicate ─ understand ─┬─ failed ───────────────────────▶ dead-letters
 *                                                         ├─ report with outlet, confidence ≥ review-below ─▶ stockout-reports (key: outlet id)
 *                                                         ├─ report, outlet unknown or confidence low ─────▶ stockout-reports.needs-location
 *                                                         └─ not a report ─ dropped
 * outlets (compacted) ─▶ global store + OutletDirectory, searched by the understanding stage
 * </pre>
 * The steps of a mention run in one processor, {@code assess} ({@link AssessMention}), each step a class of its own;
 * the topology is three nodes from {@code mentions} to a sink, not the thirteen of a chain of DSL operators.
 *
 * <p> * Reads {@code mentions} and {@code outlets}; writes {@code stockout-reports}, {@code stockout-reports.needs-location}
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
        Topology topology = new Topology();

        // The outlet registry: every instance holds all of it, since a mention may name any outlet; loaded from the
        // store once, by the first updater to start (the restore's replay), not again by the global thread's.
        AtomicBoolean registryLoaded = new AtomicBoolean();
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OUTLETS_STORE), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                "outlets-source-source", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), Topics.OUTLETS.name(),
                "outlets-source", () -> new OutletRegistryUpdater(OUTLETS_STORE, outlets, registryLoaded));

        // Raw bytes in, so that a record which is not a mention becomes a dead letter, not a dead thread.
        topology.addSource("mentions-source", Topics.MENTIONS.keySerde().deserializer(), Serdes.ByteArray().deserializer(),
                Topics.MENTIONS.name());
        // Decode, count, deduplicate, understand and route: one node, its steps classes of their own (AssessMention).
        topology.addProcessor(AssessMention.NAME,
                () -> new AssessMention(understanding, clock, SEEN_MENTIONS_STORE, dedupRetention, review, meters), "mentions-source");
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_MENTIONS_STORE), Serdes.String(), Serdes.Long()), AssessMention.NAME);
        addSink(topology, AssessMention.REPORTS_SINK, Topics.STOCKOUT_REPORTS);
        addSink(topology, AssessMention.NEEDS_LOCATION_SINK, Topics.NEEDS_LOCATION);
        addSink(topology, AssessMention.DEAD_LETTERS_SINK, Topics.DEAD_LETTERS);
        return topology;
    }

    private static <K, V> void addSink(Topology topology, String name, Topic<K, V> topic) {
        topology.addSink(name, topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer(), AssessMention.NAME);
    }
}
