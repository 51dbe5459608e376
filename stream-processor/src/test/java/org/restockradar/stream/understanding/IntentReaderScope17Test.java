package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * "Another product is out" and denials (session 17, scope17-probe): the name that opens an absence's clause is what
 * it lacks when the brand is said something else of in another clause; a denial after the absence in its own clause;
 * "both" words that gather the brand into the argument of an absence. Invented brand, competitors and shops; the
 * sentences are not those of any labelled set.
 */
final class IntentReaderScope17Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Dravona", "aliases": ["dravona"], "category_words": ["rusk", "toast"],
               "products": [{"sku": "DRV-RSK-200", "name": "Dravona Rusk 200 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheNameOpeningTheAbsencesClauseAsItsArgumentWhenTheBrandIsThereInAnother() {
        // Quorvik, Snelta: invented competitors no list knows
        POSTS.assertNotReport("Quorvik shesh kintu Dravona onek ache Pal Stores e",
                "Quorvik illa aana Dravona niraya irukku Selvam Stores la");
        // the brand's own clause lacks it too: both are out
        POSTS.assertReport("Quorvik shesh, Dravona o nei Pal Stores e");
    }

    @Test
    void shouldReadNoShortageInTeluguAsThere() {
        POSTS.assertNotReport("Dravona ki kodava ledu Ravi Stores lo");
    }

    @Test
    void shouldGatherTheBrandIntoTheArgumentOfBothWords() {
        POSTS.assertReport("Dravona ane Britannia banne khatam Shah Stores ma",
                "Dravona Britannia rendum illa Selvam Stores la",
                "Dravona Britannia rendu ledu Ravi Stores lo",
                "Dravona aur Britannia dono khatam Gupta Stores mein");
    }
}
