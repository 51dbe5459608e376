package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class NamesKeysTest {

    @Test
    void shouldKeyInitialsWrittenApartAsOneWord() {
        assertThat(Names.keys(List.of("shop", "m", "g", "road")))
                .containsExactly(Names.canonicalKey("shop"), Names.canonicalKey("mg"), Names.canonicalKey("road"));
        assertThat(Names.keys(List.of("r", "j", "k", "stores")))
                .containsExactly(Names.canonicalKey("rjk"), Names.canonicalKey("stores"));
    }

    @Test
    void shouldKeyAShortFormWrittenInTwoDigitTokensAsTheWordsItStandsFor() {
        assertThat(Names.keys(List.of("7", "11", "near", "gate")))
                .containsExactly(Names.canonicalKey("7"), Names.canonicalKey("eleven"), Names.canonicalKey("near"),
                        Names.canonicalKey("gate"));
    }

    @Test
    void shouldKeyOneLetterAloneAndEveryOtherWordByItself() {
        assertThat(Names.keys(List.of("x", "kirana")))
                .containsExactly(Names.canonicalKey("x"), Names.canonicalKey("kirana"));
        assertThat(Names.keys(List.of("kirana", "x")))
                .containsExactly(Names.canonicalKey("kirana"), Names.canonicalKey("x"));
        assertThat(Names.keys(List.of())).isEmpty();
    }
}
