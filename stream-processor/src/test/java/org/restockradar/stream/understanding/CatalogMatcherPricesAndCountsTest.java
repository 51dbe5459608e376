package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CatalogMatcherPricesAndCountsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tikkora", "aliases": ["tikkora"], "products": [
                {"sku": "TKR-MASALA-22G", "name": "Tikkora Masala 22 g", "aliases": ["Tikkora Masala Rs 10 pack"]},
                {"sku": "TKR-MASALA-52G", "name": "Tikkora Masala 52 g", "aliases": ["Tikkora Masala Rs 20 pack"]},
                {"sku": "TKR-MASALA-160G", "name": "Tikkora Masala 160 g", "aliases": []},
                {"sku": "TKR-TOMATO-22G", "name": "Tikkora Tomato 22g", "aliases": ["Tikkora Tomato ₹10"]},
                {"sku": "TKR-TOMATO-52G", "name": "Tikkora Tomato 52g", "aliases": ["Tikkora Tomato ₹20"]}]},
              {"brand": "Valmuzi", "aliases": ["valmuzi"], "products": [
                {"sku": "VLZ-GUYA-250", "name": "Valmuzi Guyabano 250 ml", "aliases": ["Valmuzi Guyabano P12"]},
                {"sku": "VLZ-GUYA-1L", "name": "Valmuzi Guyabano 1 L", "aliases": []},
                {"sku": "VLZ-GUYA-6X200", "name": "Valmuzi Guyabano 6 x 200 ml Pack", "aliases": []},
                {"sku": "VLZ-MANGO-250", "name": "Valmuzi Mango 250 ml", "aliases": ["Valmuzi Mango P12"]},
                {"sku": "VLZ-MANGO-1L", "name": "Valmuzi Mango 1 L", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldNameThePackWhosePriceThePostGives() {
        assertThat(skuOf("Tikkora masala 10 rupee pack out at the corner shop")).isEqualTo("TKR-MASALA-22G");
        assertThat(skuOf("Tikkora masala ₹20 wala khatam")).isEqualTo("TKR-MASALA-52G");
        assertThat(skuOf("Tikkora tomato Rs.10 wala nahi hai")).isEqualTo("TKR-TOMATO-22G");
        assertThat(skuOf("Tikkora masala ka das rupaye wala packet khatam")).isEqualTo("TKR-MASALA-22G");
        assertThat(skuOf("Tikkora tomato 20/- wala nahi mila")).isEqualTo("TKR-TOMATO-52G");
        assertThat(skuOf("Tikkora टमाटर बीस रुपये वाला खत्म")).isEqualTo("TKR-TOMATO-52G");
        assertThat(skuOf("Valmuzi mango P12 na ubos na")).isEqualTo("VLZ-MANGO-250");
        assertThat(skuOf("wala nay Valmuzi guyabano dose pesos")).isEqualTo("VLZ-GUYA-250");
    }

    @Test
    void shouldNameNoPackByAPriceNoPackHasOrAnotherBrandsPrice() {
        assertThat(skuOf("Tikkora masala ₹52 ka bhi nahi mila")).isNull(); // a price, not 52 g
        assertThat(skuOf("Tikkora masala khatam, Kurkure 20 rupaye wala hai")).isNull();
        assertThat(skuOf("Tikkora masala out, paid Rs 45 elsewhere")).isNull();
        assertThat(skuOf("Tikkora 10 rupee pack out")).isNull(); // masala and tomato both
    }

    @Test
    void shouldNameTheMultipackByTheCountItHolds() {
        assertThat(skuOf("Valmuzi guyabano 6-pack ubos na")).isEqualTo("VLZ-GUYA-6X200");
        assertThat(skuOf("Valmuzi guyabano pack of 6 out")).isEqualTo("VLZ-GUYA-6X200");
        assertThat(skuOf("Valmuzi guyabano six pack wala na")).isEqualTo("VLZ-GUYA-6X200");
        assertThat(skuOf("Valmuzi guyabano 2 packs ubos na")).isNull(); // a count to buy, no multipack of two
    }

    @Test
    void shouldNotReadAnotherBrandsSizeAsTheBrands() {
        assertThat(skuOf("Valmuzi out of stock, only Pepsi 200 ml left")).isNull(); // 200 ml: the multipack's size
        assertThat(skuOf("Coke 200ml aur Valmuzi dono khatam")).isNull();
        assertThat(skuOf("Tikkora khatam, Lays 160g bhi nahi")).isNull();
        assertThat(skuOf("Valmuzi guyabano 250 ml aur Pepsi 1 L dono khatam")).isEqualTo("VLZ-GUYA-250");
    }

    @Test
    void shouldNotReadACountADateOrAPriceAsABareSize() {
        assertThat(skuOf("Tikkora masala 160 packets chahiye, khatam")).isNull();
        assertThat(skuOf("Tikkora masala 160 din se nahi aaya")).isNull();
        assertThat(skuOf("Tikkora masala 16/10 se khatam")).isNull();
        assertThat(skuOf("Tikkora masala 160 khatam")).isEqualTo("TKR-MASALA-160G"); // a bare size still is one
    }

    @Test
    void shouldNameNoProductForTwoProductsJoinedOrASizeTheFlavourLacks() {
        assertThat(skuOf("Valmuzi guyabano 250 ml and mango 1L both out")).isNull();
        assertThat(skuOf("Valmuzi mango 1L at guyabano 1L ubos na")).isNull();
        assertThat(skuOf("Tikkora masala 160g aur tomato 52g dono khatam")).isNull();
        assertThat(skuOf("Valmuzi mango 200ml wala na")).isNull(); // 200 ml is the guyabano multipack's
        assertThat(skuOf("Tikkora tomato 160 g out")).isNull(); // 160 g is the masala's
        assertThat(skuOf("Valmuzi guyabano 1 L out, only 250 ml left")).isEqualTo("VLZ-GUYA-1L"); // not a list
    }
}
