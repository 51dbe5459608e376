package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class ReconnectingWorkerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SourceChannel channel = Channels.channel("x", new RecordingSink(), registry, clock);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Test
    void shouldReconnectWithTheBackOffOfEachFailureAndResetItOnceConnected() throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        ReconnectingWorker.Session session = new ReconnectingWorker.Session() {
            @Override
            public void run(ReconnectingWorker.Context context) throws SourceException, InterruptedException {
                switch (attempt.incrementAndGet()) {
                    case 1 -> throw SourceException.http(503, null, "HTTP 503");
                    case 2 -> throw SourceException.http(503, null, "HTTP 503");
                    case 3 -> throw SourceException.http(429, clock.instant().plusSeconds(41), "HTTP 429");
                    case 4 -> {
                        context.connected();
                        throw SourceException.network("connection reset", null);
                    }
                    default -> {
                        context.connected();
                        holding.countDown();
                        released.await();
                    }
                }
            }

            @Override
            public void abort() {
                released.countDown();
            }
        };
        ReconnectingWorker worker = new ReconnectingWorker("x-test", session, new Backoff(Backoff.Policy.documented(), clock), waits::add, channel);

        worker.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> holding.getCount() == 0);

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(42), Duration.ofMillis(250));
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "x")).isEqualTo(4);
        assertThat(worker.health().state()).isEqualTo(Health.State.UP);

        worker.stop(Duration.ofSeconds(5));
        assertThat(worker.health().state()).isEqualTo(Health.State.STOPPED);
    }

    @Test
    void shouldKeepBackingOffFromASourceThatAcceptsEachConnectionAndDropsItAtOnce() throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        ReconnectingWorker.Session session = new ReconnectingWorker.Session() {
            @Override
            public void run(ReconnectingWorker.Context context) throws SourceException, InterruptedException {
                context.connected();
                int n = attempt.incrementAndGet();
                if (n <= 4) {
                    throw SourceException.network("stream ended", null); // accepted, then dropped at once
                }
                if (n == 5) {
                    clock.advance(Duration.ofMinutes(1)); // held long enough to count as a success
                    throw SourceException.network("stream ended", null);
                }
                holding.countDown();
                released.await();
            }

            @Override
            public void abort() {
                released.countDown();
            }
        };
        ReconnectingWorker worker = new ReconnectingWorker("x-test", session, new Backoff(Backoff.Policy.documented(), clock), waits::add, channel);

        worker.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> holding.getCount() == 0);
        worker.stop(Duration.ofSeconds(5));

        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(1000),
                Duration.ofMillis(250));
    }

    @Test
    void shouldStopWhileWaitingToReconnect() {
        CountDownLatch waiting = new CountDownLatch(1);
        ReconnectingWorker.Session failing = new ReconnectingWorker.Session() {
            @Override
            public void run(ReconnectingWorker.Context context) throws SourceException {
                throw SourceException.network("refused", null);
            }

            @Override
            public void abort() {
                // nothing open
            }
        };
        CountDownLatch never = new CountDownLatch(1);
        Sleeper blocking = d -> {
            waiting.countDown();
            never.await();
        };
        ReconnectingWorker worker = new ReconnectingWorker("x-test", failing, new Backoff(Backoff.Policy.documented(), clock), blocking, channel);
        worker.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> waiting.getCount() == 0);
        assertThat(worker.health().state()).isEqualTo(Health.State.RECONNECTING);

        worker.stop(Duration.ofSeconds(5));

        assertThat(worker.health().state()).isEqualTo(Health.State.STOPPED);
    }
}
