package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Brands named by an everyday word of a language, known from the common-word lists, not from the catalog. */
final class IntentReaderEverydayNamesTest {

    /**
     * Invented brands, in no labelled set: Tulog (coffee; Tagalog "sleep"), Aaram (tea; Hindi "rest"), Zintara (no
     * word of any language). None lists its other meanings.
     */
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tulog", "aliases": ["tulog", "#tulogcoffee"], "category_words": ["coffee"],
               "products": [{"sku": "TLG-BRW", "name": "Tulog Brown Coffee 25 g", "aliases": []}]},
              {"brand": "Aaram", "aliases": ["aaram"], "category_words": ["chai"],
               "products": [{"sku": "ARM-ELA", "name": "Aaram Elaichi Chai 250 g", "aliases": []}]},
              {"brand": "Zintara", "aliases": ["zintara"], "products": []}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    @Test
    void shouldNotReportAnEverydayWordInItsEverydayMeaning() {
        POSTS.assertNotReport(
                "walang tulog kagabi dahil sa exam",
                "wala pa akong tulog, puyat na naman",
                "aaram nahi mila pura hafte",
                "aaj aaram nahi hai, double shift");
    }

    @Test
    void shouldSayWhyTheEverydayMeaningIsNoReport() {
        assertThat(POSTS.read("walang tulog kagabi dahil sa exam").reason()).contains("everyday word");
    }

    @Test
    void shouldReportTheBrandWithEvidenceOfTheProduct() {
        POSTS.assertReport(
                "walang tulog coffee sa tindahan ni aling nena",
                "#tulogcoffee wala na sa tindahan ni aling nena",
                "aaram elaichi nahi mila gupta kirana mein",
                "aaram chai khatam ho gayi gupta kirana mein");
    }

    @Test
    void shouldTakeAShopAsEvidenceOfTheProduct() {
        POSTS.assertReport("wala nang tulog sa tindahan ni aling nena", "aaram nahi mila gupta kirana store mein");
    }

    @Test
    void shouldAskEvidenceInAPostOfALanguageWithoutAList() {
        // Cebuano has no derived list: "tulog" may be an everyday word of it too ("wala koy tulog", I had no sleep)
        POSTS.assertNotReport("wala gyud koy tulog ganina");
    }

    @Test
    void shouldNotAskEvidenceInAPostOfListedLanguagesThatLackTheWord() {
        // an English post: "tulog" is no word of English, so the brand reads as any brand
        POSTS.assertReport("tulog sold out everywhere this week");
    }

    @Test
    void shouldTakeTheNameWrittenWithACapitalAsTheProduct() {
        String post = "wala nang tulog kahit saan";
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        List<CatalogMatcher.Hit> hits = MATCHER.find(t.tokens());

        assertThat(IntentReader.read(t, hits, false).stockout()).isFalse();
        assertThat(IntentReader.read(t, hits, true).stockout()).isTrue();
    }

    @Test
    void shouldReadABrandThatIsNoEverydayWordAsBefore() {
        POSTS.assertReport("zintara nahi mila aaj bhi", "walang zintara kahit saan");
    }
}
