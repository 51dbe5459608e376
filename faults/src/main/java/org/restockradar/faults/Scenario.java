package org.restockradar.faults;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
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
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

    Scenario {
        faults = List.copyOf(faults);
    }

    /** What a run found. */
    record Result(Scenario scenario, List<Timeline.Entry> timeline, Verifier.Verdict verdict, Duration loadTime,
            double mentionsPerSecond) {
    }

    Result run(Path dir) throws InterruptedException, SQLException {
        FaultWorld world = FaultWorld.generate(outlets, mentions, poisonPercent, Instant.now());
        FaultWorld.WorldFiles files = world.written(dir.resolve("world"));
        try (LocalCluster cluster = LocalCluster.start(dir, files, checkSla ? layout.withShortSla() : layout)) {
            Timeline timeline = new Timeline();
            TopicContents topics = new TopicContents(cluster.bootstrapServers());
            ServiceProcess replay = cluster.startReplay(rate);
            timeline.note("replay of " + mentions + " mentions started" + (rate > 0 ? " at " + rate + "/s" : ""));
            for (Fault fault : faults) {
                fault.inject(cluster, timeline);
            }
            awaitUntil("the replay has finished", () -> !replay.isAlive());
            timeline.note("replay finished");
            awaitUntil("the stream processors have consumed every mention",
                    () -> topics.consumedAll("restock-radar-stream-processor", Topics.MENTIONS));
            Duration loadTime = timeline.elapsed();
            timeline.note("stream processors caught up");
            awaitUntil("dispatch has consumed every report", () -> topics.consumedAll("dispatch", Topics.STOCKOUT_REPORTS));
            timeline.note("dispatch caught up");
            Verifier verifier = new Verifier(world, cluster.bootstrapServers(), cluster.database());
            if (checkSla) {
                awaitUntil("every job has escalated", () -> escalatedAll(verifier));
                timeline.note("every job escalated");
            }
            Verifier.Verdict verdict = verifier.verify(checkSla);
            timeline.note("verifier: " + (verdict.delivered() ? Verifier.ALL_DELIVERED : verdict.problems().size() + " problems"));
            LOG.info("{}: {}", name, verdict.summary());
            return new Result(this, timeline.entries(), verdict, loadTime, mentions / (loadTime.toMillis() / 1000.0));
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

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                LOG.warn("Not settled within {}: {}; verifying what there is", SETTLE_TIMEOUT, what);
                return;
            }
            Thread.sleep(500);
        }
    }
}
