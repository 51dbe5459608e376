package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;

final class EventIdsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:30:00Z");

    @Test
    void shouldGiveEventsWrittenLaterIdsThatSortLaterAsPostgresComparesThem() {
        // Given events a millisecond apart, as a job's history is written
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(EventLog.event(42, JobEvent.Kind.OPENED, null, JobStatus.REPORTED, null, "dispatch", "system", null, Map.of(),
                    T0.plusMillis(i)).eventId());
        }

        // Then their ids sort in the order written, byte by byte (PostgreSQL compares uuids with memcmp, the order of their
        // lower-case hex text), so each new id lands at the right edge of the event-id indexes
        assertThat(ids).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void shouldCarryTheEventsTimeInAVersion7Id() {
        UUID id = EventIds.at(T0);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void shouldGiveDistinctIdsToManyEventsOfOneMillisecondOnSeveralThreads() throws InterruptedException {
        // Given four threads each making ids for events of the same millisecond
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 25_000; i++) {
                    ids.add(EventIds.at(T0));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        // Then no two are the same
        assertThat(ids).hasSize(100_000);
    }
}
