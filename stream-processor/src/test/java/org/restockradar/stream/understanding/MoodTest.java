package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MoodTest {

    @Test
    void shouldReadAPastWithItsAuxiliaryOnlyWhenTheAuxiliaryFollows() {
        // Given Hindi "-ta tha" (habitual) and "-a tha" (pluperfect), Marathi "-la hota"
        assertThat(Mood.habitualPast("bikta", "tha")).isTrue();
        assertThat(Mood.pastBefore("bikta", "tha")).isTrue();
        assertThat(Mood.pastBefore("gaya", "tha")).isTrue();
        assertThat(Mood.pastBefore("sampla", "hota")).isTrue();

        // the same verbs before another word, at the end, or before another language's auxiliary
        assertThat(Mood.habitualPast("bikta", "hai")).isFalse();
        assertThat(Mood.pastBefore("bikta", null)).isFalse();
        assertThat(Mood.pastBefore("gaya", "hota")).isFalse();
        // the habitual past is not the pluperfect
        assertThat(Mood.habitualPast("gaya", "tha")).isFalse();
    }

    @Test
    void shouldReadAPastWrittenOnOneWordByItsEndingAndLength() {
        // Given Bengali "-chhilo" and Malayalam "-irunnu", which need no auxiliary
        assertThat(Mood.pastBefore("gechhilo", "aaj")).isTrue();
        assertThat(Mood.pastBefore("gechhilo", null)).isTrue();
        assertThat(Mood.pastBefore("kittiyirunnu", null)).isTrue();
        assertThat(Mood.habitualPast("gechhilo", null)).isFalse();

        // a word too short for the ending, a word ending otherwise, an empty word
        assertThat(Mood.pastBefore("irunnu", null)).isFalse();
        assertThat(Mood.pastBefore("gechhila", null)).isFalse();
        assertThat(Mood.pastBefore("", "tha")).isFalse();
    }
}
