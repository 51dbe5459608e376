package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Another product's name right before an SOV absence after a place phrase or a time word, or before a word for its
 * stock, while the tracked brand is bought, liked or there in another clause, and words of buying or switching to the
 * brand instead (session 19, scope19-probe). Invented brands Sorvanta and Mirelka, competitors Plexo and Truvik, and shops; the
 * sentences are not those of any labelled set.
 */
final class IntentReaderScope19Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Sorvanta", "aliases": ["sorvanta"], "category_words": ["soda"],
               "products": [{"sku": "SRV-ORG-600", "name": "Sorvanta Orange 600 ml", "aliases": []}]},
              {"brand": "Mirelka", "aliases": ["mirelka"], "category_words": ["biscuit", "biscuits"],
               "products": [{"sku": "MRL-GLU-100", "name": "Mirelka Glucose 100 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadANameAfterAPlacePhraseBeforeAnSovAbsenceAsAnotherProductWhenTheBrandIsHadElsewhere() {
        POSTS.assertNotReport("Kal se Lodha Kirana mein Plexo nahi aa raha, Sorvanta mast hai",
                "Selvi Stores la Truvik illa, Sorvanta paravala",
                "Ravi Stores lo Plexo ledu, Sorvanta saripotundi");
        // the brand in the absence's clause, or its own clause lacking it too, or only praised before a contrast
        POSTS.assertReport("Sharma Stores pe Sorvanta nahi hai, Truvik bhi nahi",
                "Sorvanta mast hai par Sharma Stores pe Sorvanta nahi milta");
    }

    @Test
    void shouldReadANameBeforeAWordForStockOrTheCategoryAfterAPlacePhraseAsAnotherMakersGoods() {
        POSTS.assertNotReport("Lodha Kirana mein Plexo stock khatam, Sorvanta mast hai",
                "Patil Stores madhe Plexo stock sampla, Sorvanta chalel",
                "Sandhu Store vich Truvik biscuit nahi, Mirelka lai laye");
        POSTS.assertReport("Sorvanta stock khatam, Plexo mast hai");
    }

    @Test
    void shouldReadSwitchingToTheBrandAndTheContinuousOfBuyingAsBoughtInstead() {
        POSTS.assertNotReport("Nahurot na ang Plexo sa Aling Nena Store, mibalhin mi sa Sorvanta",
                "Aaj Sharma Stores pe Truvik nahi tha, Sorvanta hi le raha hoon");
        POSTS.assertReport("Nahurot na ang Sorvanta sa Aling Nena Store");
    }
}
