package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Session 19: which product a report names when a brand sells goods of several kinds and the post names the kind
 * ("X soap" when X sells one soap, in English, Hindi, Tamil, Tagalog), a form of the product that only some of its
 * products have ("bar", "cup", "tingi"), or a variant of these goods in the post's script ("नीम", "சூரியகாந்தி"); and
 * none when two products of the kind fit. Invented brands, shops and sentences.
 */
final class UnderstandingStageSku19Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Kesmira", "aliases": ["kesmira"], "category_words": ["soap", "shampoo", "toothpaste"], "products": [
                {"sku": "KSM-SOP-75G", "name": "Kesmira Neem Soap 75 g", "aliases": []},
                {"sku": "KSM-SHP-200ML", "name": "Kesmira Herbal Shampoo 200 ml Bottle", "aliases": []},
                {"sku": "KSM-SHP-SCH", "name": "Kesmira Herbal Shampoo Sachet 5 ml Rs 1", "aliases": []},
                {"sku": "KSM-TPS-100G", "name": "Kesmira Toothpaste 100 g", "aliases": []},
                {"sku": "KSM-TPS-200G", "name": "Kesmira Toothpaste 200 g", "aliases": []}]},
              {"brand": "Annuvo", "aliases": ["annuvo"], "category_words": ["noodles", "tea", "oil"], "products": [
                {"sku": "ANV-NDL-70G", "name": "Annuvo Masala Noodles 70 g", "aliases": []},
                {"sku": "ANV-CUP-60G", "name": "Annuvo Cup Noodles 60 g", "aliases": []},
                {"sku": "ANV-TEA-500G", "name": "Annuvo Tea 500 g", "aliases": []},
                {"sku": "ANV-OIL-1L", "name": "Annuvo Sunflower Oil 1 L", "aliases": []}]},
              {"brand": "Kolvina", "aliases": ["kolvina"], "category_words": ["soda", "drink"], "products": [
                {"sku": "KLV-ORG-300ML", "name": "Kolvina Orange Soda 300 ml", "aliases": []},
                {"sku": "KLV-LMN-300ML", "name": "Kolvina Lemon 300 ml", "aliases": []}]},
              {"brand": "Saafko", "aliases": ["saafko"], "category_words": ["detergent"], "products": [
                {"sku": "SFK-PWD-1KG", "name": "Saafko Detergent Powder 1 kg", "aliases": []},
                {"sku": "SFK-BAR-200G", "name": "Saafko Detergent Bar 200 g", "aliases": []},
                {"sku": "SFK-LIQ-1L", "name": "Saafko Liquid Detergent 1 L Pouch", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("HRD-1", "Bansal Kirana", "Station Road", "Haridwar", 29.95, 78.16));
        d.put(TestOutlets.outlet("DGT-1", "Tan Sari-Sari Store", "Poblacion", "Dingalan", 15.38, 121.39));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-19", "someone", "Some One", null, 10), text, null, null, false));
    }

    @Test
    void shouldNameTheBrandsOneProductOfTheKindThePostNames() {
        assertThat(read("Kesmira soap out of stock at Bansal Kirana Station Road").sku()).isEqualTo("KSM-SOP-75G");
        assertThat(read("Annuvo oil nahi mil raha Bansal Kirana Station Road").sku()).isEqualTo("ANV-OIL-1L");
        assertThat(read("Annuvo tea khatam Bansal Kirana Station Road").sku()).isEqualTo("ANV-TEA-500G");
    }

    @Test
    void shouldReadTheKindWordInThePostsLanguageAndScript() {
        assertThat(read("Bansal Kirana Station Road में Kesmira साबुन खत्म हो गया").sku()).isEqualTo("KSM-SOP-75G");
        assertThat(read("Wala nang Kesmira sabon sa Tan Sari-Sari Store Poblacion").sku()).isEqualTo("KSM-SOP-75G");
        assertThat(read("Kesmira சோப்பு Bansal Kirana Station Road-ல இல்லை").sku()).isEqualTo("KSM-SOP-75G");
        assertThat(read("Wala nang Annuvo mantika sa Tan Sari-Sari Store Poblacion").sku()).isEqualTo("ANV-OIL-1L");
    }

    @Test
    void shouldNameNoProductWhenTwoProductsOfTheKindFit() {
        // guard (passes before and after): two shampoos, two toothpastes
        assertThat(read("Kesmira shampoo out of stock at Bansal Kirana Station Road").sku()).isNull();
        assertThat(read("Kesmira toothpaste khatam Bansal Kirana Station Road").sku()).isNull();
    }

    @Test
    void shouldTellTheKindAndThePackTogether() {
        assertThat(read("Kesmira shampoo bottle out of stock at Bansal Kirana Station Road").sku()).isEqualTo("KSM-SHP-200ML");
        assertThat(read("Wala nang Kesmira shampoo na tingi sa Tan Sari-Sari Store Poblacion").sku()).isEqualTo("KSM-SHP-SCH");
        assertThat(read("Kesmira paste 200 gm khatam Bansal Kirana Station Road").sku()).isEqualTo("KSM-TPS-200G");
    }

    @Test
    void shouldReadAPouchAsTheSachetOfABrandThatSellsNoPouch() {
        assertThat(read("Kesmira shampoo ke pouch khatam Bansal Kirana Station Road").sku()).isEqualTo("KSM-SHP-SCH");
        // a pouch is a pouch where the brand sells one
        assertThat(read("Saafko pouch out of stock at Bansal Kirana Station Road").sku()).isEqualTo("SFK-LIQ-1L");
    }

    @Test
    void shouldNameNoProductForAKindWordAfterAVariantTheBrandDoesNotSell() {
        // guards (pass before and after: before, the kind word named nothing at all)
        assertThat(read("Kesmira aloe vera soap out of stock at Bansal Kirana Station Road").sku()).isNull();
        assertThat(read("Annuvo green tea khatam Bansal Kirana Station Road").sku()).isNull();
    }

    @Test
    void shouldReadAFormWordOfThreeLettersAndItsTranslations() {
        assertThat(read("Saafko bar out of stock at Bansal Kirana Station Road").sku()).isEqualTo("SFK-BAR-200G");
        assertThat(read("Bansal Kirana Station Road mein Saafko ki tikki khatam").sku()).isEqualTo("SFK-BAR-200G");
        assertThat(read("Annuvo cup out of stock at Bansal Kirana Station Road").sku()).isEqualTo("ANV-CUP-60G");
    }

    @Test
    void shouldReadTheVariantOfTheseGoodsInAScript() {
        assertThat(read("Kesmira नीम Bansal Kirana Station Road में खत्म").sku()).isEqualTo("KSM-SOP-75G");
        assertThat(read("Annuvo சூரியகாந்தி எண்ணெய் Bansal Kirana Station Road-ல இல்லை").sku()).isEqualTo("ANV-OIL-1L");
    }

    @Test
    void shouldKeepTheCategoryWordForTheBrandInGeneralWhenAProductsNameSaysNoKind() {
        // guard (passes before and after): "soda" names the brand's goods, not the one product whose name says it
        assertThat(read("Kolvina soda out of stock at Bansal Kirana Station Road").sku()).isNull();
    }
}
