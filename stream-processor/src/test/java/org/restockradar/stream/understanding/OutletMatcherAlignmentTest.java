package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole shop name aligned word by word with the post: short words misspelt, words without vowels, two words
 * glued, within the locality the post names; the single clear best taken, two close names left to ops.
 */
final class OutletMatcherAlignmentTest {
    private static OutletMatcher matcher;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("JLN-1", "Goyal Kirana", "Civil Lines", "Jalna", 19.84, 75.88));
        d.put(TestOutlets.outlet("JLN-2", "Mehra General Store", "Civil Lines", "Jalna", 19.841, 75.881));
        d.put(TestOutlets.outlet("JLN-3", "Mehta General Store", "Civil Lines", "Jalna", 19.842, 75.882));
        d.put(TestOutlets.outlet("JLN-4", "Shri Balaji General Stores", "Mantha Road", "Jalna", 19.83, 75.89));
        d.put(TestOutlets.outlet("JLN-5", "Sindhi Kirana Stores", "Mantha Road", "Jalna", 19.831, 75.891));
        d.put(TestOutlets.outlet("JLN-6", "Sai Ram Provisions", "Old Jalna", "Jalna", 19.85, 75.87));
        d.put(TestOutlets.outlet("JLN-7", "Khandelwal Traders", "Old Jalna", "Jalna", 19.851, 75.871));
        d.put(TestOutlets.outlet("JLN-8", "Shri Balaji General Stores", "Civil Lines", "Jalna", 19.843, 75.883));
        d.put(TestOutlets.outlet("BID-1", "Goyal Kirana", "Peth", "Beed", 18.99, 75.76));
        d.put(TestOutlets.outlet("JLN-9", "Maa Tara Stores", "Station Road", "Jalna", 19.86, 75.86));
        d.put(TestOutlets.outlet("JLN-10", "Maa Tara General Store", "Station Road", "Jalna", 19.861, 75.861));
        for (int i = 0; i < 24; i++) {
            // general stores elsewhere: "general" weighs little, as in a real registry
            d.put(TestOutlets.outlet("BID-G" + i, "Owner" + (char) ('a' + i) + " General Store", "Peth", "Beed", 18.99, 75.76));
        }
        matcher = new OutletMatcher(d);
    }

    private static OutletMatcher.Result match(String post, String city, String locality) {
        List<String> keys = new ArrayList<>();
        List<Boolean> indic = new ArrayList<>();
        for (String t : Text.tokens(post)) {
            int before = keys.size();
            Names.addKeysOfToken(t, keys);
            for (int i = before; i < keys.size(); i++) {
                indic.add(Boolean.FALSE);
            }
        }
        return matcher.match(keys, indic, new OutletMatcher.Constraint(
                city == null ? Set.of() : Set.of(OutletDirectory.placeKey(city)),
                locality == null ? Set.of() : Set.of(OutletDirectory.placeKey(locality)), null, null));
    }

    private static String outletId(OutletMatcher.Result r) {
        return r.outlet() == null ? null : r.outlet().outletId();
    }

    @Test
    void shouldFindAShortNameWordMisspeltByOneLetter() {
        assertThat(outletId(match("no pilovo at goyl kirana", "Jalna", null))).isEqualTo("JLN-1");
        assertThat(outletId(match("pilovo out at gyoal kirana civil lines", "Jalna", "Civil Lines"))).isEqualTo("JLN-1");
    }

    @Test
    void shouldTakeTheNameWrittenOverItsOneLetterNeighbour() {
        assertThat(outletId(match("mehra general store civil lines no pilovo", "Jalna", "Civil Lines"))).isEqualTo("JLN-2");
        assertThat(outletId(match("mehta general store civil lines no pilovo", "Jalna", "Civil Lines"))).isEqualTo("JLN-3");
    }

    @Test
    void shouldReadANameWrittenWithoutItsVowelsInTheLocalityNamed() {
        assertThat(outletId(match("shri blji gnrl strs mantha road pilovo nhi", "Jalna", "Mantha Road"))).isEqualTo("JLN-4");
        assertThat(outletId(match("khndlwl trdrs old jalna pilovo khatam", "Jalna", "Old Jalna"))).isEqualTo("JLN-7");
    }

    @Test
    void shouldReadTwoWordsOfANameGluedInTheLocalityNamed() {
        assertThat(outletId(match("sairam provisions old jalna pilovo illa", "Jalna", "Old Jalna"))).isEqualTo("JLN-6");
    }

    @Test
    void shouldLeaveTwoSameNamedShopsOfTheCityToOpsAndTakeTheOneOfTheLocality() {
        OutletMatcher.Result r = match("shri balaji general stores pilovo nahi", "Jalna", null);
        assertThat(r.outlet()).isNull();
        assertThat(r.ambiguous()).extracting(o -> o.outletId()).containsExactlyInAnyOrder("JLN-4", "JLN-8");
        assertThat(outletId(match("shri balaji genral stores civil lines pilovo nahi", "Jalna", "Civil Lines")))
                .isEqualTo("JLN-8");
    }

    @Test
    void shouldTakeTheOnlyNameWrittenWholeOfTwoThatScoreAlike() {
        assertThat(outletId(match("maa tara stores station road pilovo nahi", "Jalna", "Station Road"))).isEqualTo("JLN-9");
        assertThat(outletId(match("maa tara general store station road pilovo nahi", "Jalna", "Station Road")))
                .isEqualTo("JLN-10");
    }

    @Test
    void shouldNotTakeAnUnrelatedShopOfTheLocalityForAWordOfNoName() {
        assertThat(outletId(match("pilovo nahi mila yaar civil lines", "Jalna", "Civil Lines"))).isNull();
        assertThat(outletId(match("kuch nahi mantha road pe", "Jalna", "Mantha Road"))).isNull();
    }
}
