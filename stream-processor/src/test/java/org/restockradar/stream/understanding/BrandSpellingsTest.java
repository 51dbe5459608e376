package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class BrandSpellingsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Pelmora", "aliases": ["#pelmora", "पेल्मोरा"], "category_words": ["soda"], "products": [
                {"sku": "PLM-1L", "name": "Pelmora Ginger Soda 1 L", "aliases": []}]},
              {"brand": "Kasturika", "aliases": [], "products": []},
              {"brand": "Masarap", "aliases": [], "products": []},
              {"brand": "Tulo", "aliases": [], "products": []}
            ]}""");
    private static final BrandSpellings SPELLINGS = BrandSpellings.of(CATALOG);

    private static String brandOf(String word) {
        BrandSpellings.Found f = SPELLINGS.find(Text.normalise(word), null);
        return f == null ? null : f.brand().name();
    }

    @Test
    void shouldMeetMisspellingsPeopleMake() {
        assertThat(brandOf("Pelmorra")).isEqualTo("Pelmora"); // doubled letter
        assertThat(brandOf("Pelmra")).isEqualTo("Pelmora"); // dropped letter
        assertThat(brandOf("Pemlora")).isEqualTo("Pelmora"); // neighbours swapped
        assertThat(brandOf("Pelmura")).isEqualTo("Pelmora"); // vowel for vowel
        assertThat(brandOf("Pelmoora")).isEqualTo("Pelmora"); // "oo" for "o"
        assertThat(brandOf("Pelmots")).isNull(); // two edits in seven letters
        assertThat(brandOf("Kastoorika")).isEqualTo("Kasturika"); // phonetic: "oo" is "u"
        assertThat(brandOf("Kasturka")).isEqualTo("Kasturika");
        assertThat(brandOf("Qasturiqa")).isEqualTo("Kasturika"); // q for k, first sound kept
        assertThat(brandOf("Khasturika")).isEqualTo("Kasturika"); // "kh" for "k" (the aspirate written or not)
        assertThat(BrandSpellings.sound("chrismo", 0)).isEqualTo('k'); // "ch" before "r" is "k": "Chris", "chrome"
        assertThat(BrandSpellings.sound("chaska", 0)).isEqualTo('c');
    }

    @Test
    void shouldNotTakeANearbyWordForTheBrand() {
        assertThat(brandOf("Belmora")).isNull(); // another first sound
        assertThat(brandOf("Pelmore")).isNull(); // a final "a" turned "e": an inflection, not a slip
        assertThat(brandOf("Pelmoxa")).isNull(); // "x" is neither a neighbour nor a like sound of "r"
        assertThat(brandOf("Tuloy")).isNull(); // four-letter alias: exact only
        assertThat(brandOf("masarap")).isNull(); // matched exactly elsewhere; a lexicon or list word is never fuzzy
        assertThat(brandOf("Masarop")).isNull(); // an everyday-word alias meets only its phonetic key
        assertThat(brandOf("Masarrap")).isEqualTo("Masarap");
    }

    @Test
    void shouldReadTheBrandGluedToAnEndingOrAWord() {
        assertThat(brandOf("Pelmorawala")).isEqualTo("Pelmora");
        assertThat(brandOf("pelmorayil")).isEqualTo("Pelmora");
        assertThat(brandOf("pelmoravum")).isEqualTo("Pelmora");
        assertThat(brandOf("pelmorasoda")).isEqualTo("Pelmora"); // "#PelmoraSoda"
        assertThat(brandOf("pelmoraginger")).isEqualTo("Pelmora");
        assertThat(brandOf("pelmoraxyz")).isNull();
    }

    @Test
    void shouldMeetABrandWrittenInAnIndicScriptSeveralWays() {
        assertThat(brandOf("पेलमोरा")).isEqualTo("Pelmora");
        assertThat(brandOf("পেলমোরা")).isEqualTo("Pelmora");
    }

    @Test
    void shouldAllowEditsByLength() {
        assertThat(BrandSpellings.allowed(4)).isZero();
        assertThat(BrandSpellings.allowed(5)).isEqualTo(1);
        assertThat(BrandSpellings.allowed(7)).isEqualTo(1);
        assertThat(BrandSpellings.allowed(8)).isEqualTo(2);
    }

    @Test
    void shouldCountASubstitutionOfUnlikeLettersAsTwoEdits() {
        assertThat(BrandSpellings.distance("jalvira", "jalvita", 2)).isEqualTo(1); // r and t are neighbouring keys
        assertThat(BrandSpellings.distance("sakto", "santo", 2)).isEqualTo(2); // n and k are not
        assertThat(BrandSpellings.distance("sakto", "saotk", 1)).isEqualTo(2);
        assertThat(BrandSpellings.distance("pelmora", "pemlora", 1)).isEqualTo(1);
    }
}
