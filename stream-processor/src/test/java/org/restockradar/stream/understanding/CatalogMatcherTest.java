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
    void shouldGiveTheBrandsOneTokenNamesInOrderWithoutHashOrHandle() {
        Catalog.Brand brand = Catalog.parse("""
                {"brands": [
                  {"brand": "Velmora", "aliases": ["#velmoradark", "velmora snacks", "@velmora_in", " Vélmo ", "velmora"],
                   "products": []}
                ]}""").brands().get(0);

        // a hashtag read without its "#", a name of two tokens and a handle left out, the name last
        assertThat(CatalogMatcher.oneWordNames(brand)).containsExactly("velmoradark", "velmo", "velmora", "velmora");
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

    private static final Catalog PACKS = Catalog.parse("""
            {"brands": [
              {"brand": "Tivoro", "aliases": ["Tivoro Soda"], "category_words": ["soda"], "products": [
                {"sku": "TVR-250ML", "name": "Tivoro Lime Soda 250 ml", "aliases": []},
                {"sku": "TVR-1L", "name": "Tivoro Lime Soda 1 litre", "aliases": ["Tivoro 1 litre"]},
                {"sku": "TVR-2L", "name": "Tivoro Lime Soda 2 litre", "aliases": ["Tivoro family pack"]}]},
              {"brand": "Bunggo", "aliases": [], "products": [
                {"sku": "BNG-MANGO-1L", "name": "Bunggo Mango Juice 1 L", "aliases": []},
                {"sku": "BNG-GUAVA-1L", "name": "Bunggo Guava Juice 1 L", "aliases": []},
                {"sku": "BNG-MANGO-200ML", "name": "Bunggo Mango Juice 200 ml", "aliases": []}]}
            ]}""");

    private static java.util.List<CatalogMatcher.Hit> hitsOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(PACKS).find(Text.tokensOfNormalised(normalised), normalised);
    }

    private static String packOf(String post) {
        return hitsOf(post).stream().filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldTellProductsOfOneSizeApartByAWordNearTheBrand() {
        assertThat(packOf("Bunggo 1L wala na")).isNull(); // two products of 1 L
        assertThat(packOf("Bunggo mango 1L wala na")).isEqualTo("BNG-MANGO-1L");
        assertThat(packOf("Bunggo 1 litro guava ubos na")).isEqualTo("BNG-GUAVA-1L");
        assertThat(packOf("Bunggo guava wala na")).isEqualTo("BNG-GUAVA-1L"); // one product alone carries "guava"
    }

    @Test
    void shouldNameTheProductByACatalogWordWhenOnlyOneProductCarriesIt() {
        assertThat(packOf("Tivoro family size out")).isEqualTo("TVR-2L");
        assertThat(packOf("Tivoro lime soda out")).isNull(); // every product carries "lime"
        assertThat(packOf("Bunggo mango out")).isNull(); // two carry "mango"
    }

    @Test
    void shouldReadAProductsSkuCodeWrittenInAPost() {
        assertThat(packOf("TVR-1L out at the corner shop")).isEqualTo("TVR-1L");
    }

    @Test
    void shouldReadSizesWrittenManyWaysAndASizeBeforeTheBrandAsPartOfIt() {
        assertThat(packOf("Tivoro 1 lit bottle nahi hai")).isEqualTo("TVR-1L");
        assertThat(packOf("Tivoro 1 litter out")).isEqualTo("TVR-1L");
        assertThat(packOf("Tivoro 1/2 litre out")).isNull(); // half a litre: no such product, and not 2 litres

        CatalogMatcher.Hit hit = hitsOf("wala nang 1 litro na Tivoro").stream().filter(h -> h.product() != null).findFirst().orElseThrow();
        assertThat(hit.product().sku()).isEqualTo("TVR-1L");
        assertThat(hit.start()).isEqualTo(2); // from "1", so that "wala nang" is about the product
    }

    @Test
    void shouldFindABrandMisspeltOrGluedToAnEnding() {
        assertThat(hitsOf("Tivorro out at Ganesh Stores")).extracting(h -> h.brand().name()).containsExactly("Tivoro");
        assertThat(hitsOf("Tivorowala soda nahi mila")).extracting(h -> h.brand().name()).containsExactly("Tivoro");
        assertThat(hitsOf("Divoro out")).isEmpty();
    }
}
