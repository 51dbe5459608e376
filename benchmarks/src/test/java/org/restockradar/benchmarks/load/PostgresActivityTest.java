package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PostgresActivityTest {
    @Test
    void shouldCountWhatPostgresBeganBetweenTwoReadings() {
        PostgresActivity before = new PostgresActivity(3, 10, 12);
        PostgresActivity after = new PostgresActivity(4, 10, 14);

        assertThat(after.since(before)).isEqualTo(new PostgresActivity(1, 0, 2));
    }

    @Test
    void shouldDescribeAPhaseInWordsForTheLog() {
        assertThat(new PostgresActivity(1, 0, 2).describe()).isEqualTo("1 checkpoint, 0 autovacuums, 2 autoanalyzes");
        assertThat(new PostgresActivity(0, 1, 1).describe()).isEqualTo("0 checkpoints, 1 autovacuum, 1 autoanalyze");
    }

    @Test
    void shouldReadTheCheckpointerAndTheTablesAutovacuumCounters() {
        assertThat(PostgresActivity.QUERY).contains("pg_stat_checkpointer").contains("num_timed + num_requested")
                .contains("autovacuum_count").contains("autoanalyze_count").contains("pg_stat_user_tables");
    }
}
