package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Past festivals and seasons, denials answered after the question, modal "may run out", and requests to stock the
 * product that hold no word of absence (session 16, time16-probe). Invented brand and shops; the sentences are not
 * those of any labelled set.
 */
final class IntentReaderDenialAndRequestTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Nelvora", "aliases": ["nelvora", "नेल्वोरा"], "category_words": ["biscuit", "packet"],
               "products": [{"sku": "NLV-CRM-75", "name": "Nelvora Cream 75 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheLastFestivalOrSeasonAsAnOldProblem() {
        POSTS.assertNotReport("last Christmas Rosario Mart had no Nelvora at all",
                "two winters ago you could not find Nelvora at Lal Stores",
                "pona Pongal ku Rasu Stores la Nelvora kedaikala",
                "kazhinja Onathinu Babu Stores il Nelvora kittiyilla",
                "poyina Dasara ki Rama Stores lo Nelvora dorakaledu",
                "han miaging bulan waray Nelvora ha Tindahan ni Nena");
        // "since" before the past time: the absence runs until now
        POSTS.assertReport("sukad niadtong Pasko walay Nelvora sa Tindahan ni Inday",
                "since last Christmas no Nelvora at Rosario Mart");
    }

    @Test
    void shouldReadABareNoAfterTheAskedAbsenceAsItsDenial() {
        POSTS.assertNotReport("Nelvora out of stock at Lal Stores? nope, two boxes on the shelf",
                "Nelvora sold out at Rosario Mart? no way, I just got one");
        // a question that holds no absence is not denied, and a plain "no" confirms as often as it denies
        POSTS.assertReport("Nelvora out of stock at Lal Stores? no, not a single packet");
    }

    @Test
    void shouldReadWhoSaidAndTheNegatorBakoAsDenialsInPunjabiTagalogAndBikol() {
        POSTS.assertNotReport("kihne keha Nelvora mukk gaya? Gill Stores te bathera pya",
                "sinong nagsabing wala nang Nelvora sa Tindahan ni Aling Rosa?",
                "bako man ubos an Nelvora sa Tindahan ni Nena");
    }

    @Test
    void shouldReadMayRunOutByTheVerbOfAbilityAsNoReport() {
        POSTS.assertNotReport("Rana Stores te Nelvora khatam ho sakda agle hafte",
                "Patel Stores ma Nelvora khatam thai shake",
                "Ghosh dokane Nelvora shesh hoye jete pare");
    }

    @Test
    void shouldReadARequestToKeepOrderOrSellItAtTheShopAsAReport() {
        POSTS.assertReport("Lal Stores wale Nelvora kab se rakhoge?",
                "Patel Stores ma Nelvora rakhjo",
                "Rama Stores lo Nelvora pettandi",
                "Tindahan ni Aling Rosa, pa-order naman ng Nelvora",
                "Tindahan ni Inday, pwede mo magbaligya og Nelvora?",
                "Rosario Mart please start carrying Nelvora");
    }
}
