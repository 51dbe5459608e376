package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Requests to stock a product because it is missing, in the verb forms people use per language, against requests
 * that are no report: a former pack wanted back (session 14, request14-probe). Invented brand and shops; the
 * sentences are not those of any labelled set.
 */
final class IntentReaderRequestTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tovrika", "aliases": ["tovrika", "तोव्रिका"], "category_words": ["namkeen", "packet"],
               "products": [{"sku": "TOV-PDN-50", "name": "Tovrika Pudina 50 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheFutureSecondPersonOfSendingAsARequestInHindiMarathiAndKannada() {
        POSTS.assertReport("Tovrika wale Hapur kab bhejoge, Rana stores pe ek bhi packet nahi",
                "Tovrika Sangli la kadhi pathavnar? Joshi kirana madhe nahi",
                "Tovrika Hassan ge yavaga tartira? Shetty stores alli illa");
    }

    @Test
    void shouldReadThePoliteImperativeOfSendingAsARequestInDevanagariAndMarathi() {
        POSTS.assertReport("कृपया राणा स्टोर्स में तोव्रिका का स्टॉक भेजें", "Joshi kirana madhe Tovrika pathva please");
    }

    @Test
    void shouldReadSupplyAskedOfTheBrandAsARequestInEnglish() {
        POSTS.assertReport("Tovrika please supply Rana Stores Hapur", "Tovrika when will you send more to Hapur");
    }

    @Test
    void shouldReadTheBringAndSendVerbsAddressedToAShopInThePhilippineLanguages() {
        POSTS.assertReport("Tindahan ni Aling Nora, magpadala po kayo ng Tovrika dito",
                "kanus-a mo magdala ug Tovrika diri sa Ormoc",
                "Tindahan ni Nanay Rosa alayon pagdara hin Tovrika");
    }

    @Test
    void shouldNotReadTheOldPackWantedBackAsALack() {
        POSTS.assertNotReport("Tovrika please bring back the old packaging, the new one is ugly",
                "Tovrika ka purana packet wapas lao yaar",
                "Tovrika ibalik ninyo ang lumang pack please");
    }
}
