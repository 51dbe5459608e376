package org.restockradar.dispatch.needslocation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * are not reports. The service hands it a poll's records at once ({@link #handleAll}): they are kept in one statement.
 * Throws, so that the consumer offers the records again, only when the database is away.
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

    /** One record: as a poll of one. */
    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        handleAll(List.of(record));
    }

    /**
     * A poll's records: dead-letters those that are not reports and keeps the others in one statement, each mention
     * once. Logs one line for the poll; each report's own line is DEBUG (a busy feed brings thousands a second).
     */
    public void handleAll(List<ConsumerRecord<String, byte[]>> records) {
        List<StockoutReport> reports = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            StockoutReport report = decoder.decode(record);
            if (report != null) {
                reports.add(report);
            }
        }
        List<Boolean> taken = store.takeAll(reports);
        int keptNow = 0;
        for (int i = 0; i < reports.size(); i++) {
            StockoutReport report = reports.get(i);
            if (taken.get(i)) {
                keptNow++;
                kept.increment();
                LOG.debug("report {} ({} in {}) waits for ops to place it", report.mentionId(), report.productKey(), report.city());
            } else {
                duplicates.increment();
                LOG.debug("report {} was kept before; nothing changed", report.mentionId());
            }
        }
        if (!records.isEmpty()) {
            ConsumerRecord<String, byte[]> first = records.get(0);
            LOG.info("took {} records from {}-{}@{}: {} reports wait for ops to place them, {} duplicates, {} dead-lettered", records.size(),
                    first.topic(), first.partition(), first.offset(), keptNow, reports.size() - keptNow, records.size() - reports.size());
        }
    }
}
