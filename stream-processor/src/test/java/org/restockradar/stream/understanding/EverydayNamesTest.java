package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EverydayNamesTest {

    private static final List<String> LANGUAGES = Lexicon.shipped().languages();
    private static final EverydayNames EVERYDAY = EverydayNames.of(LANGUAGES);

    /** Invented brands: Tulog (Tagalog "sleep"), Aaram (Hindi "rest"), Zintara (no word of any language). */
    private static Catalog.Brand brand(String name, String... aliases) {
        return new Catalog.Brand(name, List.of(aliases), List.of());
    }

    private static long language(String code) {
        return 1L << LANGUAGES.indexOf(code);
    }

    @Test
    void shouldKnowABrandNamedByAWordOfTheDerivedListOfItsLanguage() {
        assertThat(EVERYDAY.languagesOf(brand("Tulog", "tulog")) & language("tl")).isNotZero();
    }

    @Test
    void shouldMeetAWordOfAnotherScriptByItsLatinSpelling() {
        // the Hindi list holds आराम, written "aram" in Latin letters; "Aaram" has the same phonetic key
        assertThat(EVERYDAY.languagesOf(brand("Aaram", "aaram")) & language("hi")).isNotZero();
    }

    @Test
    void shouldKnowABrandNamedByAWordOfTheHandList() {
        // "sakto", just right, is in the hand list's Tagalog and Cebuano section
        assertThat(EVERYDAY.languagesOf(brand("Saktoo", "sakto")) & language("ceb")).isNotZero();
    }

    @Test
    void shouldNotTakeAnInventedNameOrAHashtagForAnEverydayWord() {
        assertThat(EVERYDAY.languagesOf(brand("Zintara", "zintara", "#tulog"))).isZero();
    }

    @Test
    void shouldTakeACapitalInsideASentenceAsTheName() {
        Catalog.Brand tulog = brand("Tulog", "tulog");

        assertThat(EverydayNames.capitalised("wala nang Tulog sa tindahan ni Aling Nena", tulog)).isTrue();
        assertThat(EverydayNames.capitalised("grabe. wala nang Tulog dito", tulog)).isTrue();
    }

    @Test
    void shouldNotTakeACapitalThatOpensASentenceOrAPostInCapitals() {
        Catalog.Brand tulog = brand("Tulog", "tulog");

        assertThat(EverydayNames.capitalised("Tulog na ako, bukas na", tulog)).isFalse();
        assertThat(EverydayNames.capitalised("puyat. Tulog muna", tulog)).isFalse();
        assertThat(EverydayNames.capitalised("WALANG TULOG SA TINDAHAN", tulog)).isFalse();
        assertThat(EverydayNames.capitalised("walang tulog sa tindahan", tulog)).isFalse();
        assertThat(EverydayNames.capitalised("wala na #Tulog sa tindahan", tulog)).isFalse();
    }
}
