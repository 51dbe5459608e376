package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class CatalogMatcherTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Hippo", "aliases": ["hippo", "#hungryforhippo", "@hungryforhippo"], "products": []}
            ]}""");

    @Test
    void shouldKnowTheBrandsHandleWrittenAnyWay() {
        CatalogMatcher matcher = new CatalogMatcher(CATALOG);
        Catalog.Brand hippo = CATALOG.brands().get(0);

        assertThat(matcher.isBrandHandle(hippo, "HungryForHippo")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "_hungry_for_hippo")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "hungryforhippo's")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "hungryforhippo2")).isFalse();
        assertThat(matcher.isBrandHandle(hippo, "user42")).isFalse();
        assertThat(matcher.isBrandHandle(hippo, "ｈungryforhippo")).isTrue(); // full-width: NFKC makes it plain
    }

    @Test
    void shouldRuleOutAHandleByItsFirstLetterOrDigitOnlyWhenItIsAscii() {
        Set<String> keys = Set.of("hungryforhippo", "appyfizz");

        assertThat(CatalogMatcher.mayBeOneOf("__HungryX", keys)).isTrue();
        assertThat(CatalogMatcher.mayBeOneOf("'appy", keys)).isTrue();
        assertThat(CatalogMatcher.mayBeOneOf("user42", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("42hippo", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("ｕser", keys)).isTrue(); // not ASCII: not ruled out here
        assertThat(CatalogMatcher.mayBeOneOf("__", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("__", Set.of(""))).isTrue();
    }

    private static final Catalog SIZED = Catalog.parse("""
            {"brands": [
              {"brand": "Pinecrest", "aliases": ["pinecrest", "पाइनक्रेस्ट"], "products": [
                {"sku": "PCR-GUAVA-1200ML", "name": "Pinecrest Guava", "aliases": ["guava"]},
                {"sku": "PCR-GUAVA-250", "name": "Pinecrest Guava 250 ml", "aliases": ["guava"]},
                {"sku": "PCR-LYCHEE", "name": "Pinecrest Lychee 1.2 L", "aliases": ["lychee"]},
                {"sku": "PCR-JAMUN-600", "name": "Pinecrest Jamun 600ml", "aliases": ["jamun"]}]},
              {"brand": "Crunchit", "aliases": ["crunchit"], "products": [
                {"sku": "CRN-90G", "name": "Crunchit Classic", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(SIZED).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldReadAProductsSizeFromItsNameOrSku() {
        assertThat(CatalogMatcher.sizeOf(SIZED.brands().get(0).products().get(0))).isEqualTo(new Quantity(1200, "ml"));
        assertThat(CatalogMatcher.sizeOf(SIZED.brands().get(0).products().get(2))).isEqualTo(new Quantity(1200, "ml"));
        assertThat(CatalogMatcher.sizeOf(SIZED.brands().get(1).products().get(0))).isEqualTo(new Quantity(90, "g"));
    }

    @Test
    void shouldNameTheProductOfASizeWhenTheBrandIsNamed() {
        assertThat(skuOf("no Pinecrest 600 ml anywhere")).isEqualTo("PCR-JAMUN-600");
        assertThat(skuOf("Pinecrest 6OO ml nahi hai")).isEqualTo("PCR-JAMUN-600");
        assertThat(skuOf("crunchit 90 gms out")).isEqualTo("CRN-90G");
    }

    @Test
    void shouldTellProductsOfOneFlavourApartBySize() {
        assertThat(skuOf("Pinecrest guava 1.2L out of stock")).isEqualTo("PCR-GUAVA-1200ML");
        assertThat(skuOf("pinecrest guava 1,2 ltr out")).isEqualTo("PCR-GUAVA-1200ML");
        assertThat(skuOf("pinecrest guava two hundred fifty ml")).isEqualTo("PCR-GUAVA-250");
        assertThat(skuOf("पाइनक्रेस्ट guava 250 मिली नहीं")).isEqualTo("PCR-GUAVA-250");
    }

    @Test
    void shouldNameNoProductForASizeThatFitsNone() {
        assertThat(skuOf("Pinecrest guava 2 litre out")).isNull();
        assertThat(skuOf("Pinecrest 500 ml out")).isNull();
    }

    @Test
    void shouldNotNameAProductBySizeWhenSeveralHaveIt() {
        assertThat(skuOf("Pinecrest 1.2 L out")).isNull(); // guava and lychee both come in 1.2 L
    }

    @Test
    void shouldNotNameAProductBySizeWithoutItsBrand() {
        assertThat(skuOf("600 ml of anything")).isNull();
    }

    private static final Catalog KORAVO = Catalog.parse("""
            {"brands": [
              {"brand": "Koravo", "aliases": ["koravo", "கோரவோ"], "products": [
                {"sku": "KRV-KOKUM-1500", "name": "Koravo Kokum 1.5 L", "aliases": []},
                {"sku": "KRV-KOKUM-300", "name": "Koravo Kokum 300 ml", "aliases": []},
                {"sku": "KRV-NANNARI-750", "name": "Koravo Nannari 750ml", "aliases": []}]}
            ]}""");

    private static String koravoSku(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(KORAVO).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldReadABareNumberRightAfterTheBrandAsTheSizeOfOneOfItsProducts() {
        assertThat(koravoSku("KORAVO 750 OUT AT SRI DURGA STRS")).isEqualTo("KRV-NANNARI-750");
        assertThat(koravoSku("koravo 300 illa")).isEqualTo("KRV-KOKUM-300");
        assertThat(koravoSku("koravo 2 packs left, now none")).isNull();
        assertThat(koravoSku("koravo out, shop no 750")).isNull();
    }

    @Test
    void shouldNameTheOneProductOfTheLargestOrSmallestSizeByAWordForBigOrSmall() {
        assertThat(koravoSku("the big bottle of Koravo is gone")).isEqualTo("KRV-KOKUM-1500");
        assertThat(koravoSku("Koravo periya bottle illa")).isEqualTo("KRV-KOKUM-1500");
        assertThat(koravoSku("chhota Koravo nahi mila")).isEqualTo("KRV-KOKUM-300");
        assertThat(koravoSku("walang maliit na Koravo")).isEqualTo("KRV-KOKUM-300");
        assertThat(koravoSku("சின்ன கோரவோ இல்லை")).isEqualTo("KRV-KOKUM-300");
        assertThat(koravoSku("Koravo gone at the shop near the small temple")).isNull();
    }

    @Test
    void shouldNotNameAProductByABigOrSmallWordWhenSeveralHaveThatSize() {
        assertThat(skuOf("big Pinecrest out")).isNull(); // guava and lychee both come in 1.2 L
        assertThat(skuOf("Pinecrest guava big bottle out")).isEqualTo("PCR-GUAVA-1200ML");
        assertThat(skuOf("chhota Pinecrest nahi hai")).isEqualTo("PCR-GUAVA-250");
    }
}
