package org.restockradar.dispatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.restockradar.access.Role;

final class PageLinkTest {
    @Test
    void shouldLinkDispatchsOwnPagesOnly() {
        assertThat(PageLink.DISPATCH.of("http://localhost:8080/", Role.CREW, "rr_x")).isEqualTo("http://localhost:8080/crew.html#token=rr_x");
        assertThat(PageLink.DISPATCH.of("http://localhost:8080", Role.OPS, "rr_x")).isEqualTo("http://localhost:8080/#token=rr_x");
        assertThat(PageLink.DISPATCH.page(Role.MARKETER)).as("the rewards page is not dispatch's").isEmpty();
        assertThatThrownBy(() -> PageLink.DISPATCH.of("http://localhost:8080", Role.MARKETER, "rr_x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marketer");
    }

    @Test
    void shouldLinkAPageAddedByTheProcessThatServesIt() {
        PageLink withRewards = PageLink.DISPATCH.with(Role.MARKETER, "/rewards.html");

        assertThat(withRewards.of("http://h:1", Role.MARKETER, "rr_m")).isEqualTo("http://h:1/rewards.html#token=rr_m");
        assertThat(withRewards.of("http://h:1", Role.CREW, "rr_c")).isEqualTo("http://h:1/crew.html#token=rr_c");
        assertThat(PageLink.DISPATCH.page(Role.MARKETER)).as("the original is unchanged").isEmpty();
    }
}
