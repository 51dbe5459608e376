package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class JobStatusTest {

    @Test
    void shouldReadAStatusFromItsCodeIgnoringCaseAndSpaces() {
        assertThat(JobStatus.fromCode(" Reported ")).isEqualTo(JobStatus.REPORTED);
        assertThat(JobStatus.REPORTED.code()).isEqualTo("reported");
    }

    @Test
    void shouldNameTheUnknownCodeAndTheKnownOnes() {
        assertThatThrownBy(() -> JobStatus.fromCode("lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown job status 'lost' (expected one of: reported)");
        assertThatThrownBy(() -> JobStatus.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
