package org.restockradar.dbkit.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class of the {@link ClusteredScheduler}: runs the task that this instance put in the scheduler
 * context under the job's name. An instance that has no such task (the service is off there) logs and skips; a task
 * that fails is logged and left to its next firing. Never two firings of one job at once across the cluster.
 */
@DisallowConcurrentExecution
public final class TaskJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().toString();
        Object task;
        try {
            task = context.getScheduler().getContext().get(ClusteredScheduler.contextKey(context.getJobDetail().getKey()));
        } catch (SchedulerException e) {
            throw new JobExecutionException("cannot read task " + name + " from the scheduler context", e);
        }
        if (!(task instanceof Runnable runnable)) {
            LOG.warn("task {} fired at {} on an instance that does not run it; nothing done here", name, context.getFireTime());
            return;
        }
        try {
            runnable.run();
        } catch (RuntimeException e) {
            LOG.error("task {} fired at {} failed; the next firing runs again", name, context.getFireTime(), e);
        }
    }
}
