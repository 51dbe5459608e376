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
 * Which outlet, and when to name none (session 18): an outlet only when the post identifies exactly one. A kind of
 * shop ("the bakery", "dairy") or a form of address ("Mang") with a locality names no shop; a word two shops' names
 * share ("Joseph") is a tie, even when the longer name scores below the minimum; "here" at a device names the outlet
 * only within 40 m of it and with no other outlet within 60 m.
 */
final class UnderstandingStagePlace18Test {
    private static UnderstandingStage stage;
    private static final double M_LAT = 1 / 111_320.0;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Wexolin", "aliases": ["wexolin"], "products": [
                {"sku": "WXL-M-100", "name": "Wexolin Mango 100 g", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("KTM-1", "Joseph Bakery and Stores", "Market Junction", "Kottayam", "Kerala", 9.59100, 76.52200));
        d.put(in("KTM-2", "Joseph Provision Store", "Nagampadam", "Kottayam", "Kerala", 9.58500, 76.53000));
        d.put(in("KTM-3", "Lourdes Medicals", "Market Junction", "Kottayam", "Kerala", 9.59300, 76.52400));
        d.put(in("KTM-4", "Anugraha Dairy Parlour", "Kanjikuzhy", "Kottayam", "Kerala", 9.60000, 76.54000));
        d.put(in("KTM-5", "Bethel Stores", "Kanjikuzhy", "Kottayam", "Kerala", 9.60000 + 45 * M_LAT, 76.54000));
        d.put(ph("KBC-1", "Mang Carding Store", "Poblacion", "Kabacan", "Cotabato", 7.10700, 124.82900));
        d.put(ph("KBC-2", "Mabuhay Grocery", "Lower Paatan", "Kabacan", "Cotabato", 7.12000, 124.84000));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet in(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "India", new GeoPoint(lat, lon));
    }

    private static Outlet ph(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "Philippines", new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, GeoPoint geo) {
        return stage.understand(new Mention("p-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-18", "someone", "Some One", null, 10), text, null, geo, false));
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldNameNoShopForAKindOfShopAndALocalityInEnglish() {
        Understanding u = read("the bakery at Market Junction kottayam has no Wexolin", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kottayam");
        // the shop's own word with the locality still names it
        assertThat(outletOf(read("Joseph Bakery Market Junction has no Wexolin", null))).isEqualTo("KTM-1");
    }

    @Test
    void shouldNameNoShopForAKindOfShopInMalayalam() {
        Understanding u = read("Kanjikuzhy dairy il Wexolin illa", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kottayam");
    }

    @Test
    void shouldNameNoShopForAFormOfAddressAloneInTagalog() {
        Understanding u = read("Wala nang Wexolin sa Store ni Mang sa Kabacan", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kabacan");
        // the keeper's name itself names the shop
        assertThat(outletOf(read("Wala nang Wexolin sa tindahan ni Mang Carding", null))).isEqualTo("KBC-1");
    }

    @Test
    void shouldReadARegistryCityBeforeAKindOfShopAsTheCity() {
        Understanding u = read("Kottayam medical shop il Wexolin kittunnilla", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kottayam");
    }

    @Test
    void shouldTieTwoShopsWhoseNamesShareTheOnlyWordThePostWrites() {
        Understanding u = read("Joseph kadayil Wexolin illa", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kottayam");
        assertThat(outletOf(read("Joseph Provision Store il Wexolin illa", null))).isEqualTo("KTM-2");
    }

    @Test
    void shouldNameNoShopByTheDeviceWhenAnotherStandsWithinSixtyMetres() {
        GeoPoint between = new GeoPoint(9.60000 + 10 * M_LAT, 76.54000); // 10 m from KTM-4, 35 m from KTM-5
        Understanding u = read("No Wexolin here", between);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kottayam");
        // one shop alone within 60 m is the one meant
        assertThat(outletOf(read("No Wexolin here", new GeoPoint(7.12000 + 25 * M_LAT, 124.84000)))).isEqualTo("KBC-2");
    }
}
