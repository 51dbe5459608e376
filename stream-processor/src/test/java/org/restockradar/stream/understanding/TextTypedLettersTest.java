package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20: the letters people type for one another in Urdu and Assamese are read as one, so that a lexicon
 * phrase meets the post however it was typed. Invented words, not from any labelled set.
 */
final class TextTypedLettersTest {

    @Test
    void shouldReadTheTwoEyedHehAsTheRoundHehInUrdu() {
        // "نھیں" (two-eyed heh typed for the round one) and "نہیں" are one word; so are "بھی" and "بہی"
        assertThat(Text.tokens("نھیں ہے")).containsExactly("نہیں", "ہے");
        assertThat(Text.tokens("بھی")).isEqualTo(Text.tokens("بہی"));
        // the Arabic keyboard's heh was already read as the round one: now the aspirate typed with it meets "بھی"
        assertThat(Text.tokens("بهی")).isEqualTo(Text.tokens("بھی"));
    }

    @Test
    void shouldReadAZeroWidthNonJoinerBetweenUrduWordsAsASpace() {
        assertThat(Text.tokens("نہیں\u200cمل\u200cرہا")).containsExactly("نہیں", "مل", "رہا");
        assertThat(Text.tokens("نہیں\u200c مل رہا")).containsExactly("نہیں", "مل", "رہا");
    }

    @Test
    void shouldWriteYehBarreeWithHamzaAsItsTwoLetters() {
        assertThat(Text.tokens("جاۓ")).isEqualTo(Text.tokens("جائے"));
    }

    @Test
    void shouldReadAssameseRaAndWaAsTheBengaliLettersTypedForThem() {
        assertThat(Text.tokens("পোৱা নাযায়")).isEqualTo(Text.tokens("পোবা নাযায়"));
        assertThat(Text.tokens("ৰাখক")).isEqualTo(Text.tokens("রাখক"));
    }

    @Test
    void shouldKeepAZeroWidthNonJoinerInsideAnIndicWord() {
        // Malayalam and Bengali words keep theirs: it shapes a letter there, it is no space
        assertThat(Text.tokens("ക്\u200cഷ")).hasSize(1);
    }
}
