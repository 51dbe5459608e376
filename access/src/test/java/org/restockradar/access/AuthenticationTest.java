package org.restockradar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AuthenticationTest {
    private static final Authentication.Roles REWARDS =
            new Authentication.Roles(Set.of(Role.OPS, Role.MARKETER), "rewards are for ops and marketers");

    @Test
    void shouldLetEveryAllowedRoleThrough() {
        assertThatCode(() -> REWARDS.check(Actor.ops("olga"))).doesNotThrowAnyException();
        assertThatCode(() -> REWARDS.check(Actor.marketer("mira"))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnotherRoleWith403NamingTheActorAndItsRole() {
        assertThatThrownBy(() -> REWARDS.check(Actor.crew("ravi", "crew-7")))
                .isInstanceOf(ForbiddenResponse.class)
                .hasMessage("rewards are for ops and marketers; ravi is crew")
                .satisfies(e -> assertThat(((ForbiddenResponse) e).getStatus())
                        .isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }
}
