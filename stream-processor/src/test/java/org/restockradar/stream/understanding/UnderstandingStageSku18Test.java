package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Session 18: which product a report names when its variant or size is written in the post's language or script
 * ("मुर्गा", "kadak", "কড়া", "paav kilo", "ਅੱਧਾ ਕਿੱਲੋ"), as a family pack, as a size word before the brand ("maliit na
 * X"), and no product when another product's word is joined to it. Invented brands, shops and sentences.
 */
final class UnderstandingStageSku18Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Nuvelo", "aliases": ["nuvelo"], "category_words": ["noodles"], "products": [
                {"sku": "NVL-MSL-70G", "name": "Nuvelo Masala Noodles 70 g", "aliases": []},
                {"sku": "NVL-MSL-280G", "name": "Nuvelo Masala Noodles 280 g", "aliases": []},
                {"sku": "NVL-CHK-70G", "name": "Nuvelo Chicken Noodles 70 g", "aliases": []},
                {"sku": "NVL-ATM-75G", "name": "Nuvelo Atta Masala Noodles 75 g", "aliases": []}]},
              {"brand": "Teravi", "aliases": ["teravi"], "category_words": ["tea", "chai"], "products": [
                {"sku": "TRV-STR-250G", "name": "Teravi Strong 250 g", "aliases": []},
                {"sku": "TRV-STR-1KG", "name": "Teravi Strong 1 kg", "aliases": []},
                {"sku": "TRV-CLS-250G", "name": "Teravi Classic 250 g", "aliases": []},
                {"sku": "TRV-CLS-500G", "name": "Teravi Classic 500 g", "aliases": []}]},
              {"brand": "Kurmo", "aliases": ["kurmo"], "category_words": ["biscuits"], "products": [
                {"sku": "KRM-MAR-100G", "name": "Kurmo Marie 100 g", "aliases": []},
                {"sku": "KRM-MAR-300G", "name": "Kurmo Marie Family Pack 300 g", "aliases": []},
                {"sku": "KRM-CRM-400G", "name": "Kurmo Cream 400 g", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("KTR-1", "Verma Kirana", "Station Road", "Kotdwar", 29.75, 78.52));
        d.put(TestOutlets.outlet("DGT-1", "Tan Sari-Sari Store", "Poblacion", "Dingalan", 15.38, 121.39));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-18", "someone", "Some One", null, 10), text, null, null, false));
    }

    @Test
    void shouldReadChickenStrongAndAttaInThePostsLanguagesAndScripts() {
        assertThat(read("Verma Kirana Station Road में Nuvelo मुर्गा नूडल्स खत्म").sku()).isEqualTo("NVL-CHK-70G");
        assertThat(read("Wala nang Nuvelo manok sa Tan Sari-Sari Store Poblacion").sku()).isEqualTo("NVL-CHK-70G");
        assertThat(read("Teravi kadak chai 250 gm khatam Verma Kirana Station Road").sku()).isEqualTo("TRV-STR-250G");
        assertThat(read("Verma Kirana Station Road এ Teravi কড়া চা 250 গ্রাম নেই").sku()).isEqualTo("TRV-STR-250G");
        assertThat(read("Nuvelo aata noodles khatam Verma Kirana Station Road").sku()).isEqualTo("NVL-ATM-75G");
    }

    @Test
    void shouldReadAQuarterKiloInLatinLettersAndKiloWithTheGurmukhiDoublingMark() {
        assertThat(read("Teravi classic paav kilo khatam Verma Kirana Station Road").sku()).isEqualTo("TRV-CLS-250G");
        assertThat(read("Teravi ਅੱਧਾ ਕਿੱਲੋ Verma Kirana Station Road ਵਿੱਚ ਨਹੀਂ").sku()).isEqualTo("TRV-CLS-500G");
    }

    @Test
    void shouldTakeAFamilyPackForTheLargestPackOnlyBeforeAPackWord() {
        assertThat(read("Nuvelo family pack out of stock at Verma Kirana Station Road").sku()).isEqualTo("NVL-MSL-280G");
        // guard (passes before and after): "family" alone is an everyday word, no size
        assertThat(read("My family eats Nuvelo every day and now it is out of stock at Verma Kirana Station Road").sku())
                .isNull();
    }

    @Test
    void shouldLeaveFamilyToTheProductWordsWhenTheCatalogNamesAProductSo() {
        // guard (passes before and after): the Marie Family Pack, not the brand's largest pack (the 400 g cream)
        assertThat(read("Kurmo family pack out of stock at Verma Kirana Station Road").sku()).isEqualTo("KRM-MAR-300G");
    }

    @Test
    void shouldReadASizeWordBeforeTheBrandAsPartOfTheProduct() {
        Understanding u = read("Wala nang maliit na Nuvelo chicken sa Tan Sari-Sari Store Poblacion");
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("NVL-CHK-70G");
        assertThat(read("Ubos na ang malaking Nuvelo masala sa Tan Sari-Sari Store Poblacion").sku()).isEqualTo("NVL-MSL-280G");
    }

    @Test
    void shouldNameNoProductWhenAnotherProductsWordIsJoinedToIt() {
        Understanding u = read("Teravi strong and classic 250g both finished at Verma Kirana Station Road");
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isNull();
        assertThat(read("Teravi classic 500g aur kadak dono khatam Verma Kirana Station Road").sku()).isNull();
    }
}
