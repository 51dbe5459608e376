package org.restockradar.dispatch.scheduling;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SLA sweep every {@code interval} with Quartz on the dispatch PostgreSQL: the JDBC JobStore (tables from
 * migration V4), clustered, so that with several dispatchers one of them runs each firing, and a firing missed while
 * every dispatcher was down runs once when one comes back. Quartz has a small HikariCP pool of its own (Quartz's
 * {@code hikaricp} connection provider) on the same database, so that sweeps never starve the API of connections.
 */
public final class SlaScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlaScheduler.class);
    /** The scheduler name shared by every dispatcher: Quartz clusters the instances that share it. */
    static final String SCHEDULER_NAME = "dispatch";
    static final JobKey SWEEP = JobKey.jobKey("sla-sweep", "dispatch");

    private final Scheduler scheduler;

    private SlaScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The database Quartz connects to: the dispatch database's JDBC URL, user and password. */
    public record Database(String jdbcUrl, String user, String password) {
        public Database {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String toString() {
            return "Database[" + jdbcUrl + ", user " + user + "]";
        }
    }

    /**
     * Starts a clustered scheduler instance and (re)schedules the sweep every {@code interval}.
     *
     * @param checkIn how often the instance tells the cluster it is alive; an instance silent for longer is taken as
     *                dead and its in-flight firing is recovered by another
     */
    public static SlaScheduler start(Database database, SlaSweeper sweeper, Duration interval, Duration checkIn) {
        String instance = "dispatch-" + UUID.randomUUID();
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        quartz.setProperty("org.quartz.scheduler.instanceId", instance);
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.threadPool.threadNamePrefix", "dispatch-sla");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkIn.toMillis()));
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(Math.max(interval.toMillis(), 1_000)));
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
        quartz.setProperty("org.quartz.dataSource." + dataSource + ".maxConnections", "3");
        try {
            Scheduler scheduler = new StdSchedulerFactory(quartz).getScheduler();
            // The JVM-wide repository allows one scheduler per name; this one is reached through this object only,
            // so that two dispatchers (a test's two instances) can share the cluster's name in one JVM.
            SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
            scheduler.getContext().put(SlaSweepJob.SWEEPER, sweeper);
            JobDetail job = JobBuilder.newJob(SlaSweepJob.class).withIdentity(SWEEP).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("sla-sweep-every", "dispatch").forJob(SWEEP)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .startNow().build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
            scheduler.start();
            LOG.info("SLA sweeps every {} (Quartz instance {}, clustered)", interval, instance);
            return new SlaScheduler(scheduler);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the SLA scheduler on " + database, e);
        }
    }

    /**
     * Schedules another job of dispatch on this clustered scheduler by a cron expression (UTC), replacing its earlier
     * schedule: each firing runs on one dispatcher of the cluster, and a firing missed while every dispatcher was down
     * runs once when one comes back. {@code service} is put in the scheduler context under {@code contextKey} for the job.
     */
    public void scheduleCron(JobKey key, Class<? extends org.quartz.Job> type, String cron, String contextKey, Object service) {
        try {
            scheduler.getContext().put(contextKey, service);
            JobDetail job = JobBuilder.newJob(type).withIdentity(key).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName() + "-cron", key.getGroup()).forJob(key)
                    .withSchedule(org.quartz.CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
            LOG.info("{} runs on '{}' (UTC)", key, cron);
        } catch (SchedulerException | RuntimeException e) {
            throw new IllegalStateException("cannot schedule " + key + " on '" + cron + "'", e);
        }
    }

    /** Stops this instance, waiting for a running sweep; the others in the cluster go on sweeping. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.error("SLA scheduler did not shut down cleanly", e);
        }
    }
}
