package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class RecentIdsTest {

    @Test
    void shouldForgetTheOldestIdBeyondItsCapacity() {
        RecentIds ids = new RecentIds(3);
        List.of("a", "b", "c", "d").forEach(ids::add);

        assertThat(ids.contains("a")).isFalse();
        assertThat(ids.contains("b")).isTrue();
        assertThat(ids.contains("d")).isTrue();
        assertThat(ids.size()).isEqualTo(3);
    }

    @Test
    void shouldGiveTheNewestIdsOldestFirst() {
        RecentIds ids = new RecentIds(10);
        List.of("a", "b", "c", "d").forEach(ids::add);
        ids.add("b");

        assertThat(ids.newest(3)).containsExactly("c", "d", "b");
        assertThat(ids.newest(99)).containsExactly("a", "c", "d", "b");
    }
}
