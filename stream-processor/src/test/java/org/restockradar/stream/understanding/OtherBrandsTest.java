package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Brands the catalog does not track ({@code catalog/other-brands.tsv}) against the tracked ones: a word that is one
 * of them, or nearer to one of them than to the tracked alias, is not the tracked brand; an absence whose argument is
 * one of them is about that brand; the tracked brand's own names win over the list. Invented tracked brands and
 * shops, real other brands; the sentences are not those of any labelled set.
 */
final class OtherBrandsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kurkuro", "aliases": ["#kurkuro"], "category_words": ["namkeen"], "products": [
                {"sku": "KRK-HING-60G", "name": "Kurkuro Hing Jeera 60 g", "aliases": []}]},
              {"brand": "Chippz", "aliases": [], "products": []},
              {"brand": "Nuvanza", "aliases": ["#nuvanza"], "category_words": ["chips"], "products": [
                {"sku": "NVZ-TOMATO-50G", "name": "Nuvanza Tangy Tomato 50 g", "aliases": []}]}
            ]}""");
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    private static List<String> brandsIn(String post) {
        return MATCHER.find(Text.tokens(post)).stream().map(h -> h.brand().name()).distinct().toList();
    }

    @Test
    void shouldNeverReadAnotherBrandsNameAsATrackedBrandMisspelt() {
        assertThat(brandsIn("Kurkure nahi mila Sharma Stores mein")).isEmpty(); // one vowel from "Kurkuro"
        assertThat(brandsIn("Uncle Chipps out at Sharma Stores")).isEmpty(); // a like sound from "Chippz", in a name
        assertThat(brandsIn("Kurkuru nahi mila Sharma Stores mein")).containsExactly("Kurkuro"); // no other brand's
        assertThat(brandsIn("Chipps out at Sharma Stores")).containsExactly("Chippz"); // the name is two words
    }

    @Test
    void shouldLetTheTrackedBrandsOwnNameWinOverTheList() {
        Catalog limca = Catalog.parse("""
                {"brands": [{"brand": "Limca", "aliases": ["Limca Soda"], "products": []}]}""");
        assertThat(new CatalogMatcher(limca).find(Text.tokens("Limca out at Sharma Stores")))
                .extracting(h -> h.brand().name()).containsExactly("Limca");
        assertThat(OtherBrands.of(limca).isName("limca")).isFalse();
        assertThat(OtherBrands.of(CATALOG).isName("limca")).isTrue();
    }

    @Test
    void shouldNotReadASpellingNearerToAnotherBrandThanToTheTrackedOne() {
        Catalog kasturika = Catalog.parse("""
                {"brands": [{"brand": "Kasturika", "aliases": [], "products": []}]}""");
        BrandSpellings alone = BrandSpellings.of(kasturika, OtherBrands.of(kasturika, List.of()));
        BrandSpellings withRival = BrandSpellings.of(kasturika, OtherBrands.of(kasturika, List.of("kasturipa\tchips\tIN")));
        // "b" is a like sound of "p" (one edit from the rival) and no like letter of "k" (two from the tracked alias)
        assertThat(alone.find("kasturiba", null)).isNotNull();
        assertThat(withRival.find("kasturiba", null)).isNull();
        assertThat(withRival.find("kastureeka", null)).isNotNull(); // nearer to the tracked alias
        assertThat(withRival.find("kasturipa", null)).isNull();
    }

    @Test
    void shouldTakeANearSpellingForAnotherNameWhenThePostWritesTheNameExactly() {
        assertThat(MATCHER.find(Text.tokens("Nuvenza chips wala sa tindahan, may Nuvanza naman")))
                .extracting(CatalogMatcher.Hit::near).containsExactly(false);
        assertThat(MATCHER.find(Text.tokens("Nuvenza chips wala sa tindahan")))
                .extracting(CatalogMatcher.Hit::near).containsExactly(true);
    }

    @Test
    void shouldReadEverySpellingMetByAnEditOrAKeyAsNear() {
        BrandSpellings spellings = BrandSpellings.of(CATALOG);
        for (String word : List.of("kurkkuro", "kurkro", "kukruro", "qurkuro", "kurkuru", "kurkooro", "nuwanza", "nuvansa")) {
            assertThat(spellings.find(word, null)).as(word).isNotNull();
            assertThat(spellings.find(word, null).near()).as(word).isTrue();
        }
        assertThat(spellings.find("kurkurowala", null).near()).isFalse(); // the name glued to an ending
        assertThat(spellings.find("कुर्कुरो", null).near()).isFalse(); // the name in another script, same key
    }

    @Test
    void shouldNotReportAnAbsenceOfAnotherBrandWithTheTrackedOneNamed() {
        POSTS.assertNotReport("Lays nahi mila Sharma Stores mein, Nuvanza try kiya",
                "Ubos na ang Piattos sa tindahan ni Aling Rosa, Nuvanza ang dala ko",
                "Sprite out of stock at Gupta Stores, Nuvanza with chai then",
                "Kurkure masala munch nahi mila Sharma Stores mein, Nuvanza try kiya");
    }

    @Test
    void shouldReportTheTrackedBrandOutBesideAnotherBrand() {
        POSTS.assertReport("Lays aur Nuvanza dono nahi mile Sharma Stores mein",
                "Nuvanza and Pringles out at Gupta Stores",
                "No Pringles and no Nuvanza at Gupta Stores",
                "Pringles mila par Nuvanza nahi mila Sharma Stores mein");
    }

    @Test
    void shouldNotTakeAnEverydayWordOfTheListForAnotherBrand() {
        // "Joy" is a dish soap in the Philippines and a word everywhere: the list marks it, and it is no argument
        POSTS.assertReport("Nuvanza out at Gupta Stores, joy gone from my weekend");
        assertThat(OtherBrands.of(CATALOG).covers(Text.tokens("no joy today"), 1, false)).isFalse();
        assertThat(OtherBrands.of(CATALOG).covers(Text.tokens("no joy today"), 1, true)).isTrue();
    }

    @Test
    void shouldRefuseAMalformedLineOfTheList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OtherBrands.of(CATALOG, List.of("kurkure")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other-brands.tsv");
    }
}
