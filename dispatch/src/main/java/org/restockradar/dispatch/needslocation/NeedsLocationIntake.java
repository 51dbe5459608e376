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
 * are not reports and those whose values the database refuses. The service hands it a poll's records at once
 * ({@link #handleAll}): they are kept in one statement. Throws, so that the consumer offers the records again, only
 * when the database or the dead-letter topic is away.
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
     * once. When the database refuses the values of one of them, nothing of that statement stays and the reports are
     * kept one by one instead, so that only the refused one is dead-lettered (a refused record offered again would be
     * refused again, and would hold up every record behind it). Logs one line for the poll; each report's own line is
     * DEBUG (a busy feed brings thousands a second).
     */
    public void handleAll(List<ConsumerRecord<String, byte[]>> records) {
        List<StockoutReport> reports = new ArrayList<>(records.size());
        List<ConsumerRecord<String, byte[]>> decodedRecords = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            StockoutReport report = decoder.decode(record);
            if (report != null) {
                reports.add(report);
                decodedRecords.add(record);
            }
        }
        List<Boolean> taken;
        try {
            taken = store.takeAll(reports);
        } catch (IllegalArgumentException refused) {
            LOG.info("{} needs-location reports from {} not kept together ({}); keeping them one by one", reports.size(),
                    reports.get(0).mentionId(), refused.getMessage());
            taken = takeOneByOne(reports, decodedRecords);
        }
        int keptNow = 0;
        int refusedNow = 0;
        for (int i = 0; i < reports.size(); i++) {
            StockoutReport report = reports.get(i);
            if (taken.get(i) == null) {
                refusedNow++;
            } else if (taken.get(i)) {
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
                    first.topic(), first.partition(), first.offset(), keptNow, reports.size() - keptNow - refusedNow,
                    records.size() - reports.size() + refusedNow);
        }
    }

    /** Each report in a statement of its own: whether it was kept now, or null for one refused and dead-lettered. */
    private List<Boolean> takeOneByOne(List<StockoutReport> reports, List<ConsumerRecord<String, byte[]>> records) {
        List<Boolean> taken = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            try {
                taken.add(store.take(reports.get(i)));
            } catch (IllegalArgumentException refused) {
                LOG.warn("needs-location report {} from {}-{}@{} refused by the database; dead-lettered: {}", reports.get(i).mentionId(),
                        records.get(i).topic(), records.get(i).partition(), records.get(i).offset(), refused.getMessage());
                decoder.deadLetter(records.get(i), "refused by dispatch: " + refused.getMessage());
                taken.add(null);
            }
        }
        return taken;
    }
}
