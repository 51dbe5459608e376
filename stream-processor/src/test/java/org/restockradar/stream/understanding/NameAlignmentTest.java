package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A post word against one word of a shop's name: misspelt, without vowels, shortened, glued. */
final class NameAlignmentTest {
    private static double similarity(String nameWord, String postWord) {
        return NameAlignment.similarity(Names.canonicalKey(Text.normalise(nameWord)), Names.canonicalKey(Text.normalise(postWord)));
    }

    @Test
    void shouldCountEditsWithoutATableAndSwapsAsOne() {
        assertThat(NameAlignment.edits("bansal", 0, "bansl", 0, 2)).isEqualTo(1);
        assertThat(NameAlignment.edits("ganesh", 0, "gaensh", 0, 2)).isEqualTo(1);
        assertThat(NameAlignment.edits("departmental", 0, "deprtmentl", 0, 2)).isEqualTo(2);
        assertThat(NameAlignment.edits("kamath", 0, "kmthx", 0, 2)).isEqualTo(3);
    }

    @Test
    void shouldScaleAMisspellingByTheLengthOfTheWord() {
        // a vowel dropped costs half a consonant
        assertThat(similarity("Bansal", "Bansl")).isCloseTo(1 - 1.0 / 12, within(0.02));
        assertThat(similarity("Bansal", "Bantal")).isCloseTo(1 - 2.0 / 12, within(0.02));
        assertThat(similarity("Hegde", "Hedge")).isCloseTo(0.8, within(0.02));
        // one edit in a short word counts for less than one in a long one
        assertThat(similarity("Mehra", "Mehta")).isLessThan(similarity("Venugopal", "Venugopl"));
        // two edits only in a long word, none in a word of three letters
        assertThat(similarity("Chandrakant", "Chandrkanth")).isGreaterThan(0.75);
        assertThat(similarity("Mehra", "Mohta")).isZero();
        assertThat(similarity("Ram", "Rim")).isZero();
    }

    @Test
    void shouldReadAWordWithoutItsVowelsOrByItsFirstConsonants() {
        // "blji" is also two vowels dropped from "Balaji": the misspelling, worth more than its skeleton
        assertThat(similarity("Balaji", "blji")).isGreaterThan(NameAlignment.SKELETON);
        assertThat(similarity("Mahakal", "mhkl")).isEqualTo(NameAlignment.SKELETON);
        assertThat(similarity("Khandelwal", "khndl")).isEqualTo(NameAlignment.SKELETON_HEAD);
        // a word with its vowels is not read by its consonants: "patel" is not "potle"
        assertThat(similarity("Patel", "Potle")).isZero();
        assertThat(similarity("Balaji", "bjli")).isZero();
    }

    @Test
    void shouldFindANameWordInsideAPostWordWrittenWithItsNeighbour() {
        assertThat(similarity("Velankanni", "annaivelankanni")).isEqualTo(NameAlignment.INSIDE);
        assertThat(NameAlignment.joined("sai", "ram", "sairam")).isTrue();
        assertThat(NameAlignment.joined("sai", "ram", "sairama")).isFalse();
    }
}
