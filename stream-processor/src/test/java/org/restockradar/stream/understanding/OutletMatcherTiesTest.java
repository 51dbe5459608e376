package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shops of one owner's name in one place: the name that carries more of the post's words is the one meant. */
final class OutletMatcherTiesTest {
    private static OutletMatcher matcher;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("NGP-1", "Om Sai Medical", "Dharampeth", "Nagpur", 21.14, 79.07));
        d.put(TestOutlets.outlet("NGP-2", "Om Sai Stores", "Dharampeth", "Nagpur", 21.141, 79.071));
        d.put(TestOutlets.outlet("NGP-3", "Royal Kirana Store", "Sitabuldi", "Nagpur", 21.15, 79.08));
        d.put(TestOutlets.outlet("NGP-4", "Royal Kirana", "Sitabuldi", "Nagpur", 21.151, 79.081));
        d.put(TestOutlets.outlet("NGP-5", "Jai Durga Provision", "Sadar", "Nagpur", 21.16, 79.09));
        d.put(TestOutlets.outlet("NGP-6", "Jai Durga Provision", "Sadar", "Nagpur", 21.161, 79.091));
        d.put(TestOutlets.outlet("NGP-7", "Laxmi Bakery", "Itwari", "Nagpur", 21.17, 79.10));
        d.put(TestOutlets.outlet("NGP-8", "Laxmi Sweets", "Itwari", "Nagpur", 21.171, 79.101));
        matcher = new OutletMatcher(d);
    }

    private static String match(String post) {
        return TestOutlets.matchedOutletId(matcher, post);
    }

    @Test
    void shouldTakeTheNameThatCarriesEveryWordTheOtherDoesAndMore() {
        assertThat(match("om sai medical dharampeth")).isEqualTo("NGP-1");
        assertThat(match("Om Sai Stores Dharampeth")).isEqualTo("NGP-2");
        assertThat(match("royal kirana store sitabuldi")).isEqualTo("NGP-3");
    }

    @Test
    void shouldTakeTheNameWhoseMisspeltWordThePostCarries() {
        assertThat(match("om sai medicl dharampeth")).isEqualTo("NGP-1");
    }

    @Test
    void shouldKeepTakingTheNameWrittenWholeOverALongerOne() {
        assertThat(match("royal kirana sitabuldi")).isEqualTo("NGP-4");
    }

    @Test
    void shouldStayUndecidedWhenBothNamesCarryTheSameWords() {
        assertThat(match("jai durga provision sadar")).isNull();
        assertThat(match("laxmi itwari")).isNull();
    }
}
