package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Whole posts in the Indian scripts and Urdu against a registry that writes every name in Latin letters: the brand,
 * the shop, the locality and the city in the script, sizes in the script's digits and unit words, a word for "this
 * shop" beside a device location.
 */
final class UnderstandingStageScriptsTest {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Zavito", "aliases": ["zavito"], "products": [
                {"sku": "ZVT-350", "name": "Zavito Lime 350 ml", "aliases": []},
                {"sku": "ZVT-2000", "name": "Zavito Lime 2 L", "aliases": []}]}
            ]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("ALG-1", "Rehmat General Store", "Sir Syed Nagar", "Aligarh", 27.90, 78.08));
        d.put(TestOutlets.outlet("ALG-2", "Gulshan Bakery", "Dodhpur", "Aligarh", 27.91, 78.07));
        d.put(TestOutlets.outlet("JUC-1", "Khalsa Provision Store", "Basti Sheikh", "Jalandhar", 31.33, 75.56));
        d.put(TestOutlets.outlet("JUC-2", "Khalsa Provision Store", "Rama Mandi", "Jalandhar", 31.30, 75.62));
        d.put(TestOutlets.outlet("SGL-1", "Vitthal Kirana", "Vishrambag", "Sangli", 16.85, 74.60));
        d.put(TestOutlets.outlet("ERD-1", "Kumaran Stores", "Surampatti", "Erode", 11.34, 77.72));
        d.put(TestOutlets.outlet("ERD-2", "Kongu Bakery", "Perundurai Road", "Erode", 11.33, 77.70));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, GeoPoint geo) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10), text, null, geo, false));
    }

    @Test
    void shouldReadAnUrduPostWithTheBrandAndSizeInTheScript() {
        Understanding u = read("گلشن بیکری میں زاویٹو ۳۵۰ ملی لیٹر نہیں مل رہا", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("ZVT-350");
    }

    @Test
    void shouldReadGurmukhiDigitsAndALocalityOfTheScript() {
        Understanding u = read("ਰਾਮਾ ਮੰਡੀ ਦੇ ਖ਼ਾਲਸਾ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਤੇ ਜ਼ਾਵੀਟੋ ੨ ਲੀਟਰ ਨਹੀਂ ਮਿਲਦਾ", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("JUC-2");
        assertThat(u.sku()).isEqualTo("ZVT-2000");
    }

    @Test
    void shouldReadTheCityInItsObliqueFormBeforeAPostposition() {
        Understanding u = read("ਅੰਬਾਲੇ ਵਿੱਚ ਕਿਤੇ ਵੀ ਜ਼ਾਵੀਟੋ ਨਹੀਂ ਮਿਲਦਾ", null); // Ambala: "-e" for "-a" before "ਵਿੱਚ"
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Ambala");
    }

    @Test
    void shouldReadAMarathiLocalityWithTheEndingTil() {
        Understanding u = read("विश्रामबागेतील विठ्ठल किराणा मध्ये झावितो मिळत नाही", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("SGL-1");
    }

    @Test
    void shouldNameTheOutletAtTheDeviceByAWordForThisShopWithACaseEnding() {
        GeoPoint atKongu = new GeoPoint(11.3302, 77.70);
        Understanding u = read("இந்த கடையில ஜாவிட்டோ இல்லை", atKongu);
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("ERD-2");
    }
}
