package org.restockradar.dispatch.workflow;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Requests served in batches by the threads that make them (flat combining): at most {@code concurrency} batches run
 * at once; a request made while they are busy waits in arrival order, and the next thread to run takes every waiting
 * request up to {@code maxBatch} and serves them with one call of {@code serve}. So under load many requests share one
 * call (one round trip and one commit for claims), and alone a request is served at once in a batch of one. No thread
 * of its own: a caller runs batches until its own request is answered, then hands its turn to the oldest waiting
 * request's thread.
 *
 * <p>When a batch of several fails in a way that one of its requests may have caused ({@code retryAlone}), each of its
 * requests is served again alone, so one bad request does not fail the others; otherwise (the database unreachable,
 * say) every request of the batch gets the exception at once. A batch of one passes its exception to its caller.
 *
 * @param <Q> a request
 * @param <A> its answer
 */
final class Batches<Q, A> {
    private final int concurrency;
    private final int maxBatch;
    /** Serves a batch: one answer per request, in the same order. */
    private final Function<List<Q>, List<A>> serve;
    /** Whether a batch that failed so is worth serving again request by request. */
    private final Predicate<RuntimeException> retryAlone;
    private final ReentrantLock lock = new ReentrantLock();
    /** Requests not yet taken into a batch, oldest first; guarded by {@link #lock}. */
    private final ArrayDeque<Pending<Q, A>> waiting = new ArrayDeque<>();
    /** Threads holding a turn to run batches; guarded by {@link #lock}. */
    private int running;

    Batches(int concurrency, int maxBatch, Function<List<Q>, List<A>> serve, Predicate<RuntimeException> retryAlone) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch must hold at least 1 request, not " + maxBatch);
        }
        this.concurrency = concurrency;
        this.maxBatch = maxBatch;
        this.serve = Objects.requireNonNull(serve, "serve");
        this.retryAlone = Objects.requireNonNull(retryAlone, "retryAlone");
    }

    /**
     * Serves {@code request}, in a batch with others when they wait too.
     *
     * @throws TimeoutException it waited {@code timeout} without being taken into a batch (it never will be then)
     * @throws InterruptedException the thread was interrupted before a batch took the request (it never will then);
     *         interrupted later, it waits for the answer and keeps its interrupt status
     * @throws RuntimeException what serving it threw
     */
    A call(Q request, Duration timeout) throws TimeoutException, InterruptedException {
        Pending<Q, A> mine = new Pending<>(request, Thread.currentThread());
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean interrupted = false;
        lock.lock();
        try {
            waiting.addLast(mine);
            if (running < concurrency) {
                running++;
                mine.hasTurn = true;
            }
        } finally {
            lock.unlock();
        }
        while (true) {
            if (mine.hasTurn) {
                runUntilAnswered(mine);
            }
            if (mine.answered) {
                break;
            }
            if (Thread.interrupted()) {
                if (giveUp(mine)) {
                    throw new InterruptedException("interrupted while waiting to be taken into a batch");
                }
                interrupted = true;
            }
            long left = deadline - System.nanoTime();
            if (left > 0) {
                LockSupport.parkNanos(this, left);
            } else if (giveUp(mine)) {
                throw new TimeoutException("waited " + timeout.toMillis() + " ms to be taken into a batch");
            } else {
                LockSupport.park(this); // a batch has it, or a turn was just handed to it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.hasTurn) {
            // A turn handed over between the two reads above, to a request a batch then answered: pass it on.
            passTurn(mine);
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.answer;
    }

    /** Requests waiting to be taken into a batch. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the request out of the line if no batch has taken it and no turn was handed to it. */
    private boolean giveUp(Pending<Q, A> mine) {
        lock.lock();
        try {
            return !mine.hasTurn && waiting.remove(mine);
        } finally {
            lock.unlock();
        }
    }

    /** Runs batches while this thread's own request is unanswered, then passes the turn on. */
    private void runUntilAnswered(Pending<Q, A> mine) {
        try {
            while (!mine.answered) {
                List<Pending<Q, A>> batch = take();
                if (batch.isEmpty()) {
                    return; // another turn has taken it: its answer is on the way
                }
                run(batch);
            }
        } finally {
            passTurn(mine);
        }
    }

    private List<Pending<Q, A>> take() {
        lock.lock();
        try {
            List<Pending<Q, A>> batch = new ArrayList<>(Math.min(maxBatch, waiting.size()));
            while (batch.size() < maxBatch && !waiting.isEmpty()) {
                batch.add(waiting.pollFirst());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void passTurn(Pending<Q, A> mine) {
        lock.lock();
        try {
            mine.hasTurn = false;
            Pending<Q, A> next = null;
            for (Iterator<Pending<Q, A>> it = waiting.iterator(); it.hasNext() && next == null; ) {
                Pending<Q, A> candidate = it.next();
                if (!candidate.hasTurn) {
                    next = candidate;
                }
            }
            if (next == null) {
                running--;
            } else {
                next.hasTurn = true;
                LockSupport.unpark(next.thread);
            }
        } finally {
            lock.unlock();
        }
    }

    private void run(List<Pending<Q, A>> batch) {
        List<Q> requests = new ArrayList<>(batch.size());
        for (Pending<Q, A> pending : batch) {
            requests.add(pending.request);
        }
        List<A> answers;
        try {
            answers = serve.apply(requests);
            if (answers.size() != batch.size()) {
                throw new IllegalStateException("a batch of " + batch.size() + " requests got " + answers.size() + " answers");
            }
        } catch (Error e) {
            for (Pending<Q, A> pending : batch) {
                pending.fail(new IllegalStateException("serving a batch of " + batch.size() + " requests failed: " + e, e));
            }
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).fail(e);
            } else if (!retryAlone.test(e)) {
                for (Pending<Q, A> pending : batch) {
                    pending.fail(e);
                }
            } else {
                for (Pending<Q, A> pending : batch) {
                    run(List.of(pending));
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer(answers.get(i));
        }
    }

    /** A request and, once served, its answer; the fields its thread reads without the lock are volatile. */
    private static final class Pending<Q, A> {
        final Q request;
        final Thread thread;
        volatile boolean hasTurn;
        volatile boolean answered;
        A answer;
        RuntimeException failure;

        Pending(Q request, Thread thread) {
            this.request = request;
            this.thread = thread;
        }

        void answer(A value) {
            answer = value;
            answered = true;
            LockSupport.unpark(thread);
        }

        void fail(RuntimeException e) {
            failure = e;
            answered = true;
            LockSupport.unpark(thread);
        }
    }
}
