package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CatalogMatcherSizesTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Dorvani", "aliases": ["dorvani"], "products": [
                {"sku": "DRV-ORANGE-1.25L", "name": "Dorvani Orange 1.25 Ltr", "aliases": []},
                {"sku": "DRV-ORANGE-330", "name": "Dorvani Orange 330ML", "aliases": []},
                {"sku": "DRV-COLA-2.25L", "name": "Dorvani Cola 2.25L", "aliases": []},
                {"sku": "DRV-COLA-2L", "name": "Dorvani Cola 2 Ltr", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldTakeASizeRoundedByTheWriterAsTheCatalogsNearSize() {
        assertThat(skuOf("Dorvani 1.2 litre out at the corner shop")).isEqualTo("DRV-ORANGE-1.25L");
        assertThat(skuOf("Dorvani 2 ltr nahi mila")).isEqualTo("DRV-COLA-2L"); // the exact size, not the 2.25 L
        assertThat(skuOf("Dorvani 300 ml out")).isNull(); // 9 % off the 330 ml: another size
    }

    @Test
    void shouldTakeTheSizeOfThePostThatFitsAProductOverOneThatFitsNone() {
        assertThat(skuOf("Dorvani 2 packs of 500 ml wanted, only 330 ml was out too")).isEqualTo("DRV-ORANGE-330");
    }

    @Test
    void shouldReadAWholeNumberAndAFractionSignAsOneSize() {
        assertThat(skuOf("Dorvani 1¼ litre out")).isEqualTo("DRV-ORANGE-1.25L");
    }

    @Test
    void shouldSpanASizeInNumberWordsAsPartOfTheProduct() {
        String normalised = Text.normalise("walay duha ka litro nga Dorvani sa tindahan");
        CatalogMatcher.Hit hit = new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).findFirst().orElseThrow();

        assertThat(hit.product().sku()).isEqualTo("DRV-COLA-2L");
        assertThat(hit.start()).isEqualTo(1); // from "duha", so that "walay" is about the product, not about "duha"
        assertThat(hit.end()).isEqualTo(6);
    }
}
