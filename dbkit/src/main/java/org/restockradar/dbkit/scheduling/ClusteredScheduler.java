package org.restockradar.dbkit.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.EverythingMatcher;
import org.quartz.impl.matchers.GroupMatcher;
import org.restockradar.dbkit.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz on PostgreSQL, clustered: the JDBC JobStore ({@code QRTZ_} tables of the quartz jar's
 * {@code tables_postgres.sql}, which the owning service's migrations create), so that with several instances one of
 * them runs each firing, and a firing missed while every instance was down runs once when one comes back. Quartz has a
 * small HikariCP pool of its own (its {@code hikaricp} provider), so that scheduled work never starves a service's API
 * of connections. Tasks are plain {@link Runnable}s kept in this instance's scheduler context ({@link TaskJob}). Firings,
 * misfires and run times are meters of the process's registry ({@link QuartzMeters}).
 */
public final class ClusteredScheduler implements ScheduledTasks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusteredScheduler.class);
    /** Connections of Quartz's own pool: a firing, the cluster check-in and a misfire scan at once. */
    private static final int POOL_SIZE = 3;
    /** The shortest misfire threshold: a firing later than this is a misfire, handled by the trigger's instruction. */
    private static final Duration MIN_MISFIRE_THRESHOLD = Duration.ofSeconds(1);

    private final Scheduler scheduler;
    private final String instance;
    private final QuartzMeters meters;

    private ClusteredScheduler(Scheduler scheduler, String instance, QuartzMeters meters) {
        this.scheduler = scheduler;
        this.instance = instance;
        this.meters = meters;
    }

    /**
     * Starts an instance of the cluster {@code name} (every instance of a service shares it).
     *
     * @param checkIn          how often the instance tells the cluster it is alive; an instance silent for longer is
     *                         taken as dead and its in-flight firing is recovered by another
     * @param misfireThreshold how late a firing may be before it counts as missed
     * @param registry         the process's meters, where the scheduler's are kept
     */
    public static ClusteredScheduler start(Database database, String name, Duration checkIn, Duration misfireThreshold, MeterRegistry registry) {
        QuartzMeters meters = new QuartzMeters(registry, name);
        String instance = name + "-" + UUID.randomUUID();
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", name);
        quartz.setProperty("org.quartz.scheduler.instanceId", instance);
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.threadPool.threadNamePrefix", name + "-scheduled");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkIn.toMillis()));
        quartz.setProperty("org.quartz.jobStore.misfireThreshold",
                Long.toString(Math.max(misfireThreshold.toMillis(), MIN_MISFIRE_THRESHOLD.toMillis())));
        // A data source name of this instance's own: Quartz keeps providers in a JVM-wide registry.
        String dataSource = instance;
        quartz.setProperty("org.quartz.jobStore.dataSource", dataSource);
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".provider", "hikaricp");
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".driver", "org.postgresql.Driver");
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".URL", database.jdbcUrl());
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".user", database.user());
        if (database.password() != null) {
            quartz.setProperty("org.quartz.dataSource." + dataSource + ".password", database.password());
        }
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".maxConnections", Integer.toString(POOL_SIZE));
        try {
            Scheduler scheduler = new StdSchedulerFactory(quartz).getScheduler();
            // The JVM-wide repository allows one scheduler per name; this one is reached through this object only,
            // so that two instances (a test's two dispatchers) can share the cluster's name in one JVM.
            SchedulerRepository.getInstance().remove(name);
            scheduler.getListenerManager().addJobListener(meters, EverythingMatcher.allJobs());
            scheduler.getListenerManager().addTriggerListener(meters, EverythingMatcher.allTriggers());
            scheduler.start();
            return new ClusteredScheduler(scheduler, instance, meters);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler " + name + " on " + database, e);
        }
    }

    /** Runs {@code task} every {@code interval} from now on, replacing an earlier schedule of the job; a missed run is not caught up. */
    public void scheduleEvery(String group, String name, Duration interval, Runnable task) {
        JobKey key = JobKey.jobKey(name, group);
        schedule(key, task, TriggerBuilder.newTrigger().withIdentity(name + "-every", group).forJob(key)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow().build(), "every " + interval);
    }

    @Override
    public void scheduleCron(String group, String name, String cron, Runnable task) {
        JobKey key = JobKey.jobKey(name, group);
        Trigger trigger;
        try {
            trigger = TriggerBuilder.newTrigger().withIdentity(name + "-cron", group).forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("UTC"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot schedule " + key + " on '" + cron + "'", e);
        }
        schedule(key, task, trigger, "on '" + cron + "' (UTC)");
    }

    private void schedule(JobKey key, Runnable task, Trigger trigger, String when) {
        Objects.requireNonNull(task, "task");
        try {
            scheduler.getContext().put(contextKey(key), task);
            meters.watch(key);
            JobDetail job = JobBuilder.newJob(TaskJob.class).withIdentity(key).storeDurably().build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
            LOG.info("{} runs {} (Quartz instance {}, clustered)", key, when, instance);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key + " " + when, e);
        }
    }

    /**
     * Deletes every task of this scheduler's cluster but {@code group}/{@code name}: the tasks another service once
     * scheduled on the cluster and now schedules on a cluster of its own (rewards' gift run, before each companion had
     * its scheduler), which the instances here would fire and skip. For a scheduler that runs one task only.
     */
    public void retainOnly(String group, String name) {
        JobKey kept = JobKey.jobKey(name, group);
        try {
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                if (!key.equals(kept) && scheduler.deleteJob(key)) {
                    LOG.info("{} is no task of scheduler {} any more; deleted", key, scheduler.getSchedulerName());
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot delete the stale tasks of scheduler instance " + instance, e);
        }
    }

    static String contextKey(JobKey key) {
        return "task:" + key;
    }

    /** Stops this instance, waiting for a running task; the others in the cluster go on. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.error("scheduler instance {} did not shut down cleanly", instance, e);
        }
    }
}
