package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * A denial said after the absence, another maker's goods before the brand's category word, and time words of "since"
 * and of a past festival (session 18, scope18-probe). Invented brand Morvesa, competitor Zentro and shops; the
 * sentences are not those of any labelled set.
 */
final class IntentReaderScope18Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Morvesa", "aliases": ["morvesa"], "category_words": ["tea", "chai"],
               "products": [{"sku": "MRV-TEA-250", "name": "Morvesa Tea 250 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadADenialAfterTheAbsenceOnlyWhenItEndsItsClauseAndTheProductIsSaidToBeThere() {
        POSTS.assertNotReport("Morvesa shortage at Gopal Stores is fake news, shelf is full",
                "Morvesa milat nahi he afwa aahe, Patil Stores madhe bharpur aahe",
                "Morvesa illa ennathu kallam, Joseph Stores il undu",
                "Morvesa ledu ani cheppindi tappu, Ravi Stores lo undi",
                "Morvesa gone from Gopal Stores? Rubbish. Plenty on the shelf",
                "Wala raw Morvesa sa Aling Rosa Store, tsismis lang yan, meron sila");
        // a denial with a complement of its own, or one that does not end its clause, denies something else
        POSTS.assertReport("Wala nang Morvesa sa Aling Rosa Store, hindi totoo na may stock sila",
                "Morvesa out at Gopal Stores, rubbish service too");
    }

    @Test
    void shouldNotReadTheNegativeOfADenialPhraseAsAnAbsence() {
        POSTS.assertNotReport("Morvesa nahi he khara nahi, Patil Stores madhe aahe");
    }

    @Test
    void shouldReadAnUnknownNameBeforeTheCategoryWordAsAnotherMakersGoods() {
        POSTS.assertNotReport("Zentro tea khatam, Morvesa bhi chalega, Gupta Stores");
        // the brand's own clause lacks it too: both are out
        POSTS.assertReport("Zentro tea khatam, Morvesa bhi nahi, Gupta Stores");
    }

    @Test
    void shouldReadTagalogSinceAsNowAndAPastPunjabiFestivalAsOld() {
        POSTS.assertReport("Mula noong isang linggo walang Morvesa sa Aling Rosa Store");
        POSTS.assertNotReport("Pichhli Lohri te Morvesa nahi si Sandhu Stores te");
    }
}
