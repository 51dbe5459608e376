package org.restockradar.contracts.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Counts dead letters by origin, alike in every service: {@value #NAME}{@code {origin}}. The origin tag is the
 * dead letter's origin up to its first colon ({@code replay:demo.jsonl:17} counts as {@code replay}, a topic as
 * itself), so that one file or stream adds one series, not one per line.
 */
public final class DeadLetterMeter {
    public static final String NAME = "dead.letters";

    private final MeterRegistry registry;

    public DeadLetterMeter(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Counts one dead letter from {@code origin}. */
    public void count(String origin) {
        Counter.builder(NAME).description("records and payloads sent to the dead-letter topic, by origin")
                .tag("origin", originKind(origin)).register(registry).increment();
    }

    static String originKind(String origin) {
        if (origin == null || origin.isBlank()) {
            return "unknown";
        }
        int colon = origin.indexOf(':');
        return colon < 0 ? origin : origin.substring(0, colon);
    }
}
