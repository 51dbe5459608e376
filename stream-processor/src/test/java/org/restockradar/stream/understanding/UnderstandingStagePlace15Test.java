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
 * The outlet and the city when the post leaves part of the place out (session 15): two shops of one city whose names
 * carry the very words the post writes are a tie, not the shorter name ("Priya" for "Priya Mart" and "Priya
 * Minimart"); a profile that names only a state keeps the same-named shops of that state ("AP", "Tamil Nadu"); a
 * profile that says the author is of a town ("Kolhapurkar", "Dumagueteño") names that town; a station code in a
 * profile ("PNQ"); a generic shop word in an Indian script is no locality spelt loosely; a town before a word for
 * shops in general ("Latur shops") names the town.
 */
final class UnderstandingStagePlace15Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Tolvesa", "aliases": ["tolvesa"], "products": [
                {"sku": "TLV-G-200", "name": "Tolvesa Guava 200 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("LTR-1", "Priya Mart", "Ausa Road", "Latur", "Maharashtra", 18.395, 76.570));
        d.put(in("LTR-2", "Priya Minimart", "Barshi Road", "Latur", "Maharashtra", 18.420, 76.555));
        d.put(in("LTR-3", "Jai Ambika General Stores", "Gandhi Chowk", "Latur", "Maharashtra", 18.405, 76.575));
        d.put(in("LTR-4", "Jai Ambika Bhavani General Stores", "Shivaji Chowk", "Latur", "Maharashtra", 18.401, 76.566));
        d.put(in("ERD-1", "Kannan Stores", "Brough Road", "Erode", "Tamil Nadu", 11.340, 77.717));
        d.put(in("NLR-1", "Kannan Stores", "Trunk Road", "Nellore", "Andhra Pradesh", 14.443, 79.986));
        d.put(in("KOP-1", "Sagar Kirana", "Rajarampuri", "Kolhapur", "Maharashtra", 16.700, 74.240));
        d.put(in("SNG-1", "Sagar Kirana", "Vishrambag", "Sangli", "Maharashtra", 16.860, 74.590));
        d.put(in("PUN-1", "Sagar Kirana", "Kothrud", "Pune", "Maharashtra", 18.507, 73.807));
        d.put(ph("DGT-1", "Aling Bining Store", "Daro", "Dumaguete", "Negros Oriental", 9.320, 123.300));
        d.put(ph("TAC-1", "Aling Bining Store", "Sagkahan", "Tacloban City", "Leyte", 11.240, 125.000));
        d.put(in("GNT-1", "Annapurna Super Market", "Arundelpet", "Guntur", "Andhra Pradesh", 16.300, 80.440));
        d.put(ph("CTB-1", "Lola Ines Store", "Mercedes", "Catbalogan", "Samar", 11.770, 124.890));
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
                new Author("u-15", "someone", "Some One", profile, 10), text, null, null, false));
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldNotPickTheShorterOfTwoNamesThatCarryTheSameWordsOfThePost() {
        Understanding u = read("no Tolvesa at Priya in Latur since Monday", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Latur");
        // the name the post writes whole is still taken
        assertThat(outletOf(read("no Tolvesa at Priya Minimart Latur", null))).isEqualTo("LTR-2");
    }

    @Test
    void shouldKeepAShortenedNameThatFitsTwoShopsOpen() {
        Understanding u = read("Jai Ambika Stores Latur out of Tolvesa", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isNull();
        assertThat(u.city()).isEqualTo("Latur");
    }

    @Test
    void shouldTakeTheSameNamedShopOfTheStateTheProfileNamesByItsShortForm() {
        Understanding u = read("Kannan Stores has no Tolvesa", "AP");
        assertThat(outletOf(u)).isEqualTo("NLR-1");
        Understanding t = read("Kannan Stores out of Tolvesa", "Tamil Nadu 🌴");
        assertThat(outletOf(t)).isEqualTo("ERD-1");
        // a state that has none of them leaves them open
        assertThat(outletOf(read("Kannan Stores has no Tolvesa", "Kerala"))).isNull();
    }

    @Test
    void shouldReadAMarathiDemonymInTheProfileAsItsTown() {
        Understanding u = read("Sagar Kirana madhe Tolvesa nahi", "Kolhapurkar ✨");
        assertThat(outletOf(u)).isEqualTo("KOP-1");
    }

    @Test
    void shouldReadASpanishDerivedDemonymInTheProfileAsItsTown() {
        Understanding u = read("Wala nay Tolvesa sa Aling Bining Store", "Dumagueteño 🌊");
        assertThat(outletOf(u)).isEqualTo("DGT-1");
    }

    @Test
    void shouldReadAnAirportCodeInTheProfile() {
        Understanding u = read("Sagar Kirana out of Tolvesa", "PNQ | chai and books");
        assertThat(outletOf(u)).isEqualTo("PUN-1");
    }

    @Test
    void shouldNotReadAGenericShopWordInTeluguScriptAsALocality() {
        Understanding u = read("అన్నపూర్ణ సూపర్ మార్కెట్ లో Tolvesa లేదు", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isEqualTo("GNT-1");
    }

    @Test
    void shouldReadATownBeforeAWordForShopsInGeneralAsTheTown() {
        Understanding u = read("Latur shops have no Tolvesa this week", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Latur");
    }
}
