package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class JobFilterTest {

    @Test
    void shouldKeepTheLimitOfAListingWithinBounds() {
        assertThatThrownBy(() -> new JobFilter(null, null, 0)).hasMessage("limit must be within [1, 1000]: 0");
        assertThatThrownBy(() -> new JobFilter(null, null, 1001)).hasMessage("limit must be within [1, 1000]: 1001");
        assertThat(new JobFilter(null, null, 1000).limit()).isEqualTo(1000);
    }

    @Test
    void shouldTreatABlankCityAsNoCity() {
        assertThat(new JobFilter(null, "  ", 1).city()).isNull();
    }
}
