package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports the stage missed in session 20: a long post whose absence is the shelf described (English, Tagalog), a lack at one shop against a find at another placed by a postposition ("Goyal mein mil gayi") or beside it
 * ("the supermarket next door"), and a misspelt brand spelt as it is spoken with a hard "c" for "k". An invented brand; the sentences are in no labelled set.
 */
final class RecallForms20Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kolvanzi", "aliases": ["kolvanzi"], "category_words": ["cola", "soda"],
               "products": [{"sku": "KVZ-300", "name": "Kolvanzi Cola 300 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheShelfDescribedAsBareOrEmptyAsTheAbsenceOfTheBrandNamedBefore() {
        POSTS.assertReport(
                "Busy day, guests at home. They all wanted Kolvanzi. I went down to Bansal Stores. The shelf was bare.",
                "Kolvanzi is all my dad drinks. At Bansal Stores this evening the rack was completely empty.",
                "Matagal na akong suki sa Aling Nena Store. Ngayon, bakante yung lagayan ng Kolvanzi.");
        POSTS.assertNotReport(
                "The shelf was bare at Bansal Stores for a week, but Kolvanzi's back since Monday.",
                "Kolvanzi in hand. The shelf was full at Bansal Stores.");
    }

    @Test
    void shouldKeepTheLackAtAShopWhenItIsFoundAtAnotherPlacedByAPostpositionOrBesideIt() {
        POSTS.assertReport("Bansal Stores mein Kolvanzi nahi, Mittal mein mil gayi",
                "Bansal Stores pe Kolvanzi khatam, Lucknowi mein mil gaya",
                "Kolvanzi: none at Murali Stores, found it in the supermarket next door");
        // the find at the same shop, or after a count of days, still answers the lack
        POSTS.assertNotReport("Bansal Stores mein Kolvanzi kal nahi tha, aaj Bansal Stores mein mil gaya",
                "Bansal Stores mein Kolvanzi nahi tha, teen din mein mil gaya");
    }

    @Test
    void shouldDispatchTheBrandSpeltWithAHardCForK() {
        for (String post : List.of("Colvanzi out of stock at Bansal Stores", "Colvanzee khatam Bansal Stores pe",
                "colvanzi ubos na sa Aling Nena Store")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
        assertThat(NameEdit.spokenAlike("colvanzi", "kolvanzi")).isTrue();
        assertThat(NameEdit.spokenAlike("kolvanci", "kolvanzi")).as("a soft c is another consonant").isFalse();
        assertThat(NameEdit.spokenAlike("kolbanzi", "kolvanzi")).as("a like sound stays for review").isFalse();
        assertThat(NameEdit.spokenAlike("limko", "limco")).isTrue();
        assertThat(NameEdit.spokenAlike("limcko", "limco")).as("a letter added before the k sound").isFalse();
    }
}
