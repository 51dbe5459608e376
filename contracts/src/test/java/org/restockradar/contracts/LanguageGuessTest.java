package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply language picked from a report's text. */
final class LanguageGuessTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "can't find Hippo chips at Sharma General Store, Kothrud | EN",
            "कोथरुड में शर्मा जनरल स्टोर पर हिप्पो चिप्स नहीं मिल रहे | HI",
            "@hippo शर्मा स्टोर पर Hippo नहीं है | HI",
            "Hippo chips nahi mil rahe Sharma store pe yaar | HINGLISH",
            "bhai Kothrud mein kahin bhi Hippo nahi hai | HINGLISH",
            "wala na pong Hippo sa tindahan dito sa Quezon | TL",
            "Ubos na naman yung Lucky Me sa sari-sari store, nakakainis | TL",
            "Hippo out of stock, hi team please check | EN",
            "'' | EN"
    })
    void shouldPickTheLanguageByScriptThenByWords(String text, Language expected) {
        assertThat(LanguageGuess.of(text)).isEqualTo(expected);
    }
}
