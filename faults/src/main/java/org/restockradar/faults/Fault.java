package org.restockradar.faults;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A fault injected under load. Each runs on the harness's thread while the replay goes on, notes what it did and
 * what it saw in the {@link Timeline}, and returns when the system is back (or throws when it does not come back).
 * Holding a fault for its length is the fault itself, so the faults sleep; nothing here waits on time for a result.
 */
sealed interface Fault {
    Pattern THREAD_DIED = Pattern.compile("Stream thread died");

    String label();

    void inject(LocalCluster cluster, Timeline timeline) throws InterruptedException;

    /** F1: SIGKILL a stream processor {@code kills} times, a different instance each time, {@code every} apart; each is restarted at once. */
    record KillStreamProcessors(int kills, Duration every) implements Fault {
        @Override
        public String label() {
            return "kill -9 a stream processor " + kills + " times";
        }

        @Override
        public void inject(LocalCluster cluster, Timeline timeline) throws InterruptedException {
            for (int k = 0; k < kills; k++) {
                Thread.sleep(every.toMillis());
                ServiceProcess victim = cluster.streamProcessors().get(k % cluster.streamProcessors().size());
                long running = victim.count(LocalCluster.STREAM_RUNNING);
                victim.kill();
                timeline.note("kill -9 " + victim.name() + " (pid " + victim.pid() + ")");
                victim.restart();
                Duration back = victim.awaitLine(LocalCluster.STREAM_RUNNING, running, Duration.ofSeconds(180));
                timeline.note(victim.name() + " restarted, RUNNING after " + Timeline.seconds(back));
            }
        }
    }

    /** F2: SIGKILL the broker, hold it down, start it again; or a graceful stop and start. */
    record RestartBroker(Duration down, boolean graceful) implements Fault {
        @Override
        public String label() {
            return (graceful ? "graceful restart of the broker" : "kill -9 the broker") + ", down " + Timeline.seconds(down);
        }

        @Override
        public void inject(LocalCluster cluster, Timeline timeline) throws InterruptedException {
            Thread.sleep(Duration.ofSeconds(10).toMillis());
            if (graceful) {
                cluster.stopBroker();
                timeline.note("broker stopped gracefully");
            } else {
                cluster.killBroker();
                timeline.note("kill -9 the broker");
            }
            Thread.sleep(down.toMillis());
            cluster.startBroker();
            timeline.note("broker started again");
            awaitServicesBack(cluster, timeline);
        }
    }

    /** F3: PostgreSQL stopped (fast shutdown) for {@code down}, then started again. */
    record StopPostgres(Duration down) implements Fault {
        @Override
        public String label() {
            return "PostgreSQL stopped for " + Timeline.seconds(down);
        }

        @Override
        public void inject(LocalCluster cluster, Timeline timeline) throws InterruptedException {
            Thread.sleep(Duration.ofSeconds(8).toMillis());
            long died = cluster.streamProcessors().stream().mapToLong(p -> p.count(THREAD_DIED)).sum();
            cluster.stopPostgres();
            timeline.note("PostgreSQL stopped");
            Thread.sleep(down.toMillis());
            cluster.startPostgres();
            timeline.note("PostgreSQL started again");
            awaitServicesBack(cluster, timeline);
            long diedAfter = cluster.streamProcessors().stream().mapToLong(p -> p.count(THREAD_DIED)).sum();
            timeline.note((diedAfter - died) + " stream threads died meanwhile");
        }
    }

    /** F6: SIGKILL one of two dispatchers while the SLA sweeps run, and start it again. */
    record KillDispatcher(Duration after) implements Fault {
        @Override
        public String label() {
            return "kill -9 one of " + "the dispatchers during the SLA sweeps";
        }

        @Override
        public void inject(LocalCluster cluster, Timeline timeline) throws InterruptedException {
            Thread.sleep(after.toMillis());
            ServiceProcess victim = cluster.dispatchers().get(0);
            victim.kill();
            timeline.note("kill -9 " + victim.name() + " (pid " + victim.pid() + ")");
            victim.restart();
            timeline.note(victim.name() + " ready after " + Timeline.seconds(cluster.awaitDispatchReady(0, Duration.ofSeconds(180))));
        }
    }

    private static void awaitServicesBack(LocalCluster cluster, Timeline timeline) {
        for (int i = 0; i < cluster.dispatchers().size(); i++) {
            timeline.note(cluster.dispatchers().get(i).name() + " ready (/api/health 200) after "
                    + Timeline.seconds(cluster.awaitDispatchReady(i, Duration.ofSeconds(180))));
        }
    }
}
