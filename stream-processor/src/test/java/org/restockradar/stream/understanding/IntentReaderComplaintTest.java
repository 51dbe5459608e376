package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Words of absence that are not a stock-out now (session 14): a complaint whose absence takes a quality of the product
 * as its argument (its taste, its price or deal), and a past absence answered by the habitual present of now; against
 * them, true reports that name a quality beside the brand's absence, and a "still" after a past start. An invented
 * brand; the sentences are in no labelled set.
 */
final class IntentReaderComplaintTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Pakorvi", "aliases": ["pakorvi", "पकोरवी"],
               "products": [{"sku": "PKV-LEMON", "name": "Pakorvi Lemon Soda", "aliases": ["pakorvi lemon"]}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldNotReportAComplaintThatTheProductHasNoTaste() {
        POSTS.assertNotReport("Pakorvi Lemon has no flavour now, tastes like water",
                "Pakorvi Lemon mein ab pehle wala swaad nahi hai",
                "Pakorvi Lemon la ippo suvai illa",
                "Pakorvi Lemon lo ruchi ledu ippudu",
                "पकोरवी लेमन में कोई स्वाद नहीं");
    }

    @Test
    void shouldNotReportAComplaintAboutNoDeal() {
        POSTS.assertNotReport("Pakorvi Lemon has no discount this month, full MRP",
                "Pakorvi Lemon pe koi chhoot nahi di dukaan wale ne");
    }

    @Test
    void shouldStillReportAnAbsenceThatNamesAQualityBesideTheBrand() {
        POSTS.assertReport("Pakorvi Lemon nahi hai Raj Provision mein, swaad wala soda sirf yahi tha",
                "No Pakorvi Lemon at Raj Provision, the tasty one, please restock",
                "Pakorvi Lemon out of stock at Raj Provision, and it was on offer too");
    }

    @Test
    void shouldReadAQualityWordThatNamesTheProductAsTheProduct() {
        IntentAssertions fizz = new IntentAssertions(Catalog.parse("""
                {"brands": [
                  {"brand": "Tarmoli", "aliases": ["tarmoli"],
                   "products": [{"sku": "TRM-FIZZ", "name": "Tarmoli Orange Fizz", "aliases": ["tarmoli fizz"]}]}
                ]}
                """));
        fizz.assertReport("Tarmoli orange fizz nahi mila Gupta Store mein",
                "Tarmoli fizz sold out at Gupta Store");
    }

    @Test
    void shouldNotReportAPastAbsenceAnsweredByTheHabitualPresent() {
        POSTS.assertNotReport("Pahile Pakorvi Lemon kuthech milat navhta, aata sagla kade milto",
                "Pehlan Pakorvi Lemon ni milda si, hun har thaan milda");
    }

    @Test
    void shouldReportAnAbsenceStillTrueSinceAPastDay() {
        POSTS.assertReport("Simula noong Martes wala pa ring Pakorvi Lemon sa tindahan ni Aling Pacing");
    }
}
