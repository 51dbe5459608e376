package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Contrast between two shops (session 18, {@link ShopNames}): the shop without the product named second ("<A> has
 * it, <B> doesn't"), a Philippine shop named by its owner after "ni" ("Tindahan ni <name>"), and a find at "another
 * shop" in every language, which does not answer a lack at the shop named. An invented brand; the sentences are in no
 * labelled set.
 */
final class RecallShopsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Bhimrola", "aliases": ["bhimrola"], "category_words": ["namkeen"],
               "products": [{"sku": "BHR-ALU-40", "name": "Bhimrola Aloo 40 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadALackAtTheShopNamedSecondWhenTheFirstIsAPhilippineOwnersShop() {
        POSTS.assertReport("May Bhimrola sa Tindahan ni Manang Celia pero sa Lopez Mart wala na",
                "Naa ang Bhimrola sa Tindahan ni Pilar Santos, pero sa Cruz Store wala");
        POSTS.assertNotReport("May Bhimrola sa Tindahan ni Manang Celia at sa Lopez Mart din");
    }

    @Test
    void shouldReadTheHaryanviSpellingOfTheGrocerAsAShop() {
        POSTS.assertReport("Goyal Kiryana mein mil gaya Bhimrola, Jindal Kiryana mein nahi hai");
        POSTS.assertNotReport("Goyal Kiryana mein mil gaya Bhimrola, full stock");
    }

    @Test
    void shouldNotLetAFindAtAnotherShopAnswerTheLack() {
        POSTS.assertReport("Sawant Kirana madhe Bhimrola nahi, dusrya dukanat milala",
                "Lopez Mart walay Bhimrola, sa laing tindahan na nakit-an",
                "Bhimrola nahi mila Goyal Stores mein, dusri dukaan mein mil gaya");
        POSTS.assertNotReport("Bhimrola nahi mila Goyal Stores mein pehle, phir wahin mil gaya");
    }
}
