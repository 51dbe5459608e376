package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ProductWordsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Pelvaro", "aliases": ["pelvaro"], "products": [
                {"sku": "PLV-GUAVA-330ML", "name": "Pelvaro Guava Nectar 330 ml", "aliases": []},
                {"sku": "PLV-GUAVA-1L", "name": "Pelvaro Guava Nectar 1 Ltr", "aliases": []},
                {"sku": "PLV-PINE-330ML", "name": "Pelvaro Pineapple 330ML", "aliases": []},
                {"sku": "PLV-COCO-1L", "name": "Pelvaro Coconut Water 1L", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldReadAProductWordMisspeltWithinTheEditsItsLengthAllows() {
        assertThat(skuOf("Pelvaro guavva 330 ml out at the corner shop")).isEqualTo("PLV-GUAVA-330ML");
        assertThat(skuOf("Pelvaro pinapple nahi mila")).isEqualTo("PLV-PINE-330ML");
        assertThat(skuOf("Pelvaro cocconut wala na")).isEqualTo("PLV-COCO-1L");
        assertThat(skuOf("Pelvaro guaba 330 ml out")).isEqualTo("PLV-GUAVA-330ML");
    }

    @Test
    void shouldReadAProductWordInAnotherLanguageOrScript() {
        assertThat(skuOf("Pelvaro amrood 330 ml nahi mila")).isEqualTo("PLV-GUAVA-330ML");
        assertThat(skuOf("Pelvaro अमरूद 330 ml खत्म")).isEqualTo("PLV-GUAVA-330ML");
        assertThat(skuOf("Pelvaro nariyal khatam")).isEqualTo("PLV-COCO-1L");
        assertThat(skuOf("Pelvaro pinya ubos na")).isEqualTo("PLV-PINE-330ML");
        assertThat(skuOf("Pelvaro bayabas 330 ml ubos na")).isEqualTo("PLV-GUAVA-330ML"); // a word ending in "s"
    }

    @Test
    void shouldReadAProductWordCutShortWithoutItsVowelsOrGluedToAnother() {
        assertThat(skuOf("Pelvaro coco 1L out")).isEqualTo("PLV-COCO-1L");
        assertThat(skuOf("Pelvaro pnpl out")).isEqualTo("PLV-PINE-330ML");
        assertThat(skuOf("Pelvaro coconutwater out")).isEqualTo("PLV-COCO-1L");
        assertThat(skuOf("Pelvaro gu 330 ml out")).isNull(); // too short to be read as anything but itself
    }

    @Test
    void shouldNotCountSizesCountsAndPackWordsInTheReachOfTheBrand() {
        assertThat(skuOf("Pelvaro 2 bottles of 330 ml guava nahi mile")).isEqualTo("PLV-GUAVA-330ML");
        assertThat(skuOf("Pelvaro out at the shop by the old gate guava")).isNull(); // a word far off, pointed at by nothing
    }

    @Test
    void shouldReadAProductWordPointedAtAnywhereInThePost() {
        assertThat(skuOf("Pelvaro sold out at the corner shop near the school, yung pineapple")).isEqualTo("PLV-PINE-330ML");
        assertThat(skuOf("Pelvaro gone again from the corner shop near the school, the coconut one")).isEqualTo("PLV-COCO-1L");
    }

    @Test
    void shouldNameNoProductWhenTheSizeAndWordsLeaveSeveral() {
        assertThat(skuOf("Pelvaro guava out")).isNull(); // two sizes of guava
        assertThat(skuOf("Pelvaro 330 ml out")).isNull(); // guava and pineapple
    }

    @Test
    void shouldGiveAWordReadBeforeTheSameProductsAgain() {
        CatalogMatcher matcher = new CatalogMatcher(CATALOG);
        for (int pass = 0; pass < 2; pass++) {
            for (String post : new String[] {"Pelvaro guavva 330 ml out", "Pelvaro gu 330 ml out", "Pelvaro pnpl out"}) {
                String normalised = Text.normalise(post);
                assertThat(matcher.find(Text.tokensOfNormalised(normalised), normalised).stream()
                        .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null))
                        .isEqualTo(skuOf(post));
            }
        }
    }
}
