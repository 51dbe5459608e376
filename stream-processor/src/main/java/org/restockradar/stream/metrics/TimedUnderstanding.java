package org.restockradar.stream.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.restockradar.contracts.Mention;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.restockradar.stream.understanding.Understanding;

/** Times the understanding stage per mention: {@value #NAME}, with a histogram for quantiles. */
public final class TimedUnderstanding implements MentionUnderstanding {
    public static final String NAME = "stream.understanding";

    private final MentionUnderstanding understanding;
    private final Timer timer;

    public TimedUnderstanding(MentionUnderstanding understanding, MeterRegistry registry) {
        this.understanding = Objects.requireNonNull(understanding, "understanding");
        this.timer = Timer.builder(NAME).description("time the understanding stage takes per mention")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public Understanding understand(Mention mention) {
        return timer.record(() -> understanding.understand(mention));
    }
}
