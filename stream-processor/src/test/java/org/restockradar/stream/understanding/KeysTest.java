package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class KeysTest {

    private static List<String> keys(String name) {
        return Names.keys(name);
    }

    @Test
    void shouldTellWhichKeysAreGenericWords() {
        Keys name = new Keys(keys("Shree Ganesh Kirana Store"));

        assertThat(name.keys).containsExactlyElementsOf(keys("Shree Ganesh Kirana Store"));
        assertThat(name.generic).containsExactly(true, false, true, true);
        assertThat(name.distinctive).isEqualTo(1);
    }

    @Test
    void shouldHandOutOneInstancePerDistinctArrayOfKeys() {
        Keys.Interner interner = new Keys.Interner(100);

        Keys first = interner.intern(keys("Shree Ganesh Kirana Store"));
        Keys again = interner.intern(keys("Shree Ganesh Kirana Store"));
        Keys reordered = interner.intern(keys("Ganesh Shree Kirana Store"));

        assertThat(again).isSameAs(first);
        assertThat(reordered).isNotSameAs(first).isNotEqualTo(first);
        assertThat(interner.size()).isEqualTo(2);
        assertThat(interner.intern(List.of())).isSameAs(Keys.NONE);
    }

    @Test
    void shouldStartAfreshPastItsBoundAndStillGiveEqualKeys() {
        Keys.Interner interner = new Keys.Interner(2);
        Keys a = interner.intern(keys("Jain Kirana"));
        interner.intern(keys("Soni Stores"));

        Keys c = interner.intern(keys("Patel Medical"));
        Keys aAgain = interner.intern(keys("Jain Kirana"));

        assertThat(interner.size()).isEqualTo(2);
        assertThat(c.keys).containsExactlyElementsOf(keys("Patel Medical"));
        assertThat(aAgain).isEqualTo(a);
    }

    @Test
    void shouldRefuseAnInternerWithoutRoom() {
        assertThatThrownBy(() -> new Keys.Interner(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void shouldShareTheKeysOfOutletsOfOneNameInTheDirectory() {
        OutletDirectory d = new OutletDirectory();
        d.put(new Outlet("A", "Jain Kirana", "Main Road, Vijay Nagar, Indore", "Vijay Nagar", "Indore", null, "India",
                new GeoPoint(22.75, 75.89)));
        d.put(new Outlet("B", "Jain Kirana", "Main Road, Vijay Nagar, Indore", "Vijay Nagar", "Indore", null, "India",
                new GeoPoint(22.76, 75.89)));

        assertThat(d.entry("B").names).isSameAs(d.entry("A").names);
        assertThat(d.entry("B").extraAddress).isSameAs(d.entry("A").extraAddress);
        assertThat(d.entry("A").extraAddress).containsExactlyElementsOf(keys("Main Vijay Indore"));
        assertThat(d.entry("A").branch).isSameAs(Keys.NONE.keys);
    }
}
