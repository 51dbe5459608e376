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
    void shouldReadTheNamesSoundsWrittenAnotherWayAsTheName() {
        for (String same : new String[] {"koorvela", "khurvela", "khoorvla", "khrvela", "khrvl", "khrvla"}) {
            assertThat(NameEdit.sameSpoken(same, "khoorvela")).as(same).isTrue();
        }
        assertThat(NameEdit.sameSpoken("gurjini", "ghoorzeeni")).as("gh, oo, z, ee").isTrue();
        assertThat(NameEdit.sameSpoken("ghoorzni", "ghoorzeeni")).as("a vowel left out").isTrue();
        assertThat(NameEdit.sameSpoken("falsika", "phalsika")).as("ph").isTrue();
        assertThat(NameEdit.sameSpoken("bhalsika", "balsika")).as("bh").isTrue();
        assertThat(NameEdit.sameSpoken("phalsika", "phalsika")).as("the name itself is no spelling").isFalse();
        for (String other : new String[] {"khoorvelo", "kharvela", "khoorbela", "coorvela", "khoorvel",
            "khrv", "khoorsela", "khoorvrla"}) {
            assertThat(NameEdit.sameSpoken(other, "khoorvela")).as(other).isFalse();
        }
        assertThat(NameEdit.sameSpoken("ghurseni", "ghoorzeeni")).as("s for z makes names").isFalse();
    }

    @Test
    void shouldNotTellWhatItCannotAlign() {
        assertThat(NameEdit.of("dovrakia", "dorvika")).isEqualTo(NameEdit.Kind.UNKNOWN);
        assertThat(NameEdit.of("dor-vika", "dorvika")).isEqualTo(NameEdit.Kind.UNKNOWN);
    }
}
