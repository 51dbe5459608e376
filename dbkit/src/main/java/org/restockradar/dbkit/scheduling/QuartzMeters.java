package org.restockradar.dbkit.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.quartz.TriggerListener;

/**
 * Quartz's meters on the process's registry, tagged by scheduler (the cluster's name) and job ({@code group.name}):
 * {@value #FIRED} counts the firings this instance ran, {@value #MISFIRED} the firings found later than the misfire
 * threshold (each then handled by its trigger's instruction), {@value #RUN} times each run ({@code outcome} {@code ok}
 * or {@code failed}, a {@link JobExecutionException}). Meters of a job exist from its scheduling on, at zero, so that
 * a dashboard sees a job that never fired. Quartz calls it as a listener of every job and trigger of its scheduler.
 */
final class QuartzMeters implements JobListener, TriggerListener {
    static final String FIRED = "quartz.jobs.fired";
    static final String MISFIRED = "quartz.triggers.misfired";
    static final String RUN = "quartz.job.run";

    private final MeterRegistry registry;
    private final String scheduler;

    QuartzMeters(MeterRegistry registry, String scheduler) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Registers the job's meters at zero. */
    void watch(JobKey job) {
        fired(job);
        misfired(job);
        run(job, "ok");
        run(job, "failed");
    }

    @Override
    public String getName() {
        return "meters-" + scheduler;
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        fired(trigger.getJobKey()).increment();
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        return false;
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        misfired(trigger.getJobKey()).increment();
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, Trigger.CompletedExecutionInstruction instruction) {
        // Timed in jobWasExecuted, which knows whether the job failed.
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        // Counted in triggerFired.
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // Nothing vetoes a job here.
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        run(context.getJobDetail().getKey(), failure == null ? "ok" : "failed").record(Math.max(0, context.getJobRunTime()), TimeUnit.MILLISECONDS);
    }

    private Counter fired(JobKey job) {
        return Counter.builder(FIRED).description("Quartz firings run by this instance").tag("scheduler", scheduler).tag("job", job.toString())
                .register(registry);
    }

    private Counter misfired(JobKey job) {
        return Counter.builder(MISFIRED).description("Quartz firings later than the misfire threshold").tag("scheduler", scheduler)
                .tag("job", job.toString()).register(registry);
    }

    private Timer run(JobKey job, String outcome) {
        return Timer.builder(RUN).description("Quartz job run time").tag("scheduler", scheduler).tag("job", job.toString())
                .tag("outcome", outcome).register(registry);
    }
}
