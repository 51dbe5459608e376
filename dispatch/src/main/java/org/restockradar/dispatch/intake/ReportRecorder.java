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
     * Records the reports in their order, all or none: what each did, in that order. This default records them one by
     * one; the service's recorder does it in one transaction. An {@link IllegalArgumentException} means one of them is
     * refused and none was recorded.
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
