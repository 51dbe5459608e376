package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * The author's profile city as a prior that a stray place word in the post does not override: a town's name that
 * begins a shop's name, a town the writer comes from; and the profile in the shapes people type it.
 */
final class UnderstandingStageProfileTest {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Tamoro", "aliases": ["tamoro"], "products": [
                {"sku": "TMR-1", "name": "Tamoro Cola 1 L", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("SMG-1", "Tunga Stores", "Vinobanagar", "Shivamogga", 13.94, 75.57));
        d.put(TestOutlets.outlet("SMG-2", "Mysore Bakery", "Gandhi Bazaar", "Shivamogga", 13.93, 75.56));
        d.put(TestOutlets.outlet("VJP-1", "Gol Gumbaz Kirana", "Station Road", "Vijayapura", 16.83, 75.71));
        d.put(TestOutlets.outlet("VJP-2", "Hubli Sweets", "Station Road", "Vijayapura", 16.831, 75.711));
        d.put(TestOutlets.outlet("CLP-1", "Mindoro Mart", "Lalud", "Calapan City", 13.41, 121.18));
        d.put(TestOutlets.outlet("CLP-2", "Mindoro Mart", "Bayanan", "Calapan City", 13.42, 121.17));
        d.put(TestOutlets.outlet("SMG-3", "Sri Ganapathi Stores", "Ravindranagar", "Shivamogga", 13.935, 75.565));
        d.put(TestOutlets.outlet("SMG-4", "Sri Ganapathi Stores", "Gopala", "Shivamogga", 13.945, 75.575));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldNotTakeATownThatBeginsAShopsNameForThePlace() {
        Understanding u = read("Tamoro out at Mysore Bakery", "Shimoga");
        assertThat(u.outlet().outletId()).isEqualTo("SMG-2");
        assertThat(read("no Tamoro at Hubli Sweets today", null).outlet().outletId()).isEqualTo("VJP-2");
    }

    @Test
    void shouldKeepTheProfileCityAgainstATownTheWriterComesFrom() {
        Understanding u = read("back from Vijayapura, Tunga Stores has no Tamoro", "Shivamogga");
        assertThat(u.outlet().outletId()).isEqualTo("SMG-1");
        assertThat(read("Calapan trip done. Tamoro sold out everywhere here", "Shivamogga").city()).isEqualTo("Shivamogga");
    }

    @Test
    void shouldLetAPlaceThePostIsInOverrideTheProfileCity() {
        assertThat(read("In Vijayapura for work, Gol Gumbaz Kirana has no Tamoro", "Shivamogga").outlet().outletId())
                .isEqualTo("VJP-1");
        assertThat(read("Tamoro out of stock all over Vijayapura", "Shivamogga").city()).isEqualTo("Vijayapura");
    }

    @Test
    void shouldReadTheProfileCityInTheShapesPeopleTypeIt() {
        assertThat(read("Tamoro kahin nahi mil raha", "Bijapur | Foodie").city()).isEqualTo("Vijayapura");
        assertThat(read("Tamoro out of stock", "from Vijayapura, living in Shivamogga").city()).isEqualTo("Shivamogga");
        assertThat(read("walang Tamoro kahit saan", "📍Calapan").city()).isEqualTo("Calapan City");
        assertThat(read("Tamoro out of stock", "Earth").city()).isNull();
    }

    @Test
    void shouldTellSameNamedShopsApartByALocalityWrittenLoosely() {
        assertThat(read("walang Tamoro sa Mindoro Mart Bayanon", null).outlet().outletId()).isEqualTo("CLP-2");
        assertThat(read("ರವೀಂದ್ರನಗರ Sri Ganapathi Stores alli Tamoro illa", null).outlet().outletId()).isEqualTo("SMG-3");
        assertThat(read("walang Tamoro sa Mindoro Mart", null).outlet()).isNull();
    }
}
