package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Brand names written by their sounds where the letters do not line up (session 16): the Tamil script, which writes
 * "s", "ch", "j" and "z" with one letter and has no aspirates, and a spelling of the same sounds that is two letters
 * longer and one slip away. Invented brands; the words are in no labelled set.
 */
final class BrandSpellingsBySoundTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Zelvico", "aliases": [], "category_words": ["soap"], "products": []},
              {"brand": "Jhankora", "aliases": [], "category_words": ["pickle"], "products": []},
              {"brand": "Vidyela", "aliases": [], "category_words": ["ghee"], "products": []}
            ]}""");
    private static final BrandSpellings SPELLINGS = BrandSpellings.of(CATALOG);

    private static BrandSpellings.Found found(String word) {
        return SPELLINGS.find(Text.normalise(word), null);
    }

    @Test
    void shouldReadATamilSpellingThatWritesZOrJWithTheSameLetterAsS() {
        assertThat(found("செல்விகோ")).isNotNull();
        assertThat(found("செல்விகோ").brand().name()).isEqualTo("Zelvico");
        assertThat(found("செல்விகோ").near()).isFalse(); // the only way Tamil letters write the name
        assertThat(found("சங்கோரா").brand().name()).isEqualTo("Jhankora");
    }

    @Test
    void shouldReadATamilSpellingOneSlipAwayAsANearSpellingOnly() {
        assertThat(found("செல்வீகா")).isNotNull();
        assertThat(found("செல்வீகா").near()).isTrue();
    }

    @Test
    void shouldNotReadAnotherTamilWordOfTheSameFirstSoundAsTheBrand() {
        assertThat(found("செல்வம்")).isNull();
        assertThat(found("சங்கம்")).isNull();
    }

    @Test
    void shouldMeetTheSameSoundsWrittenLongerWithOneSlipAsANearSpelling() {
        assertThat(found("Viddiyela")).isNotNull();
        assertThat(found("Viddiyela").near()).isTrue();
        assertThat(found("Viddiyalaya")).isNull(); // a school, not the ghee
    }
}
