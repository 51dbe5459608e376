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
 * Which outlet, and when to name none (session 19): evidence short of one outlet names none: a word of a locality
 * the post names is no word of a shop elsewhere; a common word one letter from a short name word ("desi", "Desai") is not that name.
 */
final class UnderstandingStageOutlet19Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Quelvana", "aliases": ["quelvana"], "products": [
                {"sku": "QLV-L-200", "name": "Quelvana Lime 200 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("STN-1", "Verma Kirana Stores", "Civil Lines", "Satna", "Madhya Pradesh", 24.58000, 80.83000));
        d.put(in("STN-2", "Kalpana Traders", "Civil Lines", "Satna", "Madhya Pradesh", 24.58200, 80.83400));
        d.put(in("STN-3", "Nehru Medicals", "Station Road", "Satna", "Madhya Pradesh", 24.57000, 80.82000));
        d.put(in("STN-4", "Bhargav General Store", "Nehru Nagar", "Satna", "Madhya Pradesh", 24.59000, 80.84000));
        d.put(in("STN-5", "Desai Provision Store", "Station Road", "Satna", "Madhya Pradesh", 24.57300, 80.82400));
        d.put(in("RWA-1", "Kalpana Traders", "Sirmour Chowk", "Rewa", "Madhya Pradesh", 24.53000, 81.30000));
        d.put(in("UDP-1", "Shetty General Stores", "Manipal Road", "Udupi", "Karnataka", 13.34000, 74.74000));
        d.put(in("BNK-1", "Pal Bhandar", "Lalbazar", "Bankura", "West Bengal", 23.23000, 87.07000));
        d.put(ph("CDZ-1", "Ising Sari-Sari Store", "Poblacion", "Cadiz", "Negros Occidental", 10.95000, 123.30000));
        d.put(ph("CDZ-2", "Mang Tonyo Store", "Zone 3", "Cadiz", "Negros Occidental", 10.96000, 123.31000));
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
                new Author("u-19", "someone", "Some One", profile, 10), text, null, null, false));
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldNameNoShopForAWordOfTheLocalityThePostNames() {
        Understanding u = read("Nehru Nagar me Quelvana nahi hai", "Satna");
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Satna");
        assertThat(u.locality()).isEqualTo("Nehru Nagar");
    }

    @Test
    void shouldNameNoShopForACommonWordOneLetterFromAShortName() {
        Understanding u = read("Satna me desi drinks mil rahe par Quelvana nahi hai", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        // the short word misspelt beside another word of the name still names it
        assertThat(outletOf(read("Desay Provision Store Satna me Quelvana nahi hai", null))).isEqualTo("STN-5");
    }
}
