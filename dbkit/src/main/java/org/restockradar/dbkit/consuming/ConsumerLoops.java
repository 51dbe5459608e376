package org.restockradar.dbkit.consuming;

import java.util.List;

/**
 * Several {@link ConsumerLoop}s of one consumer group in one process, started together by
 * {@link ConsumerLoop#inGroupByBatch(String, java.util.Map, String, List, int, ConsumerLoop.BatchHandler,
 * io.micrometer.core.instrument.MeterRegistry)}: the broker gives each its share of the partitions, so that the polls of
 * different partitions are handled at once while each partition's records keep their order. Runs while every loop
 * runs; stops them together.
 */
public final class ConsumerLoops implements AutoCloseable {
    private final List<ConsumerLoop> loops;

    ConsumerLoops(List<ConsumerLoop> loops) {
        this.loops = List.copyOf(loops);
    }

    /** How many loops there are. */
    public int size() {
        return loops.size();
    }

    /**
     * True while every loop runs. One that stopped on an error it could not pass leaves its partitions to the others,
     * but this says so, for the service's readiness.
     */
    public boolean isRunning() {
        return !loops.isEmpty() && loops.stream().allMatch(ConsumerLoop::isRunning);
    }

    /**
     * Asks every loop to stop, then waits for each: each finishes the batch it is handling, commits what it handled and
     * leaves the group. Asking all first keeps a loop from taking over, and reading again, the partitions of one that
     * has just left.
     */
    @Override
    public void close() {
        loops.forEach(ConsumerLoop::requestStop);
        loops.forEach(ConsumerLoop::awaitStop);
    }
}
