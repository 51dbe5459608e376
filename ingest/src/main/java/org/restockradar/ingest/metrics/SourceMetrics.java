package org.restockradar.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Micrometer meters of one ingest source, all tagged {@code source=<name>}:
 * <ul>
 *   <li>{@code ingest.source.received} — posts read from the source (before the keyword filter and dedup)</li>
 *   <li>{@code ingest.source.filtered} — posts dropped because they name no tracked keyword</li>
 *   <li>{@code ingest.source.duplicates} — posts dropped because their source id was already handed on</li>
 *   <li>{@code ingest.source.produced} — mentions handed to the sink</li>
 *   <li>{@code ingest.source.dead.lettered} — payloads that could not be read, kept on the dead-letter topic</li>
 *   <li>{@code ingest.source.reconnects} — connections re-opened after a failure or a stall</li>
 *   <li>{@code ingest.source.lag} — time behind the source: now minus the creation time of the last mention produced</li>
 * </ul>
 */
public final class SourceMetrics {
    public static final String RECEIVED = "ingest.source.received";
    public static final String FILTERED = "ingest.source.filtered";
    public static final String DUPLICATES = "ingest.source.duplicates";
    public static final String PRODUCED = "ingest.source.produced";
    public static final String DEAD_LETTERED = "ingest.source.dead.lettered";
    public static final String RECONNECTS = "ingest.source.reconnects";
    public static final String LAG = "ingest.source.lag";

    private final String source;
    private final Clock clock;
    private final Counter received;
    private final Counter filtered;
    private final Counter duplicates;
    private final Counter produced;
    private final Counter deadLettered;
    private final Counter reconnects;
    private final AtomicLong lagMillis = new AtomicLong();

    public SourceMetrics(MeterRegistry registry, String source, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.received = counter(registry, RECEIVED, "posts read from the source");
        this.filtered = counter(registry, FILTERED, "posts that name no tracked keyword");
        this.duplicates = counter(registry, DUPLICATES, "posts already handed on, by source id");
        this.produced = counter(registry, PRODUCED, "mentions handed to the sink");
        this.deadLettered = counter(registry, DEAD_LETTERED, "payloads sent to the dead-letter topic");
        this.reconnects = counter(registry, RECONNECTS, "connections re-opened after a failure");
        TimeGauge.builder(LAG, lagMillis, TimeUnit.MILLISECONDS, AtomicLong::doubleValue)
                .tag("source", source)
                .description("now minus the creation time of the last mention produced")
                .register(registry);
    }

    private Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).tag("source", source).description(description).register(registry);
    }

    public String source() {
        return source;
    }

    public void received() {
        received.increment();
    }

    public void filtered() {
        filtered.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    /** Counts a mention handed on and records how far behind the source it was. */
    public void produced(Instant createdAt) {
        produced.increment();
        lagMillis.set(Math.max(0, Duration.between(createdAt, clock.instant()).toMillis()));
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void reconnect() {
        reconnects.increment();
    }

    /** The last recorded time behind the source. */
    public Duration lag() {
        return Duration.ofMillis(lagMillis.get());
    }
}
