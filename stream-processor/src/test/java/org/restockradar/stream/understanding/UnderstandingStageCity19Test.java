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
 * Which city (session 19): the text's place outweighs the author's profile city when the text names it with a case
 * ending in another script, or with a postposition written apart; a place after an arrow in a profile is where the
 * author lives; a town right before a form of address is a person's name, and the profile city stands.
 */
final class UnderstandingStageCity19Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Wexolin", "aliases": ["wexolin"], "products": [
                {"sku": "WXL-M-100", "name": "Wexolin Mango 100 g", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(in("HBL-1", "Sri Durga Provisions", "Keshwapur", "Hubballi", "Karnataka", 15.3500, 75.1400));
        d.put(in("STR-1", "Mauli Kirana", "Sadar Bazar", "Satara", "Maharashtra", 17.6800, 74.0100));
        d.put(in("JNP-1", "Yadav Stores", "Sadar Bazar", "Jaunpur", "Uttar Pradesh", 25.7500, 82.6900));
        d.put(in("TPT-1", "Sri Venkateswara Stores", "Tilak Road", "Tirupati", "Andhra Pradesh", 13.6300, 79.4200));
        d.put(in("KLR-1", "Renuka Stores", "Doddapete", "Kolar", "Karnataka", 13.1370, 78.1310));
        d.put(in("KSG-1", "Malabar Stores", "Thalangara", "Kasaragod", "Kerala", 12.4980, 74.9870));
        d.put(in("AND-1", "Sahjanand Stores", "Station Road", "Anand", "Gujarat", 22.5600, 72.9600));
        d.put(in("GDG-1", "Veerabhadreshwara Kirana", "Station Road", "Gadag", "Karnataka", 15.4300, 75.6300));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet in(String id, String name, String locality, String city, String region, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, region, "India", new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("p-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-19", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldReadARegistryCityWithAKannadaCaseEndingAfterItsInherentVowelAgainstTheProfile() {
        Understanding u = read("ಕೋಲಾರದಲ್ಲಿ ಯಾವ ಅಂಗಡಿಯಲ್ಲೂ Wexolin ಇಲ್ಲ", "Hubballi");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Kolar");
    }

    @Test
    void shouldReadARegistryCityWithAGujaratiLocativeAgainstTheProfile() {
        Understanding u = read("આણંદમાં ક્યાંય Wexolin નથી", "Satara");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Anand");
    }

    @Test
    void shouldReadAMalayalamCityWhoseVowelsDifferFromTheRegistryBySound() {
        Understanding u = read("കാസർഗോഡിൽ ഒരു കടയിലും Wexolin ഇല്ല", "Kolar");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Kasaragod");
    }

    @Test
    void shouldReadAMarathiCityWithACaseEndingNotAsALocalityOfLikeConsonants() {
        Understanding u = read("साताऱ्यात कुठेच Wexolin नाही", "Jaunpur");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Satara");
        assertThat(u.locality()).isNull();
    }

    @Test
    void shouldTakeATownOutsideTheRegistryMarkedByAHindiPostpositionOverTheProfile() {
        Understanding u = read("Jalna me ek bhi dukaan pe Wexolin nahi", "Satara");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Jalna");
    }

    @Test
    void shouldReadTheShopsOfATownBeforeATeluguPostpositionAsTheTown() {
        Understanding u = read("Tirupati loni kirana shops lo Wexolin ledu", "Kolar");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Tirupati");
    }

    @Test
    void shouldTakeTheProfilePlaceAfterAnArrowAsWhereTheAuthorLives() {
        assertThat(read("Wexolin stock out at every shop nearby", "Chennai → Kolar").city()).isEqualTo("Kolar");
        assertThat(read("Wexolin stock out at every shop nearby", "Tirupati ➡️ Gadag").city()).isEqualTo("Gadag");
        // without an arrow the first place still counts
        assertThat(read("Wexolin stock out at every shop nearby", "Tirupati | Gadag").city()).isEqualTo("Tirupati");
    }

    @Test
    void shouldKeepTheProfileCityWhenTheTownIsAPersonsNameBeforeAFormOfAddress() {
        assertThat(read("Jaunpur chacha ki dukaan pe Wexolin khatam", "Satara").city()).isEqualTo("Satara");
        assertThat(read("Gadag bhai ke yahan Wexolin nahi hai", "Hubballi").city()).isEqualTo("Hubballi");
        // the town alone with a postposition is still the place
        assertThat(read("Gadag mein Wexolin nahi hai", "Hubballi").city()).isEqualTo("Gadag");
    }
}
