package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * What an absence is about in each word order (session 16, scope16-probe): the additive particle "pan" that is no
 * "but", a found phrase about another brand, the brand's own product word after its name, a negated locative ("not
 * at <shop>"), the subject after a place phrase in VSO order ("Wala sa <shop> ang X"), the brand to be had in its own
 * clause and the feminine perfective of buying. Invented brand and shops; the sentences are not those of any labelled set.
 */
final class IntentReaderScope16Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kesmora", "aliases": ["kesmora"], "category_words": ["namkeen", "mixture"],
               "products": [{"sku": "KSM-PUD-150", "name": "Kesmora Pudina Namkeen 150 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadPanBeforeANegativeAsAlsoNotAsButInMarathiAndGujarati() {
        POSTS.assertReport("Kurkure pan nahi ani Kesmora pan nahi Patil stores madhe",
                "Lays pan nathi ane Kesmora pan nathi Shah stores ma");
    }

    @Test
    void shouldNotLetAnotherBrandFoundAnswerTheAbsenceOfTheBrand() {
        POSTS.assertReport("Kesmora nahi mili Gupta stores mein, Haldiram mil gaya",
                "Kesmora nahi milala Patil stores madhe, Haldiram milala");
        // the brand itself found later still answers it
        POSTS.assertNotReport("Kesmora nahi mili subah, shaam ko mil gayi");
    }

    @Test
    void shouldReadTheBrandsOwnProductWordAsPartOfItsNounPhrase() {
        POSTS.assertReport("Kesmora pudina was out at Gupta Stores", "Kesmora pudina was gone at Sai Mart");
    }

    @Test
    void shouldReadANegatedPlacePhraseThatNamesAShopAsAnAbsence() {
        POSTS.assertReport("Kesmora was not at Gupta Stores", "Not at Gupta Stores but Sai Mart has Kesmora");
        POSTS.assertNotReport("Kesmora is not at all bad");
    }

    @Test
    void shouldFindTheSubjectAfterThePlacePhraseInTagalogAndCebuano() {
        POSTS.assertReport("Wala sa Lita Minimart ang Kesmora pero naa sa Nena Store");
    }

    @Test
    void shouldReadTheBrandToBeHadInItsOwnClauseAsThere() {
        // Zorvel: an invented competitor no list knows
        POSTS.assertNotReport("Zorvel nahi mil rahi, Kesmora mil rahi hai", "Zorvel kittunnilla, Kesmora kittunnundu");
    }

    @Test
    void shouldReadTheFemininePerfectiveOfBuyingAsTheBrandBought() {
        POSTS.assertNotReport("गुप्ता स्टोर में हल्दीराम नहीं मिली तो Kesmora ले ली");
        POSTS.assertReport("Kesmora nahi mili Gupta stores mein, to Haldiram le li");
    }
}
