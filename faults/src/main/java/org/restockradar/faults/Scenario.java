package org.restockradar.faults;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the harness: a world, the services laid out, a steady load (the world's mentions replayed at a rate),
 * the faults injected one after another while it runs, then the wait for the system to settle and the verifier.
 *
 * @param name such as {@code F1}
 * @param mentions lines of the mentions file
 * @param poisonPercent share of poison lines
 * @param rate mentions per second of the replay; 0 for as fast as possible
 * @param checkSla whether every job must have its SLA warning, breach and escalation (short SLA settings)
 */
record Scenario(String name, String description, int outlets, int mentions, int poisonPercent, double rate,
        LocalCluster.Layout layout, List<Fault> faults, boolean checkSla) {
    private static final Logger LOG = LoggerFactory.getLogger(Scenario.class);
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(30);

    Scenario {
        faults = List.copyOf(faults);
    }

    /**
     * This scenario with another number of mentions when it replays them as fast as possible (the baseline and F4,
     * whose throughput is compared: a longer run holds the comparison above the noise); any other scenario, or a
     * count of 0, as it is.
     */
    Scenario asFastAsPossibleWith(int otherMentions) {
        if (otherMentions <= 0 || rate != 0) {
            return this;
        }
        return new Scenario(name, description, outlets, otherMentions, poisonPercent, rate, layout, faults, checkSla);
    }

    /** What a run found. */
    record Result(Scenario scenario, List<Timeline.Entry> timeline, Verifier.Verdict verdict, Duration loadTime,
            double mentionsPerSecond) {
        /** A run that stopped with an exception before the verifier. */
        static Result failed(Scenario scenario, RuntimeException e) {
            return new Result(scenario, List.of(), new Verifier.Verdict(List.of("the run stopped: " + e),
                    java.util.Map.of(), java.util.Map.of()), Duration.ZERO, 0);
        }
    }

    Result run(Path dir) throws InterruptedException, SQLException {
        FaultWorld world = FaultWorld.generate(outlets, mentions, poisonPercent, Instant.now());
        FaultWorld.WorldFiles files = world.written(dir.resolve("world"));
        LocalCluster cluster = LocalCluster.start(dir, files, checkSla ? layout.withShortSla() : layout);
        try {
            Timeline timeline = new Timeline();
            TopicContents topics = new TopicContents(cluster.bootstrapServers());
            ServiceProcess replay = cluster.startReplay(rate, checkSla);
            timeline.note("replay of " + mentions + " mentions started" + (rate > 0 ? " at " + rate + "/s" : ""));
            // Faults strike a system under load: the replay's JVM must be up and writing first (under load it took
            // longer to start than F2's first 10 s, and the broker was gone before it had written anything).
            long flowing = Math.max(1, mentions / 20);
            awaitUntil("the load flows", () -> !replay.isAlive() || topics.endOffsets(Topics.MENTIONS) >= flowing,
                    () -> topics.endOffsets(Topics.MENTIONS));
            timeline.note("load flowing (" + topics.endOffsets(Topics.MENTIONS) + " mentions in the topic)");
            for (Fault fault : faults) {
                fault.inject(cluster, timeline);
            }
            Verifier verifier = new Verifier(world, cluster.bootstrapServers(), cluster.database());
            // The replay logs nothing while it works: its progress is what the mentions topic takes.
            awaitUntil("the replay has finished", () -> !replay.isAlive(), () -> topics.endOffsets(Topics.MENTIONS));
            if (replay.isAlive()) {
                timeline.note("replay stalled: still running, no mention written for " + Timeline.seconds(STALL_TIMEOUT) + "; stopped");
                replay.stop();
            } else {
                timeline.note("replay finished");
            }
            awaitUntil("the stream processors have consumed every mention",
                    () -> topics.consumedAll("restock-radar-stream-processor", Topics.MENTIONS),
                    () -> topics.committed("restock-radar-stream-processor"));
            Duration loadTime = timeline.elapsed();
            timeline.note("stream processors caught up");
            awaitUntil("dispatch has consumed every report", () -> topics.consumedAll("dispatch", Topics.STOCKOUT_REPORTS),
                    () -> topics.committed("dispatch"));
            timeline.note("dispatch caught up");
            if (checkSla) {
                awaitUntil("every job has escalated", () -> escalatedAll(verifier), verifier::alertCount);
                timeline.note("every job escalated");
            }
            Verifier.Verdict verdict = verifier.verify(checkSla);
            timeline.note("verifier: " + (verdict.delivered() ? Verifier.ALL_DELIVERED : verdict.problems().size() + " problems"));
            LOG.info("{}: {}", name, verdict.summary());
            return new Result(this, timeline.entries(), verdict, loadTime, mentions / (loadTime.toMillis() / 1000.0));
        } finally {
            // A failure to stop the cluster must not hide what the verifier found.
            try {
                cluster.close();
            } catch (RuntimeException e) {
                LOG.warn("Cannot stop the cluster of {} cleanly", name, e);
            }
        }
    }

    private static boolean escalatedAll(Verifier verifier) {
        try {
            return verifier.everyJobEscalated();
        } catch (SQLException notNow) {
            LOG.debug("Cannot count escalations yet", notNow);
            return false;
        }
    }

    /**
     * Waits for the condition as long as the system makes progress: gives up (and lets the verifier say what is
     * missing) only once {@code progress} has not moved for {@link #STALL_TIMEOUT}, or after {@link #SETTLE_LIMIT}.
     */
    private static void awaitUntil(String what, BooleanSupplier condition, LongSupplier progress) throws InterruptedException {
        long start = System.nanoTime();
        long last = progress.getAsLong();
        long lastMoved = start;
        while (!condition.getAsBoolean()) {
            long now = System.nanoTime();
            long current = progress.getAsLong();
            if (current != last) {
                last = current;
                lastMoved = now;
            }
            if (now - lastMoved > STALL_TIMEOUT.toNanos() || now - start > SETTLE_LIMIT.toNanos()) {
                LOG.warn("Not settled ({} without progress, or {} in all): {}; verifying what there is", STALL_TIMEOUT,
                        SETTLE_LIMIT, what);
                return;
            }
            Thread.sleep(500);
        }
    }
}
