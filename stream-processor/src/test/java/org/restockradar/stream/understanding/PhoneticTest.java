package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PhoneticTest {

    @Test
    void shouldGiveTheKeyOfTheLatinSpellingToANameInAnIndicScript() {
        assertThat(Phonetic.key("लाजपत")).isEqualTo(Phonetic.key("lajpat"));
        assertThat(Phonetic.key("नगर")).isEqualTo(Phonetic.key("nagar"));
        assertThat(Phonetic.key("கணேஷ்")).isEqualTo(Phonetic.key("ganesh"));
        assertThat(Phonetic.key("ଜଗନ୍ନାଥ")).isEqualTo(Phonetic.key("jagannath"));
    }

    @Test
    void shouldGiveOneKeyToCommonSpellings() {
        assertThat(Phonetic.key("laxmi")).isEqualTo(Phonetic.key("lakshmi"));
        assertThat(Phonetic.key("aggarwal")).isEqualTo(Phonetic.key("agarwal"));
        assertThat(Phonetic.key("कोथरूड")).isEqualTo(Phonetic.key("kothrud"));
        assertThat(Phonetic.key("முருகன்")).isEqualTo(Phonetic.key("murugan"));
    }

    @Test
    void shouldKeepDigitsOfPincodes() {
        assertThat(Phonetic.key("700019")).isEqualTo("700019");
    }

    @Test
    void shouldTellIndicScripts() {
        assertThat(Phonetic.isIndic("हिप्पो")).isTrue();
        assertThat(Phonetic.isIndic("ಬೆಂಗಳೂರು")).isTrue();
        assertThat(Phonetic.isIndic("hippo")).isFalse();
    }

    @Test
    void shouldGiveARepeatedWordTheKeyItGotBeforeWithoutWorkingItOutAgain() {
        String first = Phonetic.key("kothrood");

        assertThat(Phonetic.key(new String("kothrood"))).isSameAs(first).isEqualTo("kotrut");
    }

    @Test
    void shouldGiveEveryWordItsWorkedOutKeyWhenWordsShareARecentSlot() {
        // more words than slots, in two scripts, asked twice: a slot taken by another word never answers for this one
        String[] stems = {"kothrud", "laxmi", "ganesh", "नगर", "கணேஷ்", "ganesh kirana", "7eleven", "aggarwal"};
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 40_000; i++) {
                String word = stems[i % stems.length] + (i % 3 == 0 ? "" : Integer.toString(i, 36));
                assertThat(Phonetic.key(word)).as(word).isEqualTo(Phonetic.keyOf(word));
            }
        }
    }
}
