package org.restockradar.benchmarks.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of latencies recorded in microseconds in an HdrHistogram (3 significant digits), in milliseconds.
 */
record LatencySummary(long count, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs) {
    /** The longest latency the histogram holds: one hour. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    static LatencySummary of(Histogram micros) {
        return new LatencySummary(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
