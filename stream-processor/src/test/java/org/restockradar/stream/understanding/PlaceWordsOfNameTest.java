package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class PlaceWordsOfNameTest {

    @Test
    void shouldFindAWordOfAPlaceOnlyWhereItStandsWhole() {
        assertThat(PlaceWordsOfName.containsWord("old ranipet", "ranipet")).isTrue();
        assertThat(PlaceWordsOfName.containsWord("ranipet bazaar", "ranipet")).isTrue();
        assertThat(PlaceWordsOfName.containsWord("kottar", "kottar")).isTrue();
        assertThat(PlaceWordsOfName.containsWord("ranipettai", "ranipet")).isFalse();
        assertThat(PlaceWordsOfName.containsWord("new aranipet", "ranipet")).isFalse();
        assertThat(PlaceWordsOfName.containsWord("aranipet ranipet", "ranipet")).isTrue();
    }

    @Test
    void shouldAgreeWithTheWordsOfTheSplitPhrase() {
        String[] phrases = {"gandhi nagar", "hira bhagol", "nagar", "old gandhi nagar road", "gandhinagar"};
        String[] words = {"gandhi", "nagar", "hira", "bhagol", "road", "gandhinagar", "nag"};
        for (String phrase : phrases) {
            for (String word : words) {
                assertThat(PlaceWordsOfName.containsWord(phrase, word)).as("%s in %s", word, phrase)
                        .isEqualTo(Arrays.asList(phrase.split(" ")).contains(word));
            }
        }
    }
}
