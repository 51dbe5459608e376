package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A near spelling of a brand with a size none of its products comes in, written after a product word (session 16):
 * "Velnoraa mango 300 ml" is another brand's pack, held for review, not a crew's errand. Invented brand and shop; the
 * sentences are in no labelled set.
 */
final class BrandEvidenceSizeAfterProductWordTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Velnora", "aliases": ["velnora"], "category_words": ["juice"], "products": [
                {"sku": "VLN-MNG-200ML", "name": "Velnora Mango 200 ml", "aliases": []},
                {"sku": "VLN-MNG-1L", "name": "Velnora Mango 1 L", "aliases": []},
                {"sku": "VLN-PIN-200ML", "name": "Velnora Pineapple 200 ml", "aliases": []}]}
            ]}""");
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    /** The intent as the stage reads it: the sizes of the post read from its normalised text. */
    private static IntentReader.Intent read(String post) {
        String normalised = Text.normalise(post);
        IntentReader.Tokens t = IntentReader.cut(normalised);
        return IntentReader.read(t, MATCHER.find(t.tokens(), normalised), MATCHER.others());
    }

    @Test
    void shouldHoldANearSpellingWithAProductWordAndASizeTheBrandDoesNotMake() {
        assertThat(read("Velnoraa mango 300 ml out of stock at Kamal Stores").confidence())
                .isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        assertThat(read("Vellnora pineapple 2 litre khatam Kamal Stores pe").confidence())
                .isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
    }

    @Test
    void shouldKeepANearSpellingWithAProductWordAndTheBrandsOwnSize() {
        assertThat(read("Velnoraa mango 1 litre out of stock at Kamal Stores").confidence())
                .isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
    }
}
