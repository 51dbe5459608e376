package org.restockradar.dispatch.intake;

import org.restockradar.contracts.StockoutReport;
import org.restockradar.dispatch.store.Recorded;

/**
 * Where the intake puts a decoded report: {@code JobStore::record} in the service.
 * It throws {@link IllegalArgumentException} for a report it refuses for good, anything else for a failure that may pass.
 */
@FunctionalInterface
public interface ReportRecorder {
    Recorded record(StockoutReport report);
}
