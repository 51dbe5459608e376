package org.restockradar.dispatch.intake;

import java.util.List;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Recorded;

/**
 * Where the intake puts decoded reports: {@code JobStore}'s {@code record} and {@code recordAll} in the service.
 * It throws {@link IllegalArgumentException} for a report it refuses for good, anything else for a failure that may pass.
 */
@FunctionalInterface
public interface ReportRecorder {
    Recorded record(StockoutReport report);

    /**
     * Records the reports in their order: what each did, in that order. This default records them one by one, so a
     * refusal ({@link IllegalArgumentException}) leaves the reports before it recorded (recording them again is a
     * no-op: the mention id is the key); the service's recorder ({@link JobStore#recordAll}) does it in one
     * transaction, all or none.
     */
    default List<Recorded> recordAll(List<StockoutReport> reports) {
        return reports.stream().map(this::record).toList();
    }

    /** The job store's: {@link JobStore#record} for one report, {@link JobStore#recordAll} for a batch in one transaction. */
    static ReportRecorder of(JobStore jobs) {
        return new ReportRecorder() {
            @Override
            public Recorded record(StockoutReport report) {
                return jobs.record(report);
            }

            @Override
            public List<Recorded> recordAll(List<StockoutReport> reports) {
                return jobs.recordAll(reports);
            }
        };
    }
}
