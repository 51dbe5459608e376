package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Forms of absence and request the lexicons lacked (session 18): an emphatic particle between a verb and its negative
 * (Hindi "aaya hi nahi", Gujarati "aavyu j nathi"), Tagalog
 * "kailan kaya magkakaroon ulit" and "yung hinahanap ko", the Ilocano optative request "sapay koma ta adda", and a stock
 * clerk's count of none ("0 pcs") and "avl". An invented brand; the sentences are in no labelled set.
 */
final class RecallForms18Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Bhimrola", "aliases": ["bhimrola"], "category_words": ["namkeen"],
               "products": [{"sku": "BHR-ALU-40", "name": "Bhimrola Aloo 40 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadAnEmphaticParticleBetweenTheVerbAndItsNegative() {
        POSTS.assertReport("Goyal Stores pe Bhimrola is baar aaya hi nahi",
                "Goyal Stores gaya tha Bhimrola lene. Bhaiya bole is baar maal aaya hi nahi.",
                "Patel Stores gayo Bhimrola leva. Sheth kahe, maal aavyo j nathi.");
        POSTS.assertNotReport("Goyal Stores pe Bhimrola aaya hi hai, full stock");
    }

    @Test
    void shouldReadPhilippineRequestsForTheProductToBeThereAgain() {
        POSTS.assertReport("kelan kaya magkakaroon ulit ng Bhimrola sa Lopez Mart?",
                "sapay koma ta adda manen Bhimrola idiay Dela Paz Store");
        POSTS.assertNotReport("sapay koma ta naimas latta ti Bhimrola");
    }

    @Test
    void shouldReadTheThingLookedForAsTheBrandNamedBefore() {
        POSTS.assertReport("Nagpunta ako sa Lopez Mart para sa Bhimrola. Madaming chichirya pero wala yung hinahanap ko.");
    }

    @Test
    void shouldReadAClerksCountOfNone() {
        POSTS.assertReport("Bhimrola 40g: 0 pcs @ Goyal Stores", "no bhimrola avl at goyal stores");
        POSTS.assertNotReport("Bhimrola 40g: 30 pcs @ Goyal Stores", "bhimrola avl at goyal stores");
    }
}
