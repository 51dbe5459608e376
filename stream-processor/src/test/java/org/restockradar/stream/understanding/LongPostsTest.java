package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Long and multi-sentence posts (session 14): the brand named in one sentence stays the topic of the lack told
 * sentences later; two shops, one of which has the product; a find at a shop that answers a lack over an area; the
 * story told of a past day, the writer's own coming, hearsay put right, praise that lacks nothing. An invented
 * brand; the sentences are in no labelled set.
 */
final class LongPostsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tavelko", "aliases": ["tavelko"], "category_words": ["namkeen", "packet"],
               "products": [{"sku": "TVK-MSL-40", "name": "Tavelko Masala 40 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldCarryTheBrandAsTopicToALackToldSentencesLater() {
        POSTS.assertReport(
                "Tavelko masala. Went to Ravi Stores near the temple after work. Checked twice. Finished.",
                "Tavelko ke baare mein. Subah Ravi Stores gaya tha. Do baar poocha. Khatam ho gaya.",
                "Yung Tavelko. Pumunta ako sa Ravi Store kanina. Tinanong ko si ate. Ubos na daw.",
                "Kining Tavelko. Niadto ko sa Ravi Store ganina. Gipangutana nako ang tindera. Nahurot na.",
                "Tavelko pathi. Innaiku Ravi Stores ponen. Rendu thadava kettaen. Kedaikala.",
                "Tavelko gurinchi. Ee roju Ravi Stores ki vellanu. Rendu sarlu adiganu. Dorakaledu.");
    }

    @Test
    void shouldNotCarryTheTopicPastAnotherBrandOrTooFar() {
        POSTS.assertNotReport(
                "Had Tavelko with tea last night. Went to Ravi Stores today for Kurkure. Finished.",
                "Tavelko masala. My cousin came over. We watched the match. Ate dinner. Went out. Came back. Finished.");
    }

    @Test
    void shouldReadALackAtOneShopWhenTheBrandIsThereAtAnother() {
        POSTS.assertReport("Ravi Stores had plenty of Tavelko. Lucky Kirana had none, the man said the van skipped them.",
                "Ravi Stores mein Tavelko mil gaya par Lucky Kirana mein ek bhi nahi tha.",
                "Sa Ravi Store meron pang Tavelko. Sa Lucky Store, wala na kahit isang pack.");
        POSTS.assertNotReport("Ravi Stores had plenty of Tavelko. They had none last year, full now.");
    }

    @Test
    void shouldTakeAFindAtAShopAsTheAnswerToALackOverAnArea() {
        POSTS.assertNotReport(
                "Could not find Tavelko in any of the shops near me all week. Finally found it at Lucky Kirana today.",
                "Akala ko wala nang Tavelko dito sa Lipa. Pero kanina sa Lucky Store meron na ulit!");
    }

    @Test
    void shouldReadPastDaysHearsayPutRightAndTheWritersOwnComing() {
        POSTS.assertNotReport(
                "Tavelko was sold out at the Ravi Stores stall during the fair last Sunday. Great fun.",
                "Group mein kisi ne likha ki Ravi Stores mein Tavelko khatam hai. Rack bhara hua hai, abhi dekha.",
                "Tried Tavelko yesterday, bought it at Ravi Stores. Nothing to complain about.");
        POSTS.assertReport("Tavelko out at Ravi Stores since last Sunday",
                "Pichle hafte se Ravi Stores mein Tavelko nahi hai",
                "Tavelko romba nalla irukku. Aana adhu ippo Ravi Stores la kedaikala.");
    }
}
