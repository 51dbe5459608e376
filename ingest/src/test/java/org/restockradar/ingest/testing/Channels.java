package org.restockradar.ingest.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.publish.MentionSink;
import org.restockradar.ingest.source.RecentIds;
import org.restockradar.ingest.source.SourceChannel;

/** Builds a source channel on a recording sink and a simple meter registry. */
public final class Channels {
    private Channels() {
    }

    public static SourceChannel channel(String source, MentionSink sink, MeterRegistry registry, Clock clock) {
        return new SourceChannel(sink, new SourceMetrics(registry, source, clock), new RecentIds(1_000), clock);
    }

    public static SourceChannel channel(String source, MentionSink sink, Clock clock) {
        return channel(source, sink, new SimpleMeterRegistry(), clock);
    }

    /** The value of one of a source's counters. */
    public static double count(MeterRegistry registry, String meter, String source) {
        var counter = registry.find(meter).tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }
}
