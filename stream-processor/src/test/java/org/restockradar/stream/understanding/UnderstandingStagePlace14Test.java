package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;

/**
 * The city and the outlet of a report (session 14): cities written by the short forms people use ("TCR", "GenSan"),
 * in the text and in the author's profile; a plural shop word that ends a shop's name is no area ("Ganesh Stores
 * here"); "this shop" in romanised Tamil with the locative glued; a shop name and a locality that fit one outlet
 * outweigh the profile city that has a locality of that name too; a profile that names a neighbourhood alone which
 * the gazetteer has as a town ("Ambattur") is that locality of the registry's city.
 */
final class UnderstandingStagePlace14Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Tolvesa", "aliases": ["tolvesa"], "products": [
                {"sku": "TLV-G-200", "name": "Tolvesa Guava 200 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("TCR-1", "Annapoorna Stores", "Round North", "Thrissur", 10.527, 76.214));
        d.put(TestOutlets.outlet("CLT-1", "Annapoorna Stores", "Mavoor Road", "Kozhikode", 11.258, 75.780));
        d.put(ph("GSC-1", "Manay Tess Store", "Bula", "General Santos", 6.110, 125.170));
        d.put(ph("DVO-1", "Manay Tess Store", "Toril", "Davao City", 7.020, 125.500));
        d.put(ph("DGS-1", "Kulot Sari-Sari Store", "Poblacion", "Digos", 6.750, 125.357));
        d.put(ph("PNB-1", "Ramos Bakery", "Poblacion", "Panabo", 7.308, 125.684));
        d.put(ph("PNB-2", "Kulot Sari-Sari Store", "Gredu", "Panabo", 7.300, 125.690));
        d.put(TestOutlets.outlet("ERD-1", "Ganesh Stores", "Brough Road", "Erode", 11.3400, 77.7170));
        d.put(TestOutlets.outlet("ERD-2", "Ganesh Stores", "Perundurai Road", "Erode", 11.3500, 77.7300));
        d.put(TestOutlets.outlet("CHN-1", "Thangam Stores", "Ambattur", "Chennai", 13.0990, 80.1620));
        d.put(TestOutlets.outlet("CHN-2", "Thangam Stores", "Mylapore", "Chennai", 13.0330, 80.2680));
        d.put(TestOutlets.outlet("SLM-1", "Thangam Stores", "Fairlands", "Salem", 11.6700, 78.1400));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet ph(String id, String name, String locality, String city, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, null, "Philippines", new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, String profile, GeoPoint geo) {
        return stage.understand(new Mention("p-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-14", "someone", "Some One", profile, 10), text, null, geo, false));
    }

    /** A point {@code metres} north of an outlet of the test registry. */
    private static GeoPoint north(double lat, double lon, double metres) {
        return new GeoPoint(lat + metres / 111_000, lon);
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldReadACitysStationCodeInTheText() {
        Understanding u = read("Annapoorna Stores TCR has no Tolvesa", null, null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isEqualTo("TCR-1");
    }

    @Test
    void shouldReadACitysNicknameInTheProfile() {
        Understanding u = read("Wala nay Tolvesa sa Manay Tess Store", "📍GenSan", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("General Santos");
        assertThat(outletOf(u)).isEqualTo("GSC-1");
    }

    @Test
    void shouldReadAPluralShopWordThatEndsAShopsNameAsTheNameNotAnArea() {
        GeoPoint atFirst = north(11.3400, 77.7170, 30);
        assertThat(outletOf(read("Ganesh Stores here, no Tolvesa", null, atFirst))).isEqualTo("ERD-1");
        // a plural shop word after a word of the lexicons still speaks of an area: no outlet by the device
        assertThat(outletOf(read("checked all the stores here, no Tolvesa", null, atFirst))).isNull();
    }

    @Test
    void shouldReadThisShopInRomanisedTamilWithTheLocativeGlued() {
        Understanding u = read("indha kadaiyila Tolvesa illa", null, north(11.3500, 77.7300, 25));
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isEqualTo("ERD-2");
    }

    @Test
    void shouldTakeTheOneOutletThatTheNameAndLocalityFitOverTheProfileCitysLocalityOfThatName() {
        Understanding u = read("Walay Tolvesa sa Kulot Sari-Sari Store Poblacion", "Panabo", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isEqualTo("DGS-1");
        assertThat(u.city()).isEqualTo("Digos");
    }

    @Test
    void shouldReadAProfileNeighbourhoodThatTheGazetteerHasAsATownAsTheRegistrysLocality() {
        Understanding u = read("Thangam Stores has no Tolvesa", "Ambattur", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Chennai");
        assertThat(outletOf(u)).isEqualTo("CHN-1");
    }
}
