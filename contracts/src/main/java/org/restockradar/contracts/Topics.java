package org.restockradar.contracts;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalogue of every topic Restock Radar reads or writes. No topic name appears anywhere else.
 * See {@code docs/architecture.md} for who writes and who reads each one.
 */
public final class Topics {
    private static final Serde<String> STRING = Serdes.String();
    private static final String DAY_MS = Long.toString(24L * 60 * 60 * 1000);

    /** Mentions from every ingest source, keyed by mention id so a post read twice lands on one partition. */
    public static final Topic<String, Mention> MENTIONS = new Topic<>(
            "mentions", STRING, new JsonSerde<>(Mention.class), 3,
            Map.of("retention.ms", Long.toString(30 * 24L * 60 * 60 * 1000)));

    /** Records that could not be decoded or processed, with the reason, keyed by the original key. */
    public static final Topic<String, DeadLetter> DEAD_LETTERS = new Topic<>(
            "dead-letters", STRING, new JsonSerde<>(DeadLetter.class), 1,
            Map.of("retention.ms", Long.toString(90 * 24L * 60 * 60 * 1000)));

    /** The outlet registry, keyed by outlet id; compacted, so it always holds the latest row of each outlet. */
    public static final Topic<String, Outlet> OUTLETS = new Topic<>(
            "outlets", STRING, new JsonSerde<>(Outlet.class), 1,
            Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", DAY_MS));

    /** Stock-out reports matched to an outlet, keyed by outlet id so one outlet's reports stay in order. */
    public static final Topic<String, StockoutReport> STOCKOUT_REPORTS = new Topic<>(
            "stockout-reports", STRING, new JsonSerde<>(StockoutReport.class), 3,
            Map.of("retention.ms", Long.toString(30 * 24L * 60 * 60 * 1000)));

    /** Stock-out reports whose outlet could not be told, keyed by mention id, for ops to place by hand. */
    public static final Topic<String, StockoutReport> NEEDS_LOCATION = new Topic<>(
            "stockout-reports.needs-location", STRING, new JsonSerde<>(StockoutReport.class), 1,
            Map.of("retention.ms", Long.toString(30 * 24L * 60 * 60 * 1000)));

    /**
     * Where each ingest stream got to (since-id, status id, Jetstream cursor), keyed by stream name; the value is
     * the ingest checkpoint as JSON text. Compacted, so it always holds the latest checkpoint of each stream.
     */
    public static final Topic<String, String> INGEST_CURSORS = new Topic<>(
            "ingest-cursors", STRING, STRING, 1,
            Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000"));

    /**
     * What happened to each restock job (opened, status changes, reassignments, SLA warnings, breaches and
     * escalations), keyed by job id so one job's events stay in order; relayed by dispatch from its outbox, so
     * consumers drop repeats by {@code event_id}.
     */
    public static final Topic<String, JobEvent> JOB_EVENTS = new Topic<>(
            "job-events", STRING, new JsonSerde<>(JobEvent.class), 3,
            Map.of("retention.ms", Long.toString(90 * 24L * 60 * 60 * 1000)));

    /**
     * Thank-you gifts announced by rewards, keyed by gift id, for replies to send each reporter a claim link where they
     * wrote from; relayed from rewards' gift table, so consumers drop repeats by {@code gift_id}.
     */
    public static final Topic<String, GiftEvent> GIFT_EVENTS = new Topic<>(
            "gift-events", STRING, new JsonSerde<>(GiftEvent.class), 1,
            Map.of("retention.ms", Long.toString(30 * 24L * 60 * 60 * 1000)));

    /** Every topic, for the tools that create them. */
    public static final List<Topic<?, ?>> ALL = List.of(MENTIONS, DEAD_LETTERS, OUTLETS, STOCKOUT_REPORTS, NEEDS_LOCATION, INGEST_CURSORS,
            JOB_EVENTS, GIFT_EVENTS);

    private Topics() {
    }
}
