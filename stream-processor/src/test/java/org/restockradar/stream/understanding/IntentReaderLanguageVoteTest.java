package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * The post's language decides which reading a contested word holds (Cebuano "way", none; English "way"): every word
 * of every lexicon phrase votes for its language, so an English phrase that lists a word shops use in their names
 * ("New" of "New Sunrise Grocery") tipped a Cebuano report to English (session 16: "last new year" in the past
 * times was taken out for it). Invented brand and shops; the sentences are not those of any labelled set.
 */
final class IntentReaderLanguageVoteTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Velmora", "aliases": ["velmora"], "category_words": ["biscuit", "packet"],
               "products": [{"sku": "VLM-CRM-75", "name": "Velmora Cream 75 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheCebuanoNoneBesideAShopNamedWithAnEnglishWordAsAnAbsence() {
        POSTS.assertReport("way Velmora sa New Sunrise Grocery Colon",
                "New Sunrise Grocery sa Colon way Velmora cream");
    }
}
