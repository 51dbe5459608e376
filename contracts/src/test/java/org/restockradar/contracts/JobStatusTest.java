package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.contracts.JobStatus.ACCEPTED;
import static org.restockradar.contracts.JobStatus.ASSIGNED;
import static org.restockradar.contracts.JobStatus.CANCELLED;
import static org.restockradar.contracts.JobStatus.EN_ROUTE;
import static org.restockradar.contracts.JobStatus.FAILED;
import static org.restockradar.contracts.JobStatus.REPORTED;
import static org.restockradar.contracts.JobStatus.RESTOCKED;
import static org.restockradar.contracts.JobStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class JobStatusTest {
    /** The lifecycle of the issue, written out by hand: every move not listed here must be refused. */
    private static final Map<JobStatus, Set<JobStatus>> LEGAL = Map.of(
            REPORTED, EnumSet.of(ASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(REPORTED, ACCEPTED, FAILED, CANCELLED),
            ACCEPTED, EnumSet.of(ASSIGNED, EN_ROUTE, FAILED, CANCELLED),
            EN_ROUTE, EnumSet.of(RESTOCKED, FAILED, CANCELLED),
            RESTOCKED, EnumSet.of(VERIFIED),
            VERIFIED, EnumSet.noneOf(JobStatus.class),
            FAILED, EnumSet.noneOf(JobStatus.class),
            CANCELLED, EnumSet.noneOf(JobStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(JobStatus.values()).flatMap(from -> Stream.of(JobStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void shouldAllowExactlyTheMovesOfTheLifecycle(JobStatus from, JobStatus to) {
        boolean legal = LEGAL.get(from).contains(to);

        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        if (legal) {
            assertThatCode(() -> from.checkMove(7, to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.checkMove(7, to))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageStartingWith("job 7 cannot go from " + from.code() + " to " + to.code() + "; ");
        }
    }

    @Test
    void shouldSayWhereAJobCanGoWhenAMoveIsRefused() {
        assertThatThrownBy(() -> REPORTED.checkMove(12, RESTOCKED))
                .hasMessage("job 12 cannot go from reported to restocked; from reported it can go to: assigned, cancelled");
        assertThatThrownBy(() -> VERIFIED.checkMove(12, CANCELLED))
                .hasMessage("job 12 cannot go from verified to cancelled; verified is final: the job cannot change any more");
    }

    @Test
    void shouldKeepAJobOpenForReportsUntilItIsRestocked() {
        assertThat(JobStatus.OPEN).containsExactlyInAnyOrder(REPORTED, ASSIGNED, ACCEPTED, EN_ROUTE);
        assertThat(Stream.of(JobStatus.values()).filter(JobStatus::isFinal)).containsExactlyInAnyOrder(VERIFIED, FAILED, CANCELLED);
    }

    @Test
    void shouldReadAStatusFromItsCodeIgnoringCaseAndSpaces() {
        assertThat(JobStatus.fromCode(" Reported ")).isEqualTo(REPORTED);
        assertThat(JobStatus.fromCode("EN_ROUTE")).isEqualTo(EN_ROUTE);
        assertThat(REPORTED.code()).isEqualTo("reported");
        assertThat(EN_ROUTE.code()).isEqualTo("en_route");
    }

    @Test
    void shouldNameTheUnknownCodeAndTheKnownOnes() {
        assertThatThrownBy(() -> JobStatus.fromCode("lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown job status 'lost' (expected one of: reported, assigned, accepted, en_route, restocked, verified, "
                        + "failed, cancelled)");
        assertThatThrownBy(() -> JobStatus.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
