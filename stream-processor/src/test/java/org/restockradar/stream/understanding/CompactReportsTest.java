package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Terse reports and requests (session 12): SMS abbreviations of "not available" and "no stock", "NA" in capitals,
 * polite requests to a shopkeeper in English, Hinglish, Tagalog and Cebuano, and the look-alikes that are no lack of
 * the product ("zero sugar", "no stock issues", a Hindi or Tagalog "na"). An invented brand; the sentences are in no
 * labelled set.
 */
final class CompactReportsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Velmuri", "aliases": ["velmuri"],
               "products": [{"sku": "VLM-GNG-250", "name": "Velmuri Ginger Soda 250 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReportSmsAbbreviationsOfNotAvailable() {
        POSTS.assertReport("Velmuri ginger n/a at Om Sai Stores",
                "VELMURI N/A OM SAI STORES KHARGHAR",
                "velmuri n.a. in om sai stores",
                "velmuri nt avbl @ om sai stores",
                "Om Sai Stores: velmuri zero stk",
                "velmuri not availble,om sai stores");
    }

    @Test
    void shouldReportPoliteRequestsToAShop() {
        POSTS.assertReport("Om Sai Stores pls keep stock of velmuri, nobody has it",
                "please arrange velmuri ginger at Om Sai Stores",
                "bhaiya velmuri stock rakhiye, Om Sai Stores",
                "paki-stock naman ng velmuri sa tindahan ni Aling Nena",
                "palihug pag stock ug velmuri diri sa tindahan");
        POSTS.assertNotReport("Om Sai Stores please keep velmuri in the cooler, it tastes better cold");
    }

    @Test
    void shouldNotReadANoneOfAnIngredientOrOfStockTroubleAsALack() {
        POSTS.assertNotReport("Velmuri zero sugar tastes like the real thing",
                "Velmuri: nil sugar, all fizz",
                "no stock issues with velmuri at Om Sai Stores",
                "Velmuri ginger soda, MRP n/a on the website, Om Sai Stores has it",
                "Velmuri 250ml only Rs 15 this week, hurry before stock out, Om Sai Stores");
    }

    @Test
    void shouldReadCapitalNaAsNotAvailableOnlyWhereItAbbreviatesIt() {
        assertThat(CompactForms.spelled("Velmuri NA at Om Sai Stores")).isEqualTo("Velmuri n/a at Om Sai Stores");
        assertThat(CompactForms.spelled("velmuri ginger NA, om sai stores")).isEqualTo("velmuri ginger n/a, om sai stores");
        for (String kept : new String[] {"VELMURI WALA NA SA TINDAHAN", "velmuri mil gaya na", "Bought velmuri at NA Traders",
                "NA NA NA velmuri jingle", "velmuri DNA test", "velmuri at N.A. Stores", "VELMURI NA at om sai",
                "Velmuri NA? nahi re, Om Sai Stores mein hai"}) {
            assertThat(CompactForms.spelled(kept)).as(kept).isEqualTo(kept);
        }
        POSTS.assertReport(CompactForms.spelled("Velmuri NA at Om Sai Stores"));
        POSTS.assertNotReport(CompactForms.spelled("Velmuri mil gaya na, Om Sai Stores mein full stock"));
    }
}
