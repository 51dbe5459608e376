package org.restockradar.dispatch.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.store.Recorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the records of {@link Topics#STOCKOUT_REPORTS}: decodes each with the catalogue's serde and records it,
 * or writes it to {@link Topics#DEAD_LETTERS} with the reason when it cannot be decoded or the store refuses it.
 * The service hands it a poll's records at once ({@link #handleAll}): they are recorded in one transaction. Its
 * consumers of the topic (one per partition, {@code dispatch.intake-consumers}) share one intake, each calling it from
 * its own thread; it keeps no state of a poll between calls. Kept apart from the poll loop so that these rules are
 * testable without a broker.
 *
 * <p>Counters: {@code dispatch.reports} tagged {@code outcome} = {@code recorded}, {@code duplicate} or
 * {@code dead_lettered}, and {@code dispatch.jobs.opened}.
 */
public final class ReportIntake {
    private static final Logger LOG = LoggerFactory.getLogger(ReportIntake.class);

    /** What became of a record. */
    public enum Outcome { RECORDED, DUPLICATE, DEAD_LETTERED }

    /** Meter names: the reports taken, by outcome, and the jobs they opened. */
    public static final String REPORTS = "dispatch.reports";
    public static final String JOBS_OPENED = "dispatch.jobs.opened";

    private final ReportRecorder recorder;
    private final DecodeOrDeadLetter<StockoutReport> decoder;
    private final Counter recorded;
    private final Counter duplicates;
    private final Counter jobsOpened;

    public ReportIntake(ReportRecorder recorder, DeadLetterSink deadLetters, Clock clock, MeterRegistry meters) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.decoder = new DecodeOrDeadLetter<>(Topics.STOCKOUT_REPORTS, "a stock-out report", deadLetters, clock,
                outcomeCounter(meters, "dead_lettered"));
        this.recorded = outcomeCounter(meters, "recorded");
        this.duplicates = outcomeCounter(meters, "duplicate");
        this.jobsOpened = Counter.builder(JOBS_OPENED).description("Restock jobs opened from reports").register(meters);
    }

    private static Counter outcomeCounter(MeterRegistry meters, String outcome) {
        return Counter.builder(REPORTS).tag("outcome", outcome)
                .description("Stock-out reports taken from " + Topics.STOCKOUT_REPORTS.name()).register(meters);
    }

    /**
     * Records the report or dead-letters the record. Returns only when one of the two is done for good.
     *
     * @throws RuntimeException when neither could be done now (database or dead-letter topic unavailable):
     *                          the record must be offered again, never skipped
     */
    public Outcome handle(ConsumerRecord<String, byte[]> record) {
        StockoutReport report = decoder.decode(record);
        return report == null ? Outcome.DEAD_LETTERED : recordOne(record, report);
    }

    /**
     * Takes a poll's records: dead-letters those that do not decode and records the others, in their order, in one
     * transaction. When the store refuses one of them (no outlet, values the database refuses), nothing of that
     * transaction stays and the decoded reports are recorded one by one instead, so that only the refused one is
     * dead-lettered. Returns only when every record is recorded or dead-lettered for good.
     *
     * @return what became of each record, in the order given
     * @throws RuntimeException when that could not be done now (database or dead-letter topic unavailable): the
     *                          records must be offered again, never skipped (dead letters already sent may then be sent again)
     */
    public List<Outcome> handleAll(List<ConsumerRecord<String, byte[]>> records) {
        List<StockoutReport> decoded = new ArrayList<>(records.size());
        List<ConsumerRecord<String, byte[]>> decodedRecords = new ArrayList<>(records.size());
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            StockoutReport report = decoder.decode(record);
            outcomes.add(report == null ? Outcome.DEAD_LETTERED : null);
            if (report != null) {
                decoded.add(report);
                decodedRecords.add(record);
            }
        }
        List<Outcome> ofDecoded = new ArrayList<>(decoded.size());
        // Counted here, not read off the shared counter: other consumers' polls add to it meanwhile.
        long opened = 0;
        try {
            List<Recorded> results = recorder.recordAll(decoded);
            for (int i = 0; i < decoded.size(); i++) {
                ofDecoded.add(counted(decoded.get(i), results.get(i)));
                opened += opens(results.get(i));
            }
        } catch (IllegalArgumentException refused) {
            LOG.info("{} reports from {} not recorded together ({}); recording them one by one", decoded.size(),
                    decoded.get(0).mentionId(), refused.getMessage());
            for (int i = 0; i < decoded.size(); i++) {
                Recorded result = recordOrDeadLetter(decodedRecords.get(i), decoded.get(i));
                ofDecoded.add(result == null ? Outcome.DEAD_LETTERED : counted(decoded.get(i), result));
                opened += opens(result);
            }
        }
        int next = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, ofDecoded.get(next++));
            }
        }
        logPoll(records, outcomes, opened);
        return outcomes;
    }

    private static int opens(Recorded result) {
        return result != null && result.outcome() == Recorded.Outcome.OPENED_JOB ? 1 : 0;
    }

    /** One line per poll at INFO (the reports' own lines are DEBUG: a busy intake takes thousands a second). */
    private static void logPoll(List<ConsumerRecord<String, byte[]>> records, List<Outcome> outcomes, long opened) {
        if (records.isEmpty() || !LOG.isInfoEnabled()) {
            return;
        }
        long recordedCount = outcomes.stream().filter(outcome -> outcome == Outcome.RECORDED).count();
        long duplicateCount = outcomes.stream().filter(outcome -> outcome == Outcome.DUPLICATE).count();
        ConsumerRecord<String, byte[]> first = records.get(0);
        LOG.info("took {} records from {}-{}@{}: {} reports recorded, {} jobs opened, {} duplicates, {} dead-lettered", records.size(),
                first.topic(), first.partition(), first.offset(), recordedCount, opened, duplicateCount,
                outcomes.size() - recordedCount - duplicateCount);
    }

    private Outcome recordOne(ConsumerRecord<String, byte[]> record, StockoutReport report) {
        Recorded result = recordOrDeadLetter(record, report);
        return result == null ? Outcome.DEAD_LETTERED : counted(report, result);
    }

    /** What recording the report did, or null when the store refused it and the record was dead-lettered. */
    private Recorded recordOrDeadLetter(ConsumerRecord<String, byte[]> record, StockoutReport report) {
        try {
            return recorder.record(report);
        } catch (IllegalArgumentException refused) {
            decoder.deadLetter(record, "refused by dispatch: " + refused.getMessage());
            return null;
        }
    }

    /** Counts and logs what recording the report did. */
    private Outcome counted(StockoutReport report, Recorded result) {
        switch (result.outcome()) {
            case DUPLICATE -> {
                duplicates.increment();
                LOG.debug("report {} was recorded before (job {}); nothing changed", report.mentionId(), result.jobId());
                return Outcome.DUPLICATE;
            }
            case OPENED_JOB -> {
                jobsOpened.increment();
                LOG.debug("report {} opened job {} for {} at outlet {}", report.mentionId(), result.jobId(), report.productKey(), report.outletId());
            }
            case ATTACHED -> LOG.debug("report {} attached to job {}", report.mentionId(), result.jobId());
        }
        recorded.increment();
        return Outcome.RECORDED;
    }
}
