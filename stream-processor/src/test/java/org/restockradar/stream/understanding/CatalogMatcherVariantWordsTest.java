package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The product of a post whose size or variant is written the way people write it (session 16): the single pack of a
 * size a multipack shares, a product word glued to the brand, a variant named in the post's language (groundnut,
 * black for dark), Marathi number words and Assamese units. Invented brands; the sentences are in no labelled set.
 */
final class CatalogMatcherVariantWordsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tarvika", "aliases": ["tarvika", "#tarvika"], "category_words": ["coffee", "3in1"], "products": [
                {"sku": "TRV-ORG-25G", "name": "Tarvika Original 3in1 25 g", "aliases": []},
                {"sku": "TRV-ORG-12X25G", "name": "Tarvika Original 12 x 25 g", "aliases": []},
                {"sku": "TRV-MOC-30G", "name": "Tarvika Mocha 30 g", "aliases": []}]},
              {"brand": "Nelvora", "aliases": ["nelvora", "#nelvora"], "category_words": ["oil"], "products": [
                {"sku": "NLV-SUN-1L", "name": "Nelvora Sunflower Oil 1 L", "aliases": []},
                {"sku": "NLV-SUN-5L", "name": "Nelvora Sunflower Oil 5 L", "aliases": []},
                {"sku": "NLV-GND-1L", "name": "Nelvora Groundnut Oil 1 L", "aliases": []}]},
              {"brand": "Mokrina", "aliases": ["mokrina"], "category_words": ["chocolate"], "products": [
                {"sku": "MKR-MLK-40G", "name": "Mokrina Milk 40 g", "aliases": []},
                {"sku": "MKR-DRK-40G", "name": "Mokrina Dark 40 g", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldTakeTheSinglePackWhenTheSizeOfOnePackIsWrittenWithoutACount() {
        assertThat(skuOf("Tarvika original 25g out at the corner store")).isEqualTo("TRV-ORG-25G");
        assertThat(skuOf("wala nang Tarvika original 25 grams")).isEqualTo("TRV-ORG-25G");
    }

    @Test
    void shouldReadAProductWordGluedAfterTheBrand() {
        assertThat(skuOf("#tarvikamocha out of stock")).isEqualTo("TRV-MOC-30G");
        assertThat(skuOf("nelvoragroundnut oil khatam")).isEqualTo("NLV-GND-1L");
    }

    @Test
    void shouldReadGroundnutAndDarkInThePostsLanguages() {
        assertThat(skuOf("Nelvora moongfali tel khatam")).isEqualTo("NLV-GND-1L");
        assertThat(skuOf("Nelvora shengdana tel nahi")).isEqualTo("NLV-GND-1L");
        assertThat(skuOf("Nelvora kadalai ennai illa")).isEqualTo("NLV-GND-1L");
        assertThat(skuOf("Mokrina kaali wali nahi mili")).isEqualTo("MKR-DRK-40G");
        assertThat(skuOf("Mokrina kappu sigtilla")).isEqualTo("MKR-DRK-40G");
    }

    @Test
    void shouldReadMarathiNumberWordsAndAssameseUnits() {
        assertThat(skuOf("Nelvora sunflower paach litre sampla")).isEqualTo("NLV-SUN-5L");
        assertThat(skuOf("Nelvora sunflower ৫ লিটাৰ নাই")).isEqualTo("NLV-SUN-5L");
    }
}
