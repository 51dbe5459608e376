package org.restockradar.contracts.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class MonitoringTest {
    /** Nobody listens there: the checks are made, not run. */
    private static final Map<String, String> CLUSTER = Map.of("bootstrap.servers", "127.0.0.1:1");

    @Test
    void shouldKeepOneKafkaCheckForTheServicesOfOneProcess() throws Exception {
        try (Monitoring monitoring = Monitoring.create()) {
            AutoCloseable dispatch = monitoring.watchKafka(CLUSTER);
            AutoCloseable streams = monitoring.watchKafka(CLUSTER);
            AutoCloseable ingest = monitoring.watchKafka(Map.of("bootstrap.servers", "127.0.0.1:1", "client.id", "theirs"));

            assertThat(names(monitoring)).containsExactly(Monitoring.KAFKA_CHECK);

            dispatch.close();
            dispatch.close();
            streams.close();
            assertThat(names(monitoring)).as("while one service still uses it").containsExactly(Monitoring.KAFKA_CHECK);

            ingest.close();
            assertThat(names(monitoring)).as("the last one gone").isEmpty();
        }
    }

    @Test
    void shouldCheckASecondClusterApart() throws Exception {
        try (Monitoring monitoring = Monitoring.create();
             AutoCloseable first = monitoring.watchKafka(CLUSTER);
             AutoCloseable second = monitoring.watchKafka(Map.of("bootstrap.servers", "127.0.0.1:2"))) {
            assertThat(names(monitoring)).containsExactly(Monitoring.KAFKA_CHECK, "kafka:127.0.0.1:2");
        }
    }

    private static java.util.SortedSet<String> names(Monitoring monitoring) {
        return monitoring.readiness().names();
    }
}
