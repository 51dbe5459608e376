package org.restockradar.dispatch.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that runs one {@link SlaSweeper#sweep()}; the sweeper is taken from the scheduler's context. Never
 * two at once across the cluster, and a failed sweep is logged and left to the next firing.
 */
@DisallowConcurrentExecution
public final class SlaSweepJob implements Job {
    static final String SWEEPER = "sla-sweeper";
    private static final Logger LOG = LoggerFactory.getLogger(SlaSweepJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        SlaSweeper sweeper;
        try {
            sweeper = (SlaSweeper) context.getScheduler().getContext().get(SWEEPER);
        } catch (SchedulerException e) {
            throw new JobExecutionException("cannot read the SLA sweeper from the scheduler context", e);
        }
        try {
            sweeper.sweep();
        } catch (RuntimeException e) {
            LOG.error("SLA sweep fired at {} failed; the next firing sweeps again", context.getFireTime(), e);
        }
    }
}
