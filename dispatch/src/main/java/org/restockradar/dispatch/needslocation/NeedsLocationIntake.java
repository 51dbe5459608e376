package org.restockradar.dispatch.needslocation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.restockradar.dispatch.intake.DeadLetterSink;
import org.restockradar.dispatch.intake.DecodeOrDeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the records of {@link Topics#NEEDS_LOCATION} into the {@link NeedsLocationStore}, or dead-letters those that
 * are not reports. Throws, so that the consumer offers the record again, only when the database is away.
 *
 * <p>Counter: {@code dispatch.needs_location} tagged {@code outcome} = {@code kept}, {@code duplicate} or {@code dead_lettered}.
 */
public final class NeedsLocationIntake implements ConsumerLoop.RecordHandler {
    private static final Logger LOG = LoggerFactory.getLogger(NeedsLocationIntake.class);

    private final NeedsLocationStore store;
    private final DecodeOrDeadLetter<StockoutReport> decoder;
    private final Counter kept;
    private final Counter duplicates;

    public NeedsLocationIntake(NeedsLocationStore store, DeadLetterSink deadLetters, Clock clock, MeterRegistry meters) {
        this.store = Objects.requireNonNull(store, "store");
        this.decoder = new DecodeOrDeadLetter<>(Topics.NEEDS_LOCATION, "a stock-out report", deadLetters, clock,
                counter(meters, "dead_lettered"));
        this.kept = counter(meters, "kept");
        this.duplicates = counter(meters, "duplicate");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("dispatch.needs_location").tag("outcome", outcome)
                .description("Reports taken from " + Topics.NEEDS_LOCATION.name()).register(meters);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        StockoutReport report = decoder.decode(record);
        if (report == null) {
            return;
        }
        if (store.take(report)) {
            kept.increment();
            LOG.info("report {} ({} in {}) waits for ops to place it", report.mentionId(), report.productKey(), report.city());
        } else {
            duplicates.increment();
        }
    }
}
