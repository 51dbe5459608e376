package org.restockradar.dbkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.EverythingMatcher;

/** The meters of a Quartz scheduler (in memory here; the clustered one is read from /metrics in dispatch's tests). */
final class QuartzMetersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QuartzMeters meters = new QuartzMeters(registry, "test");
    private Scheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", "quartz-meters-test");
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        scheduler = new StdSchedulerFactory(quartz).getScheduler();
        scheduler.getListenerManager().addJobListener(meters, EverythingMatcher.allJobs());
        scheduler.getListenerManager().addTriggerListener(meters, EverythingMatcher.allTriggers());
        scheduler.start();
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void shouldServeAJobsMetersAtZeroOnceWatched() {
        meters.watch(JobKey.jobKey("idle", "g"));

        assertThat(registry.get(QuartzMeters.FIRED).tags("scheduler", "test", "job", "g.idle").counter().count()).isZero();
        assertThat(registry.get(QuartzMeters.MISFIRED).tags("scheduler", "test", "job", "g.idle").counter().count()).isZero();
        assertThat(registry.get(QuartzMeters.RUN).tags("scheduler", "test", "job", "g.idle", "outcome", "ok").timer().count()).isZero();
    }

    @Test
    void shouldCountFiringsAndTimeRunsByOutcome() throws Exception {
        schedule("fine", Fine.class, new Date());
        schedule("broken", Broken.class, new Date());

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(registry.get(QuartzMeters.RUN).tags("job", "g.fine", "outcome", "ok").timer().count()).isEqualTo(1);
            assertThat(registry.get(QuartzMeters.RUN).tags("job", "g.broken", "outcome", "failed").timer().count()).isEqualTo(1);
        });
        assertThat(registry.get(QuartzMeters.FIRED).tags("scheduler", "test", "job", "g.fine").counter().count()).isEqualTo(1);
        assertThat(registry.get(QuartzMeters.FIRED).tags("scheduler", "test", "job", "g.broken").counter().count()).isEqualTo(1);
    }

    @Test
    void shouldCountAFiringLaterThanTheMisfireThreshold() throws Exception {
        schedule("late", Fine.class, new Date(System.currentTimeMillis() - Duration.ofMinutes(1).toMillis()));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(registry.get(QuartzMeters.MISFIRED).tags("scheduler", "test", "job", "g.late").counter().count()).isEqualTo(1));
    }

    private void schedule(String name, Class<? extends Job> job, Date at) throws Exception {
        scheduler.scheduleJob(JobBuilder.newJob(job).withIdentity(name, "g").build(), TriggerBuilder.newTrigger().withIdentity(name, "g")
                .startAt(at).withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
    }

    public static final class Fine implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            // Nothing to do: a run that succeeds.
        }
    }

    public static final class Broken implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            throw new JobExecutionException("broken on purpose");
        }
    }
}
