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
 * The city of a report (session 11): a town the writer compares with stands apart from the absence and does not
 * override the profile city or the device; the text's city wins over the device location; place names misspelt,
 * written apart or shortened ("Sto."), a locality of two words with a case ending; the explanation says which
 * evidence decided the city.
 */
final class UnderstandingStageCityTest {
    private static UnderstandingStage stage;
    private static final GeoPoint IN_HOSUR = new GeoPoint(12.765, 77.80); // about 4 km from every Hosur outlet

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Tamoro", "aliases": ["tamoro", "ତାମୋରୋ"], "products": [
                {"sku": "TMR-1", "name": "Tamoro Cola 1 L", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("HSR-1", "Ganesh Stores", "Mathigiri", "Hosur", 12.7365, 77.8326));
        d.put(TestOutlets.outlet("HSR-2", "Kaveri Provisions", "Zuzuvadi", "Hosur", 12.745, 77.84));
        d.put(TestOutlets.outlet("HSR-3", "Ganesh Stores", "Zuzuvadi", "Hosur", 12.746, 77.842));
        d.put(TestOutlets.outlet("BHJ-1", "Ganesh Stores", "Madhapar", "Bhuj", 23.22, 69.70));
        d.put(TestOutlets.outlet("BHJ-2", "Bombay Stores", "Bhid Gate", "Bhuj", 23.25, 69.67));
        d.put(TestOutlets.outlet("HSP-1", "Saini Kiryana", "Model Town", "Hoshiarpur", 31.53, 75.91));
        d.put(TestOutlets.outlet("JYP-1", "Patra Stores", "Bondo Chhak", "Jeypore", 18.856, 82.572));
        d.put(TestOutlets.outlet("STM-1", "Aling Cely Store", "Poblacion", "Santo Tomas", 14.108, 121.14));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile, GeoPoint geo) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, geo, false));
    }

    @Test
    void shouldKeepTheProfileCityAgainstATownTheWriterComparesWith() {
        assertThat(read("Tamoro out of stock again. In Chennai you can buy it at every corner", "Hosur", null).city()).isEqualTo("Hosur");
        assertThat(read("Kolkata mein bhi yahi haal hai suna, Tamoro nahi mil raha", "Hoshiarpur", null).city())
                .isEqualTo("Hoshiarpur");
        assertThat(read("In Chennai, no Tamoro anywhere", "Hosur", null).city()).isEqualTo("Chennai");
    }

    @Test
    void shouldNotReadATownTheWriterComparesWithAsAShopsName() {
        Understanding u = read("like in Bombay, no Tamoro here either", "Bhuj", null);
        assertThat(u.outlet()).isNull();
        assertThat(u.city()).isEqualTo("Bhuj");
    }

    @Test
    void shouldLetTheTextsCityWinOverTheDeviceLocation() {
        assertThat(read("Tamoro out of stock in Hoshiarpur", null, IN_HOSUR).city()).isEqualTo("Hoshiarpur");
        assertThat(read("no Tamoro at Ganesh Stores Madhapar", null, IN_HOSUR).outlet().outletId()).isEqualTo("BHJ-1");
        Understanding here = read("no Tamoro in any shop around", null, IN_HOSUR);
        assertThat(here.city()).isEqualTo("Hosur");
        assertThat(here.evidence().place()).contains("city by device location");
    }

    @Test
    void shouldKeepTheDeviceLocationWhenThePostSaysHere() {
        Understanding u = read("no Tamoro in this shop, same as Madhapar", null, new GeoPoint(12.7366, 77.8326));
        assertThat(u.outlet().outletId()).isEqualTo("HSR-1");
    }

    @Test
    void shouldSayWhichEvidenceDecidedTheCity() {
        Understanding u = read("Tamoro out of stock in Hoshiarpur", null, IN_HOSUR);
        assertThat(u.evidence().place()).contains("city by city named").contains("(the text names another city)");
        assertThat(read("Tamoro kahin nahi mil raha", "Bhuj", null).evidence().place()).contains("city by author's profile");
    }

    @Test
    void shouldReadPlaceNamesMisspeltOrWrittenApart() {
        assertThat(read("no tamoro anywhere in hoshiarpr", null, null).city()).isEqualTo("Hoshiarpur");
        Understanding loc = read("Tamoro not avlbl in Mathigri", null, null);
        assertThat(loc.city()).isEqualTo("Hosur");
        assertThat(loc.locality()).isEqualTo("Mathigiri");
        assertThat(read("Tamoro out at Ganesh Stores Zuzu Vadi", null, null).outlet().outletId()).isEqualTo("HSR-3");
    }

    @Test
    void shouldReadSantoAndSantaShortened() {
        assertThat(read("walang Tamoro sa Sto. Tomas", null, null).city()).isEqualTo("Santo Tomas");
        assertThat(read("wala nang Tamoro kahit saan", "Sto Tomas, Batangas", null).city()).isEqualTo("Santo Tomas");
    }

    @Test
    void shouldReadALocalityOfTwoWordsWithACaseEndingOnItsLastWord() {
        Understanding u = read("ବନ୍ଦ ଛକରେ ତାମୋରୋ ମିଳୁନାହିଁ", null, null);
        assertThat(u.city()).isEqualTo("Jeypore");
        assertThat(u.locality()).isEqualTo("Bondo Chhak");
    }
}
