package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.embedded.KafkaTestClients.createTopic;
import static org.restockradar.embedded.KafkaTestClients.topics;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class NoOrphanBrokerIT {
    @Test
    void shouldStopTheBrokerWhenItsParentIsKilled(@TempDir Path dataDir) {
        try (ChildJvm parent = ChildJvm.start(EmbeddedChild.class, "kafka", dataDir.toString())) {
            // Longer than the broker's own ready timeout (3 min): the child's failure, not this wait, says when it is too slow.
            ProcessHandle broker = ProcessHandle.of(Long.parseLong(parent.awaitValue("broker-pid", Duration.ofMinutes(4))))
                    .orElseThrow();
            assertThat(broker.isAlive()).isTrue();

            parent.kill();

            await("broker " + broker.pid() + " gone").atMost(Duration.ofSeconds(30)).until(() -> !broker.isAlive());
        }
    }

    @Test
    void shouldStopABrokerLeftRunningOnItsDirectoryBeforeStartingAnother(@TempDir Path dataDir) throws Exception {
        // A broker whose owner is gone while it still runs: this test holds its lifeline, no EmbeddedKafka does.
        Process leftover = EmbeddedKafka.prepare(dataDir, EmbeddedKafka.Options.defaults()).start();
        try {
            // Its JVM writes broker.pid once it holds broker.lock: from then on it owns the directory.
            await("leftover broker holding the directory").atMost(Duration.ofSeconds(60))
                    .failFast("leftover broker exited", () -> !leftover.isAlive())
                    .until(() -> DataFiles.readPid(dataDir.resolve(EmbeddedKafka.PID_FILE)).isPresent());

            try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
                assertThat(leftover.isAlive()).isFalse();
                assertThat(kafka.pid()).isNotEqualTo(leftover.pid());
                createTopic(kafka.bootstrapServers(), "after-the-leftover");
                assertThat(topics(kafka.bootstrapServers())).contains("after-the-leftover");
            }
        } finally {
            leftover.destroyForcibly();
        }
    }
}
