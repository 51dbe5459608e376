package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sound skeleton that a word of an Indian script or Urdu shares with a registry name's Latin spelling. */
final class NamesSoundsTest {

    private static String sound(String token) {
        return Names.soundSkeleton(Names.canonicalKey(token));
    }

    @Test
    void shouldGiveAScriptWordAndItsLatinNameOneSound() {
        assertThat(sound("சக்தி")).isEqualTo(sound("sakthi")); // Tamil ச for s
        assertThat(sound("نوری")).isEqualTo(sound("noori")); // Urdu without short vowels
        assertThat(sound("ਟਾਊਨ")).isEqualTo(sound("town"));
        assertThat(sound("होशियारपुर")).isEqualTo(sound("hoshiarpur"));
    }

    @Test
    void shouldKeepAnMBeforeRAsM() {
        assertThat(sound("مراد")).startsWith("m");
        assertThat(Names.soundSkeleton("palayamkottai")).isEqualTo(Names.soundSkeleton("palaiyankottai"));
    }

    @Test
    void shouldTellWordsOfOtherSoundsOrFirstSoundsApart() {
        assertThat(Names.sameSound("nuri", "nori", 2)).isTrue();
        assertThat(Names.sameSound("nuri", "mori", 2)).isFalse();
        assertThat(Names.sameSound("arfan", "rafan", 2)).isFalse(); // a vowel first is not a consonant first
        assertThat(Names.sameSound("nuri", "nori", 3)).isFalse(); // too few sounds
    }
}
