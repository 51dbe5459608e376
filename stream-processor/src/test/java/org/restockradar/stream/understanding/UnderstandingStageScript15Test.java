package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * The outlet and city of reports written in the Indian scripts and Urdu (session 15): the brand's own words and its
 * flavour words are no place names, a locality's first word that is a word of the shop's name does not hold the
 * shop to that locality's city, the Arabic article glued to a shop's name, a Kannada city with the glide before its
 * ending.
 */
final class UnderstandingStageScript15Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Kotalo", "aliases": ["kotalo"], "products": [
                {"sku": "KTL-MNG-300", "name": "Kotalo Mango 300 ml", "aliases": []},
                {"sku": "KTL-MNG-2L", "name": "Kotalo Mango 2 L", "aliases": []},
                {"sku": "KTL-GUA-300", "name": "Kotalo Guava 300 ml", "aliases": []}]},
              {"brand": "Digolo", "aliases": ["digolo"], "products": [
                {"sku": "DGL-LEM-250", "name": "Digolo Lemon 250 ml", "aliases": []}]}
            ]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("SLG-1", "Maa Durga Bhandar", "Hakimpara", "Siliguri", 26.72, 88.42));
        d.put(TestOutlets.outlet("HUB-1", "Siddharoodha Stores", "Keshwapur", "Hubballi", 15.35, 75.14));
        d.put(TestOutlets.outlet("UJN-1", "Mahakal Provision", "Gopal Nagar", "Ujjain", 23.18, 75.78));
        d.put(TestOutlets.outlet("TCR-1", "Sree Gopal Bakery", "Poonkunnam", "Thrissur", 10.53, 76.21));
        d.put(TestOutlets.outlet("BRL-1", "Al Rehman Kirana", "Qila", "Bareilly", 28.37, 79.42));
        d.put(TestOutlets.outlet("HSP-1", "Kaveri Provision Stores", "Station Road", "Hospet", 15.27, 76.39));
        d.put(TestOutlets.outlet("UDP-1", "Kaveri Provision Stores", "Car Street", "Udupi", 13.34, 74.75));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10), text, null, null, false));
    }

    @Test
    void shouldNotReadTheBrandAsATownWithACaseEnding() {
        // "Digolo" is the brand, not the town of Digos ("tiko" by sound) with the Telugu locative "-lo"
        Understanding u = read("Digolo লেবু মা দুর্গা ভান্ডারে নেই");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("SLG-1");
        assertThat(u.city()).isEqualTo("Siliguri");
    }

    @Test
    void shouldNotReadAFlavourWordAfterTheBrandAsATown() {
        // "ಮಾವು" is mango, not the town of Mau
        Understanding u = read("Kotalo ಮಾವು ೨ ಲೀಟರ್ ಸಿದ್ಧಾರೂಢ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಇಲ್ಲ");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("HUB-1");
        assertThat(u.city()).isEqualTo("Hubballi");
    }

    @Test
    void shouldNotHoldTheShopToALocalityReadOnlyFromAWordOfItsName() {
        // "Gopal" begins the locality Gopal Nagar of Ujjain and is a word of a Thrissur bakery's name
        Understanding u = read("ശ്രീ ഗോപാൽ ബേക്കറിയിൽ കോട്ടാലോ ഇല്ല");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("TCR-1");
    }

    @Test
    void shouldReadAShopNameWithTheArabicArticleGluedToIt() {
        Understanding u = read("الرحمان کرانہ میں Kotalo نہیں ہے");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("BRL-1");
    }

    @Test
    void shouldReadAKannadaCityWithTheGlideBeforeItsEnding() {
        // two Kaveri Provision Stores: the city, "in Hosapete", tells them apart
        Understanding u = read("ಹೊಸಪೇಟೆಯಲ್ಲಿ ಕಾವೇರಿ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ Kotalo ಇಲ್ಲ");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("HSP-1");
    }
}
