package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a word differs from a brand's name ({@link NameEdit}): the ways a typist errs against the ways another name
 * differs. Invented names, in no labelled set.
 */
final class NameEditTest {

    @Test
    void shouldReadTypingSlipsAsTheName() {
        for (String slip : new String[] {"dorvika", "dorvikaa", "dorbika", "dorcika", "dprvika", "drovika", "dorivka",
            "dorvka", "drvika", "torvika", "dorwika", "dorvuka", "dorvikah", "dorvik", "dorvoka"}) {
            assertThat(NameEdit.of(slip, "dorvika")).as(slip).isEqualTo(NameEdit.Kind.SLIP);
        }
        assertThat(NameEdit.of("talasma", "talsma")).as("a vowel between two consonants").isEqualTo(NameEdit.Kind.SLIP);
        assertThat(NameEdit.of("talshma", "talsma")).as("an h after a consonant").isEqualTo(NameEdit.Kind.SLIP);
        assertThat(NameEdit.of("tylsma", "tilsma")).as("i written y").isEqualTo(NameEdit.Kind.SLIP);
    }

    @Test
    void shouldReadAnotherVowelOrEndingAsAnotherName() {
        for (String other : new String[] {"dorvaka", "darvika", "dorviko", "dorvike", "dorvikan", "dorvikia",
            "dorvikta", "dorvikana", "dorvikex"}) {
            assertThat(NameEdit.of(other, "dorvika")).as(other).isEqualTo(NameEdit.Kind.OTHER_NAME);
        }
        assertThat(NameEdit.of("talsm", "talsmo")).as("the ending dropped").isEqualTo(NameEdit.Kind.OTHER_NAME);
    }

    @Test
    void shouldTellTheKindOfEditBySoundWhenTheLettersDoNotAlign() {
        // "oo" and "a", "ee" and "a" are two letters against one: one vowel of another quality in sound
        assertThat(NameEdit.of("phalika", "phoolika")).isEqualTo(NameEdit.Kind.OTHER_NAME);
        assertThat(NameEdit.of("zalvani", "zeelvani")).isEqualTo(NameEdit.Kind.OTHER_NAME);
        assertThat(NameEdit.of("fulika", "phoolika")).as("the same sounds").isEqualTo(NameEdit.Kind.SLIP);
    }

    @Test
    void shouldNotTellWhatItCannotAlign() {
        assertThat(NameEdit.of("dovrakia", "dorvika")).isEqualTo(NameEdit.Kind.UNKNOWN);
        assertThat(NameEdit.of("dor-vika", "dorvika")).isEqualTo(NameEdit.Kind.UNKNOWN);
    }
}
