package org.restockradar.faults;

import java.time.Duration;
import java.util.List;

/** The scenarios of issue 17, in their short form (CI) and their full form (docs/reliability.md). */
final class Scenarios {
    private static final int OUTLETS = 72;

    private Scenarios() {
    }

    /**
     * The short form, one run: F1 with two kills of three stream processors, F3 with PostgreSQL down 15 s, and F4's
     * 1 % poison (five lines, one of each kind) in 500 mentions replayed at 10 a second.
     */
    static Scenario shortForm() {
        return new Scenario("short", "F1 (2 kills), F3 (PostgreSQL down 15 s), F4 (1 % poison), at small scale",
                OUTLETS, 500, 1, 10, LocalCluster.Layout.of(3, 1),
                List.of(new Fault.KillStreamProcessors(2, Duration.ofSeconds(6)), new Fault.StopPostgres(Duration.ofSeconds(15))),
                false);
    }

    /** The full form: each scenario in a cluster of its own. */
    static List<Scenario> fullForm() {
        return List.of(
                new Scenario("baseline", "no fault, no poison, as fast as possible (throughput reference for F4)",
                        OUTLETS, 5_000, 0, 0, LocalCluster.Layout.of(3, 1), List.of(), false),
                new Scenario("F1", "kill -9 a stream processor 10 times (3 instances), restarted at once",
                        OUTLETS, 3_000, 0, 20, LocalCluster.Layout.of(3, 1),
                        List.of(new Fault.KillStreamProcessors(10, Duration.ofSeconds(5))), false),
                new Scenario("F2", "kill -9 the broker, restart after 60 s; then a graceful restart",
                        OUTLETS, 3_000, 0, 20, LocalCluster.Layout.of(3, 1),
                        List.of(new Fault.RestartBroker(Duration.ofSeconds(60), false),
                                new Fault.RestartBroker(Duration.ofSeconds(5), true)), false),
                new Scenario("F3", "PostgreSQL stopped for 30 s",
                        OUTLETS, 2_000, 0, 20, LocalCluster.Layout.of(3, 1),
                        List.of(new Fault.StopPostgres(Duration.ofSeconds(30))), false),
                new Scenario("F4", "1 % poison (broken JSON, invalid UTF-8, 2 MB posts, bad coordinates, NUL bytes), as fast as possible",
                        OUTLETS, 5_000, 1, 0, LocalCluster.Layout.of(3, 1), List.of(), false),
                new Scenario("F6", "two dispatchers, one killed (kill -9) and restarted during the SLA sweeps; short SLA (40 s)",
                        OUTLETS, 1_000, 0, 20, LocalCluster.Layout.of(1, 2),
                        List.of(new Fault.KillDispatcher(Duration.ofSeconds(45))), true));
    }

    /**
     * F5 in its full form: Mastodon's hashtag stream refused with 429 for 15 minutes (its rate-limit windows are 5
     * minutes), then every stream dropped at once for 2 minutes, with a post every 3 s all along (300 in the 15
     * minutes: within the 10 pages of 40 the adapter reads to catch up). Its short form is ingest's RateLimitedSourceIT.
     */
    static List<SourceOutage> sourceOutages() {
        return List.of(new SourceOutage("F5", "Mastodon answers 429 for 15 min (5-minute windows), then drops every stream for 2 min;"
                + " a post every 3 s", Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofSeconds(3)));
    }
}
