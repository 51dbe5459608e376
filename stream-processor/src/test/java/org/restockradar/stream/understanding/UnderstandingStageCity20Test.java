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
 * Which city (session 20): the author's profile city of the registry is a prior that a stray word does not override
 * (a word of another town's shop name that is a deity's or a person's name, a locality any town has), while a shop's
 * whole name still moves it.
 */
final class UnderstandingStageCity20Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Wexolin", "aliases": ["wexolin"], "products": [
                {"sku": "WXL-M-100", "name": "Wexolin Mango 100 g", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("BHW-1", "Hanuman Kirana Bhandar", "Ghanta Ghar", "Bhiwani", "Haryana", 28.7930, 76.1390));
        d.put(in("BHW-2", "Selvi Stores", "Hansi Gate", "Bhiwani", "Haryana", 28.7990, 76.1320));
        d.put(in("PLN-1", "Selvi Supermarket", "Adivaram", "Palani", "Tamil Nadu", 10.4500, 77.5200));
        d.put(in("PLN-2", "Arulmigu Stores", "Bus Stand", "Palani", "Tamil Nadu", 10.4480, 77.5160));
        d.put(in("AMR-1", "Khodal Provision Store", "Main Bazar", "Amreli", "Gujarat", 21.6030, 71.2220));
        d.put(in("BLP-1", "Kali Bhandar", "Choupahari", "Bolpur", "West Bengal", 23.6700, 87.7100));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet in(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "India", new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("p-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-20", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldKeepTheProfileCityWhenADeitysNameIsAWordOfAnotherTownsShop() {
        Understanding festival = read("Hanuman jayanti ke din bhi Wexolin nahi mila", "Palani, Tamil Nadu");
        assertThat(festival.stockout()).isTrue();
        assertThat(festival.outlet()).isNull();
        assertThat(festival.city()).isEqualTo("Palani");

        Understanding whole = read("Hanuman Kirana Bhandar me Wexolin khatam", "Palani, Tamil Nadu");
        assertThat(whole.outlet()).isNotNull();
        assertThat(whole.outlet().outletId()).isEqualTo("BHW-1");
    }

    @Test
    void shouldKeepTheProfileCityWhenAPersonsNameIsAWordOfAnotherTownsShop() {
        Understanding u = read("Khodal bhai said there is no Wexolin anywhere now", "Bhiwani");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
        assertThat(u.city()).isEqualTo("Bhiwani");
    }

    @Test
    void shouldKeepTheProfileCityAgainstALocalityAnyTownHas() {
        Understanding u = read("Main bazar ki kisi dukaan me Wexolin nahi hai", "Bolpur");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Bolpur");
    }
}
