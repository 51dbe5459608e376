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
 * Which outlet (session 20): a town's or a locality's name written as a place is not the name of a shop named after
 * it; written with the shop's other words it is. Of two shops in a post, a word of one's name is no address evidence
 * for the other.
 */
final class UnderstandingStageOutlet20Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Torvilla", "aliases": ["torvilla"], "products": [
                {"sku": "TRV-O-300", "name": "Torvilla Orange 300 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("KNJ-1", "Kanjar Provision Stores", "Market Street", "Kanjar", "Kerala", 9.50000, 76.50000));
        d.put(in("KNJ-2", "Velloor Medicals", "Velloor", "Kanjar", "Kerala", 9.51000, 76.51000));
        d.put(in("KNJ-3", "Aswathy Bakery", "Velloor", "Kanjar", "Kerala", 9.51100, 76.51150));
        d.put(in("KNJ-4", "Joseph Traders", "Market Street", "Kanjar", "Kerala", 9.50100, 76.50150));
        d.put(in("KNJ-5", "Pallath Supermarket", "Church Road", "Kanjar", "Kerala", 9.49000, 76.49000));
        d.put(ph("LNT-1", "Lantapan Minimart", "Poblacion", "Lantapan", "Bukidnon", 8.00000, 125.02000));
        d.put(ph("LNT-2", "Reyes Grocery", "Songco", "Lantapan", "Bukidnon", 8.01000, 125.03000));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet in(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "India", new GeoPoint(lat, lon));
    }

    private static Outlet ph(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "Philippines", new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("p-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-20", "someone", "Some One", profile, 10), text, null, null, false));
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldNameTheTownNotTheShopNamedAfterItWhenTheTownIsWrittenAsAPlace() {
        Understanding u = read("No Torvilla anywhere in Kanjar this week", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kanjar");
        Understanding tl = read("Wala nang Torvilla sa buong Lantapan", "Lantapan");
        assertThat(outletOf(tl)).isNull();
        assertThat(tl.city()).isEqualTo("Lantapan");
        // the town's word with the shop's other words names the shop
        assertThat(outletOf(read("Kanjar Provision Stores out of Torvilla", null))).isEqualTo("KNJ-1");
        assertThat(outletOf(read("Wala nang Torvilla sa Lantapan Minimart", "Lantapan"))).isEqualTo("LNT-1");
    }

    @Test
    void shouldNameTheLocalityNotItsShopNamedAfterIt() {
        Understanding u = read("Velloor il Torvilla illa", "Kanjar");
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Kanjar");
        assertThat(u.locality()).isEqualTo("Velloor");
        assertThat(outletOf(read("Velloor Medicals il Torvilla illa", "Kanjar"))).isEqualTo("KNJ-2");
    }

    @Test
    void shouldReadTheTownsShopsAsAnAreaWhenNoShopIsNamedTheTownAndThatWord() {
        Understanding u = read("Lantapan stores all out of Torvilla", null);
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Lantapan");
    }

    @Test
    void shouldNotTakeAWordOfOneShopsNameAsTheOtherShopsAddress() {
        // "Velloor" names the first shop; it is no evidence that the other, of the locality Velloor, is meant
        Understanding u = read("Tried Velloor Medicals, no Torvilla; Aswathy Bakery had it", "Kanjar");
        assertThat(outletOf(u)).isNotEqualTo("KNJ-3");
    }
}
