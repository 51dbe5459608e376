package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * True reports the rules missed (session 14): the negative of the verbs of arrival and delivery ("isn't coming", "not
 * delivered", "asche na", "varala", "raledu", "bandilla", "vannilla", "asuni", "ni aunda", "hindi pa dumarating",
 * "saan pay dimteng"), spelling variants of absence words, "when will it come" as a request, the seller quoted with
 * the reportative enclitics, and a question about the brand's arrival before the absence that answers it. An
 * invented brand; the sentences are in no labelled set.
 */
final class RecallArrivalTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Torlami", "aliases": ["torlami", "टोरलामी"], "category_words": ["juice", "drink"],
               "products": [{"sku": "TRL-MNG-200", "name": "Torlami Mango 200 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheNegativeOfArrivalAndDeliveryInEnglish() {
        POSTS.assertReport("Torlami isn't coming anymore at Ravi Stores",
                "Torlami not delivered this week at Ravi Stores",
                "Ravi Stores says Torlami hasn't arrived");
        POSTS.assertNotReport("Torlami is coming back to Ravi Stores tomorrow",
                "Torlami delivered today at Ravi Stores");
    }

    @Test
    void shouldReadTheNegativeOfComingInIndianLanguages() {
        POSTS.assertReport("Ravi Stores pe Torlami milna band ho gaya",
                "Ravi Stores e Torlami asche na",
                "Ravi Stores la Torlami varala",
                "Ravi Stores lo Torlami raledu",
                "Ravi Stores alli Torlami bandilla",
                "Ravi Stores il Torlami vannilla",
                "Ravi Stores re Torlami asuni",
                "Ravi Stores te Torlami ni aunda");
        POSTS.assertNotReport("Ravi Stores e Torlami asche kal", "Ravi Stores lo Torlami vachindi");
    }

    @Test
    void shouldReadSpellingVariantsOfFinishedAndMissing() {
        POSTS.assertReport("रवि स्टोर्स में टोरलामी खतम",
                "Ravi Stores ma Torlami puru thai gayu",
                "Ravi Stores madhe Torlami sampli");
    }

    @Test
    void shouldReadPhilippineArrivalNegativesAndWhenWillItComeAsReports() {
        POSTS.assertReport("hindi pa dumarating ang Torlami sa Ravi Store",
                "saan pay dimteng ti Torlami idiay Ravi Store",
                "kailan darating ang Torlami sa Ravi Store?");
        POSTS.assertNotReport("dumating na ang Torlami sa Ravi Store");
    }

    @Test
    void shouldReadTheSellerQuotedWithAReportativeParticle() {
        POSTS.assertReport("sabi ng tindera wala daw Torlami sa Ravi Store",
                "kunana ti tindero awan kano ti Torlami idiay Ravi Store",
                "siling sang tindera wala kuno Torlami sa Ravi Store");
        POSTS.assertNotReport("sabi ng tindera may Torlami pa sa Ravi Store");
    }

    @Test
    void shouldKeepTheBrandAsTopicWhenItsArrivalIsOnlyAsked() {
        POSTS.assertReport("Torlami aaya kya Ravi Stores pe? 3 din se nahi hai");
        POSTS.assertNotReport("Torlami aa gaya Ravi Stores pe. kal tak nahi tha");
    }
}
