package org.restockradar.dispatch.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.restockradar.dbkit.scheduling.ClusteredScheduler;
import org.restockradar.dbkit.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SLA sweep every {@code interval} on dispatch's {@link ClusteredScheduler} (Quartz on the dispatch
 * PostgreSQL, tables from migration V4): with several dispatchers one of them runs each firing, and a firing missed
 * while every dispatcher was down runs once when one comes back. It runs the sweep only: a service run beside dispatch
 * schedules on a cluster of its own name (rewards' gift runs), so that a dispatcher that does not run it never takes
 * its firings; a task such a service left here before is deleted at start.
 */
public final class SlaScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlaScheduler.class);
    /** The scheduler name shared by every dispatcher: Quartz clusters the instances that share it. */
    static final String SCHEDULER_NAME = "dispatch";
    private static final String SWEEP = "sla-sweep";

    private final ClusteredScheduler scheduler;

    private SlaScheduler(ClusteredScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts a clustered scheduler instance and (re)schedules the sweep every {@code interval}.
     *
     * @param checkIn how often the instance tells the cluster it is alive; an instance silent for longer is taken as
     *                dead and its in-flight firing is recovered by another
     * @param meters  the process's registry, for the scheduler's meters
     */
    public static SlaScheduler start(Database database, SlaSweeper sweeper, Duration interval, Duration checkIn, MeterRegistry meters) {
        ClusteredScheduler scheduler = ClusteredScheduler.start(database, SCHEDULER_NAME, checkIn, interval, meters);
        try {
            scheduler.scheduleEvery(SCHEDULER_NAME, SWEEP, interval, sweeper::sweep);
            scheduler.retainOnly(SCHEDULER_NAME, SWEEP);
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
        LOG.info("SLA sweeps every {}", interval);
        return new SlaScheduler(scheduler);
    }

    /** Stops this instance, waiting for a running sweep; the others in the cluster go on sweeping. */
    @Override
    public void close() {
        scheduler.close();
    }
}
