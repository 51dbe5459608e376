package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The brand's word as an everyday noun with a possessor of its own (session 20): "the floor's shine", "the soft drinks
 * have no coldness" are no report even in a post that names a shop or another product, while the shop as the
 * possessor ("<shop> ki X", "wala nang X ang <shop>"), a size after the glued linker ("X-ng litro") and the brand's own
 * goods keep the report. Invented brands
 * Kinang (Tagalog "sparkle") and Roshan (Hindi "bright") and invented shops; the sentences are in no labelled set.
 */
final class PossessorTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kinang", "aliases": ["Kinang"], "category_words": ["dishwashing liquid"], "products": [
                {"sku": "KNG-DWL-250", "name": "Kinang Dishwashing Liquid 250 ml", "aliases": []}]},
              {"brand": "Roshan", "aliases": ["Roshan"], "category_words": ["lamp oil"], "products": [
                {"sku": "RSH-OIL-500", "name": "Roshan Lamp Oil 500 ml", "aliases": []}]}
            ]}""");
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    private static IntentReader.Intent read(String post) {
        String normalised = Text.normalise(post);
        IntentReader.Tokens t = IntentReader.cut(normalised);
        return IntentReader.read(t, MATCHER.find(t.tokens(), normalised), MATCHER.others());
    }

    @Test
    void shouldReadTheWordWithAPossessorOfItsOwnAsTheEverydayNounBesideAShopOrAnotherProduct() {
        for (String post : new String[] {
            "Walang kinang ang mga baso sa Dela Cruz Grocery, maduming tubig daw",
            "wala nang kinang ang sahig ng Bautista Store, hindi na nila nililinis",
            "Gupta Provision Store ke farsh ki roshan gayab hai, safai nahi hoti",
            "walang kinang ang de-lata sa Dela Cruz Grocery, puro kalawang"}) {
            IntentReader.Intent intent = read(post);
            assertThat(intent.stockout()).as("no report: %s (%s)", post, intent).isFalse();
        }
    }

    @Test
    void shouldKeepTheReportWhenTheShopIsThePossessorOrTheBrandsGoodsAreNamed() {
        for (String post : new String[] {
            "Wala nang Kinang ang Dela Cruz Grocery",
            "wala nang kinang ang mang ramon bautista sari-sari store",
            "Kinang-ng litro wala na sa Bautista Store",
            "Gupta Provision Store ki Roshan khatam ho gayi",
            "walang Kinang dishwashing liquid sa Dela Cruz Grocery",
            "Kinang out of stock sa Bautista Store"}) {
            IntentReader.Intent intent = read(post);
            assertThat(intent.stockout()).as("a report: %s (%s)", post, intent).isTrue();
        }
    }
}
