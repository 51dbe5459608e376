package org.restockradar.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.restockradar.dbkit.store.StoreUnavailableException;

/** Which failed batches of claims are worth serving again claim by claim. */
final class ClaimBatchFailureTest {
    @Test
    void shouldNotRetryClaimByClaimWhenThePoolHadNoConnection() {
        assertThat(JobWorkflow.mayBeOneClaims(new StoreUnavailableException("cannot claim",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms")))).isFalse();
    }

    @Test
    void shouldNotRetryClaimByClaimWhenTheConnectionBroke() {
        assertThat(JobWorkflow.mayBeOneClaims(new StoreUnavailableException("cannot claim",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isFalse();
    }

    @Test
    void shouldRetryClaimByClaimWhenTheStatementFailed() {
        assertThat(JobWorkflow.mayBeOneClaims(new StoreUnavailableException("cannot claim",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(JobWorkflow.mayBeOneClaims(new IllegalStateException("claim_jobs gave an unknown refusal"))).isTrue();
    }
}
