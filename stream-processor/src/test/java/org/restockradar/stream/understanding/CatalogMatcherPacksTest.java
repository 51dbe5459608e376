package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CatalogMatcherPacksTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Morvani", "aliases": ["morvani"], "products": [
                {"sku": "MRV-GRAPE-250C", "name": "Morvani Grape 250 ml Can", "aliases": []},
                {"sku": "MRV-GRAPE-750B", "name": "Morvani Grape 750ml Bottle", "aliases": []},
                {"sku": "MRV-GRAPE-2L", "name": "Morvani Grape 2 L Bottle", "aliases": []},
                {"sku": "MRV-PEACH-250C", "name": "Morvani Peach 250ml Can", "aliases": []},
                {"sku": "MRV-PEACH-2L", "name": "Morvani Peach 2L Bottle", "aliases": []},
                {"sku": "MRV-GUAVA-180S", "name": "Morvani Guava 180 ml Sachet", "aliases": []}]},
              {"brand": "Kestola", "aliases": ["kestola"], "products": [
                {"sku": "KST-PAPRIKA-20G", "name": "Kestola Paprika Sticks 20g", "aliases": []},
                {"sku": "KST-PAPRIKA-80G", "name": "Kestola Paprika Sticks 80 g", "aliases": []},
                {"sku": "KST-GARLIC-20G", "name": "Kestola Garlic Bites 20 g", "aliases": []},
                {"sku": "KST-MASALA-150G", "name": "Kestola Masala Mix 150g", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldTellProductsApartByTheContainerTheCatalogNames() {
        assertThat(skuOf("Morvani peach can out at the corner shop")).isEqualTo("MRV-PEACH-250C");
        assertThat(skuOf("Morvani grape tins khatam")).isEqualTo("MRV-GRAPE-250C");
        assertThat(skuOf("Morvani peach bottle wala na")).isEqualTo("MRV-PEACH-2L");
        assertThat(skuOf("Morvani sachet out")).isEqualTo("MRV-GUAVA-180S");
        assertThat(skuOf("Morvani peach பாட்டில் இல்லை")).isEqualTo("MRV-PEACH-2L");
    }

    @Test
    void shouldNameNoProductWhenTheContainerFitsSeveral() {
        assertThat(skuOf("Morvani can out at the corner shop")).isNull();
        assertThat(skuOf("Morvani grape bottle out")).isNull();
        assertThat(skuOf("Morvani peach can't be found at the corner shop")).isNull(); // the verb
        assertThat(skuOf("Morvani peach can not available")).isEqualTo("MRV-PEACH-250C");
    }

    @Test
    void shouldTakeTheLargestOrSmallestOfTheFlavourTheWordsName() {
        assertThat(skuOf("Morvani grape chhota wala khatam")).isEqualTo("MRV-GRAPE-250C");
        assertThat(skuOf("Morvani peach yung malaki wala na")).isEqualTo("MRV-PEACH-2L");
        assertThat(skuOf("Kestola paprika big pack out")).isEqualTo("KST-PAPRIKA-80G");
        assertThat(skuOf("Kestola small packet out")).isNull(); // 20 g: paprika and garlic
    }

    @Test
    void shouldReadAProductWordAbbreviatedByItsConsonants() {
        assertThat(skuOf("Kestola grlc out")).isEqualTo("KST-GARLIC-20G");
        assertThat(skuOf("Kestola msl out")).isEqualTo("KST-MASALA-150G");
        assertThat(skuOf("Morvani pch can out")).isEqualTo("MRV-PEACH-250C");
        assertThat(skuOf("Morvani grp 750 out")).isEqualTo("MRV-GRAPE-750B");
    }

    @Test
    void shouldNotReadAShortEverydayWordAsAnAbbreviation() {
        assertThat(skuOf("Kestola pls restock")).isNull();
        assertThat(skuOf("Kestola nhi hai")).isNull();
    }

    @Test
    void shouldReadABareSizeAfterTheProductWordsWrittenAnyWay() {
        assertThat(skuOf("MORVANI GRAEP 750 OUT")).isEqualTo("MRV-GRAPE-750B");
        assertThat(skuOf("Kestola paprka 80 out")).isEqualTo("KST-PAPRIKA-80G");
    }

    @Test
    void shouldReadAProductWordOfAnotherLanguageMisspelt() {
        assertThat(skuOf("Kestola lahsun wale nahi")).isEqualTo("KST-GARLIC-20G"); // the word group's own spelling
        assertThat(skuOf("Kestola lahsan wale nahi")).isEqualTo("KST-GARLIC-20G");
    }

    @Test
    void shouldReadTwoWordsOfAProductsNameGluedAsOne() {
        assertThat(skuOf("Kestola masalamix nahi mila")).isEqualTo("KST-MASALA-150G");
        assertThat(skuOf("Kestola garlicbites out")).isEqualTo("KST-GARLIC-20G");
    }
}
