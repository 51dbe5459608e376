package org.restockradar.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class BatchesTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldServeALoneRequestAtOnceInABatchOfOne() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        Batches<Integer, String> batches1 = batches(2, 8, requests -> {
            batches.add(List.copyOf(requests));
            return requests.stream().map(r -> "answer " + r).toList();
        });

        assertThat(batches1.call(7, LONG)).isEqualTo("answer 7");
        assertThat(batches1.call(8, LONG)).isEqualTo("answer 8");
        assertThat(batches).containsExactly(List.of(7), List.of(8));
    }

    @Test
    void shouldServeRequestsMadeWhileOthersRunTogetherNeverRunningMoreBatchesThanItsConcurrency() throws Exception {
        AtomicInteger runningNow = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        Batches<Integer, Integer> batches = batches(2, 5, requests -> {
            mostRunning.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2); // a database call: long enough for others to queue behind it
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            runningNow.decrementAndGet();
            batchSizes.add(requests.size());
            served.addAll(requests);
            return requests.stream().map(r -> r * 10).toList();
        });

        int callers = 32;
        int each = 50;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            answers.add(threads.submit(() -> {
                go.await();
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    int request = caller * 1000 + i;
                    assertThat(batches.call(request, LONG)).isEqualTo(request * 10);
                    mine.add(request);
                }
                return mine;
            }));
        }
        go.countDown();
        for (Future<List<Integer>> answer : answers) {
            assertThat(answer.get(2, TimeUnit.MINUTES)).hasSize(each);
        }

        assertThat(served).hasSize(callers * each).doesNotHaveDuplicates();
        assertThat(mostRunning.get()).as("batches running at once").isEqualTo(2);
        assertThat(batchSizes).as("batch sizes").allMatch(size -> size >= 1 && size <= 5);
        assertThat(batchSizes.size()).as("batches for %d requests", callers * each).isLessThan(callers * each / 2);
    }

    @Test
    void shouldServeEachRequestOfAFailedBatchAloneSoThatOnlyTheBadOneFails() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> batchesSeen = Collections.synchronizedList(new ArrayList<>());
        Batches<Integer, Integer> batches = batches(1, 8, requests -> {
            batchesSeen.add(List.copyOf(requests));
            if (requests.equals(List.of(0))) {
                firstRunning.countDown();
                await(othersQueued);
            }
            if (requests.contains(13)) {
                throw new IllegalArgumentException("13 is bad");
            }
            return requests.stream().map(r -> -r).toList();
        });

        Future<Integer> first = threads.submit(() -> batches.call(0, LONG));
        firstRunning.await();
        List<Future<Integer>> queued = new ArrayList<>();
        for (int r : List.of(11, 12, 13, 14)) {
            queued.add(threads.submit(() -> batches.call(r, LONG)));
        }
        awaitQueued(batches, 4);
        othersQueued.countDown();

        assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(0);
        assertThat(queued.get(0).get(1, TimeUnit.MINUTES)).isEqualTo(-11);
        assertThat(queued.get(1).get(1, TimeUnit.MINUTES)).isEqualTo(-12);
        assertThatThrownBy(() -> queued.get(2).get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13 is bad");
        assertThat(queued.get(3).get(1, TimeUnit.MINUTES)).isEqualTo(-14);
        assertThat(batchesSeen).as("the four together, then each alone")
                .anySatisfy(batch -> assertThat(batch).containsExactlyInAnyOrder(11, 12, 13, 14))
                .contains(List.of(11), List.of(12), List.of(13), List.of(14));
    }

    @Test
    void shouldFailEveryRequestOfABatchAtOnceWhenNoneOfThemCausedTheFailure() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> batchesSeen = Collections.synchronizedList(new ArrayList<>());
        Batches<Integer, Integer> batches = batches(1, 8, requests -> {
            batchesSeen.add(List.copyOf(requests));
            if (requests.equals(List.of(0))) {
                firstRunning.countDown();
                await(othersQueued);
                return requests;
            }
            throw new Unreachable("the database is down");
        });

        Future<Integer> first = threads.submit(() -> batches.call(0, LONG));
        firstRunning.await();
        List<Future<Integer>> queued = new ArrayList<>();
        for (int r : List.of(21, 22, 23)) {
            queued.add(threads.submit(() -> batches.call(r, LONG)));
        }
        awaitQueued(batches, 3);
        othersQueued.countDown();

        assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(0);
        for (Future<Integer> answer : queued) {
            assertThatThrownBy(() -> answer.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(Unreachable.class);
        }
        assertThat(batchesSeen).as("one failed call for the three, none alone").hasSize(2);
    }

    @Test
    void shouldGiveUpARequestNoBatchTookInTimeAndNeverServeItAfterwards() throws Exception {
        OneAtATime line = new OneAtATime();
        Future<Integer> slow = line.startSlowRequest(threads);
        assertThatThrownBy(() -> line.batches.call(2, Duration.ofMillis(200))).isInstanceOf(TimeoutException.class);
        line.release.countDown();

        assertThat(slow.get(1, TimeUnit.MINUTES)).isEqualTo(1);
        assertThat(line.batches.call(3, LONG)).isEqualTo(3);
        assertThat(line.served).containsExactly(1, 3);
    }

    @Test
    void shouldGiveUpAWaitingRequestWhenItsThreadIsInterrupted() throws Exception {
        OneAtATime line = new OneAtATime();
        Future<Integer> slow = line.startSlowRequest(threads);

        Future<Integer> waiting = threads.submit(() -> line.batches.call(2, LONG));
        awaitQueued(line.batches, 1);
        waiting.cancel(true);
        awaitQueued(line.batches, 0);
        line.release.countDown();

        assertThat(slow.get(1, TimeUnit.MINUTES)).isEqualTo(1);
        assertThat(line.batches.call(3, LONG)).isEqualTo(3);
        assertThat(line.served).containsExactly(1, 3);
    }

    @Test
    void shouldRefuseANonPositiveConcurrencyOrBatchSize() {
        assertThatThrownBy(() -> new Batches<Integer, Integer>(0, 8, r -> r, e -> true)).hasMessageContaining("concurrency must be at least 1, not 0");
        assertThatThrownBy(() -> new Batches<Integer, Integer>(1, 0, r -> r, e -> true)).hasMessageContaining("at least 1 request, not 0");
    }

    /** One batch at a time, in which request 1 is held until released: what waits behind it, and what was served. */
    private static final class OneAtATime {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        final Batches<Integer, Integer> batches = batches(1, 8, requests -> {
            if (requests.contains(1)) {
                started.countDown();
                await(release);
            }
            served.addAll(requests);
            return requests;
        });

        /** Request 1, once its batch is being served. */
        Future<Integer> startSlowRequest(ExecutorService threads) throws InterruptedException {
            Future<Integer> slow = threads.submit(() -> batches.call(1, LONG));
            assertThat(started.await(1, TimeUnit.MINUTES)).as("the batch of request 1 started").isTrue();
            return slow;
        }
    }

    /** Batches that serve a failed batch again request by request unless it failed with {@link Unreachable}. */
    private static <Q, A> Batches<Q, A> batches(int concurrency, int maxBatch, Function<List<Q>, List<A>> serve) {
        return new Batches<>(concurrency, maxBatch, serve, e -> !(e instanceof Unreachable));
    }

    /** A failure no request of the batch caused. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private static void awaitQueued(Batches<?, ?> batches, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batches.waiting() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " requests never queued; " + batches.waiting() + " did");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
