package org.restockradar.stream.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.monitoring.DeadLetterMeter;

/**
 * What the topology counts as records pass:
 * <ul>
 *   <li>{@value #MENTIONS}{@code {source}}: mentions decoded, before deduplication;</li>
 *   <li>{@value #REPORTS}{@code {route}}: stock-out reports written, {@code located} (to a crew) or {@code needs_location} (to ops);</li>
 *   <li>{@value DeadLetterMeter#NAME}{@code {origin}}: records sent to the dead-letter topic.</li>
 * </ul>
 * Under exactly-once a batch that is processed again after a failure is counted again: these are rates to watch, not ledgers.
 */
public final class StreamMeters {
    public static final String MENTIONS = "stream.mentions";
    public static final String REPORTS = "stream.reports";

    /** Counts nothing: for tests of the topology's rules. */
    public static final StreamMeters NONE = new StreamMeters(new CompositeMeterRegistry());

    private final Map<Source, Counter> mentions = new EnumMap<>(Source.class);
    private final Counter located;
    private final Counter needsLocation;
    private final DeadLetterMeter deadLetters;

    public StreamMeters(MeterRegistry registry) {
        for (Source source : Source.values()) {
            mentions.put(source, Counter.builder(MENTIONS).description("mentions read from the mentions topic, by source")
                    .tag("source", source.code()).register(registry));
        }
        this.located = report(registry, "located");
        this.needsLocation = report(registry, "needs_location");
        this.deadLetters = new DeadLetterMeter(registry);
    }

    private static Counter report(MeterRegistry registry, String route) {
        return Counter.builder(REPORTS).description("stock-out reports written, by route: located (to a crew) or needs_location (to ops)")
                .tag("route", route).register(registry);
    }

    public void mention(Mention mention) {
        mentions.get(mention.source()).increment();
    }

    public void located() {
        located.increment();
    }

    public void needsLocation() {
        needsLocation.increment();
    }

    public void deadLetter(String origin) {
        deadLetters.count(origin);
    }
}
