package org.restockradar.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.MutableClock;

/**
 * The demo crews' pace over a simulated hour with a fake clock: twelve crews who may each take any job (the fastest the
 * queue could empty), a backlog of sixty jobs reported over the last hour and a new job every 45 seconds, as the demo
 * feed brings them, under the demo's 45-minute SLA (amber 15 minutes before due).
 */
final class SimulatedCrewTest {
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final Duration SLA = Duration.ofMinutes(45);
    private static final Duration WARNING = Duration.ofMinutes(15);
    private static final Duration LOOK = Duration.ofSeconds(5);
    private static final CrewPace DEMO_PACE = new CrewPace(STEP, 10, 10, 8, 85);
    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");

    enum Colour { GREEN, AMBER, RED }

    @Test
    void shouldKeepOpenJobsOfEveryColourOnTheQueueAtEveryMinuteOfTheFirstHour() {
        World world = new World(DEMO_PACE, 12, 2026);
        world.backlog(60, Duration.ofMinutes(60));
        for (int minute = 0; minute < 60; minute++) {
            world.runFor(Duration.ofMinutes(1), Duration.ofSeconds(45));
            assertThat(world.open()).as("open jobs at minute %d", minute + 1).isNotEmpty();
            assertThat(world.colours()).as("colours of the open jobs at minute %d", minute + 1).containsExactlyInAnyOrder(Colour.values());
        }
        assertThat(world.seen).as("every state a newcomer should see within the hour")
                .contains("assigned", "accepted", "en_route", "restocked", "verified", "failed:shelf_full");
        assertThat(world.seen.stream().filter(s -> s.startsWith("failed:") && !s.equals("failed:shelf_full"))).as("other failure reasons").isNotEmpty();
        assertThat(world.jobs.stream().filter(job -> job.status.equals("restocked"))).as("restocks waiting for verification at the end").isNotEmpty();
        assertThat(world.jobs.stream().filter(job -> job.status.equals("verified"))).as("verified restocks").hasSizeGreaterThan(10);
    }

    @Test
    void shouldWaitBetweenMovesLikeAPersonAndNotCloseAJobWithinMinutes() {
        World world = new World(new CrewPace(STEP, 0, 0, 0, 100), 1, 7);
        world.backlog(1, Duration.ZERO);
        Instant closed = null;
        for (int look = 0; look < 12 * 60 && closed == null; look++) {
            world.runFor(LOOK, null);
            if (world.jobs.get(0).status.equals("restocked")) {
                closed = world.clock.instant();
            }
        }
        assertThat(closed).isNotNull();
        // claim, then at least 1 + 1 + 3 steps before the shop: never sooner than five minutes.
        assertThat(Duration.between(START, closed)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(17));
    }

    @Test
    void shouldLeaveAForgottenJobAloneForAWhileAndComeBackToIt() {
        MutableClock clock = new MutableClock(START);
        SimulatedCrew crew = new SimulatedCrew("van-1", new CrewPace(STEP, 0, 0, 100, 100), clock, new Random(1));
        List<CrewJob> jobs = List.of(new CrewJob(5, "accepted"));

        assertThat(crew.next(jobs)).as("forgets the job").isEmpty();
        clock.advance(STEP);
        assertThat(crew.next(jobs)).as("nothing else to do: claims another").contains(new CrewMove.Claim());
        clock.advance(Duration.ofMinutes(13));
        assertThat(crew.next(jobs)).as("still forgotten 14 steps on").contains(new CrewMove.Claim());
        clock.advance(Duration.ofMinutes(27));
        assertThat(crew.next(jobs)).as("40 steps on it looks at the job again (and, always forgetful here, puts it off again)").isEmpty();
        clock.advance(STEP);
        assertThat(crew.next(jobs)).contains(new CrewMove.Claim());
    }

    @Test
    void shouldTellTheSameStoryForTheSameSeed() {
        World first = new World(DEMO_PACE, 4, 99);
        World second = new World(DEMO_PACE, 4, 99);
        first.backlog(20, Duration.ofMinutes(30));
        second.backlog(20, Duration.ofMinutes(30));
        first.runFor(Duration.ofMinutes(30), Duration.ofMinutes(1));
        second.runFor(Duration.ofMinutes(30), Duration.ofMinutes(1));
        assertThat(first.jobs.stream().map(job -> job.status).toList()).isEqualTo(second.jobs.stream().map(job -> job.status).toList());
    }

    @Test
    void shouldRefusePercentagesOutsideTheirRange() {
        assertThatThrownBy(() -> new CrewPace(Duration.ZERO, 10, 10, 8, 85)).hasMessageContaining("demo.field-work.step");
        assertThatThrownBy(() -> new CrewPace(STEP, 10, 10, 8, 101)).hasMessageContaining("percentages");
        assertThatThrownBy(() -> new CrewPace(STEP, 60, 50, 8, 85)).hasMessageContaining("add up past 100");
    }

    /** Dispatch as the crews see it: a queue of jobs, claims of the soonest due, the moves' status changes. */
    private static final class World {
        final MutableClock clock = new MutableClock(START);
        final List<Job> jobs = new ArrayList<>();
        final List<SimulatedCrew> crews = new ArrayList<>();
        final SimulatedOps ops;
        final Set<String> seen = new HashSet<>();
        private Instant nextArrival = START;

        World(CrewPace pace, int crewCount, long seed) {
            for (int i = 0; i < crewCount; i++) {
                crews.add(new SimulatedCrew("crew-" + i, pace, clock, new Random(seed + i)));
            }
            ops = new SimulatedOps(pace, clock, new Random(seed));
        }

        void backlog(int count, Duration span) {
            for (int i = 0; i < count; i++) {
                jobs.add(new Job(jobs.size() + 1, START.minus(span).plus(span.multipliedBy(i).dividedBy(count))));
            }
        }

        /** Runs the crews and ops for {@code duration}, a look every five seconds, a new job every {@code arrivals} (null: none). */
        void runFor(Duration duration, Duration arrivals) {
            Instant end = clock.instant().plus(duration);
            while (clock.instant().isBefore(end)) {
                if (arrivals != null && !clock.instant().isBefore(nextArrival)) {
                    jobs.add(new Job(jobs.size() + 1, clock.instant()));
                    nextArrival = nextArrival.plus(arrivals);
                }
                for (SimulatedCrew crew : crews) {
                    List<CrewJob> mine = jobs.stream().filter(job -> crew.crewId().equals(job.crew) && !Set.of("verified", "failed").contains(job.status))
                            .map(job -> new CrewJob(job.id, job.status)).toList();
                    crew.next(mine).ifPresent(move -> apply(crew.crewId(), move));
                }
                for (long id : ops.toVerify(jobs.stream().filter(job -> job.status.equals("restocked")).map(job -> job.id).toList())) {
                    move(id, "verified");
                }
                clock.advance(LOOK);
            }
        }

        private void apply(String crewId, CrewMove move) {
            if (move instanceof CrewMove.Claim) {
                Optional<Job> next = jobs.stream().filter(job -> job.status.equals("reported")).min(Comparator.comparing(job -> job.reportedAt));
                next.ifPresent(job -> {
                    job.crew = crewId;
                    move(job.id, "assigned");
                });
            } else if (move instanceof CrewMove.Accept accept) {
                move(accept.jobId(), "accepted");
            } else if (move instanceof CrewMove.SetOff setOff) {
                move(setOff.jobId(), "en_route");
            } else if (move instanceof CrewMove.Restock restock) {
                assertThat(restock.units()).isBetween(6, 24);
                move(restock.jobId(), "restocked");
            } else if (move instanceof CrewMove.Fail fail) {
                move(fail.jobId(), "failed");
                seen.add("failed:" + fail.reason());
            }
        }

        private void move(long id, String status) {
            jobs.get((int) id - 1).status = status;
            seen.add(status);
        }

        List<Job> open() {
            return jobs.stream().filter(job -> Set.of("reported", "assigned", "accepted", "en_route").contains(job.status)).toList();
        }

        Set<Colour> colours() {
            Set<Colour> colours = EnumSet.noneOf(Colour.class);
            for (Job job : open()) {
                Duration left = Duration.between(clock.instant(), job.reportedAt.plus(SLA));
                colours.add(left.isNegative() || left.isZero() ? Colour.RED : left.compareTo(WARNING) <= 0 ? Colour.AMBER : Colour.GREEN);
            }
            return colours;
        }
    }

    private static final class Job {
        final long id;
        final Instant reportedAt;
        String status = "reported";
        String crew;

        Job(long id, Instant reportedAt) {
            this.id = id;
            this.reportedAt = reportedAt;
        }
    }
}
