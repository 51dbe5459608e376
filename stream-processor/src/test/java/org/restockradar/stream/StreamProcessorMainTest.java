package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

final class StreamProcessorMainTest {

    @Test
    void shouldExitNonZeroWhenKafkaStreamsReachesError() throws InterruptedException {
        CompletableFuture<KafkaStreams.State> errored = new CompletableFuture<>();
        errored.complete(KafkaStreams.State.ERROR);

        assertThat(StreamProcessorMain.awaitEnd(errored, new CountDownLatch(1))).isEqualTo(StreamProcessorMain.EXIT_STREAMS_ERROR).isNotZero();
    }

    @Test
    void shouldExitZeroWhenStopped() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        stopped.countDown();

        assertThat(StreamProcessorMain.awaitEnd(new CompletableFuture<>(), stopped)).isZero();
    }
}
