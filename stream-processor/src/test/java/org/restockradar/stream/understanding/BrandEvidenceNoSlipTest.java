package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A near spelling of a brand that is no typist's slip of its name (two edits in a long name, an ending changed),
 * written with the brand's product words or a size it is sold in, is held for review, not sent to a crew (session 19):
 * a look-alike brand may make that flavour too. A slip (a doubled letter, two letters swapped) still goes to a crew.
 * Invented brand and shop; the sentences are in no labelled set.
 */
final class BrandEvidenceNoSlipTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Sorvanta", "aliases": ["sorvanta"], "category_words": ["soda"], "products": [
                {"sku": "SRV-ORG-600", "name": "Sorvanta Orange 600 ml", "aliases": []},
                {"sku": "SRV-COL-600", "name": "Sorvanta Cola 600 ml", "aliases": []}]}
            ]}""");
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    /** The intent as the stage reads it: the sizes of the post read from its normalised text. */
    private static IntentReader.Intent read(String post) {
        String normalised = Text.normalise(post);
        IntentReader.Tokens t = IntentReader.cut(normalised);
        return IntentReader.read(t, MATCHER.find(t.tokens(), normalised), MATCHER.others());
    }

    @Test
    void shouldHoldALookAlikeThatIsNoSlipOfTheNameBesideTheBrandsProductWordsOrSize() {
        for (String post : new String[] {"Sarvanto orange out of stock at Kamal Stores",
            "Sorvantika cola nahi mila Kamal Stores pe", "Surventa orange 600 ml illa Kamal Stores la"}) {
            IntentReader.Intent intent = read(post);
            assertThat(intent.confidence()).as("held for review: %s (%s)", post, intent)
                    .isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    @Test
    void shouldStillSendASlipOfTheNameWithTheBrandsProductWords() {
        for (String post : new String[] {"Sorvantta orange out of stock at Kamal Stores",
            "Sorvnata cola nahi mila Kamal Stores pe"}) {
            IntentReader.Intent intent = read(post);
            assertThat(intent.stockout()).as("a report: %s", post).isTrue();
            assertThat(intent.confidence()).as("sent to a crew: %s (%s)", post, intent)
                    .isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }
}
