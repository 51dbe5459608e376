package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class TableVacuumsTest {
    @Test
    void shouldDescribeATablesRowsAndAutovacuumPassesForTheLog() {
        TableVacuums outbox = new TableVacuums("outbox", 120, 3_400, 5, 1, Instant.parse("2026-12-08T00:11:19Z"));

        assertThat(outbox.describe())
                .isEqualTo("outbox 120 live, 3400 dead, 5 autovacuums (last 2026-12-08T00:11:19Z), 1 autoanalyze");
        assertThat(new TableVacuums("job_event", 10, 0, 0, 0, null).describe())
                .isEqualTo("job_event 10 live, 0 dead, 0 autovacuums, 0 autoanalyzes");
    }

    @Test
    void shouldReadEveryTableTheIntakeWrites() {
        assertThat(TableVacuums.QUERY).contains("pg_stat_user_tables").contains("n_dead_tup").contains("last_autovacuum")
                .contains("'stockout_report'").contains("'restock_job'").contains("'job_event'").contains("'outbox'")
                .contains("'needs_location_report'");
    }
}
