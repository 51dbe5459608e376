package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The author's profile location in the shapes people type it, the other names of towns (GeoNames' alternate names:
 * old names, names in the scripts of India), and town names that are no place of the post: part of a shop's name,
 * or where the writer comes from.
 */
final class PlaceResolverProfileTest {
    private static PlaceResolver places;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("SMG-1", "Tunga Stores", "Vinobanagar", "Shivamogga", 13.94, 75.57));
        d.put(TestOutlets.outlet("VJP-1", "Gol Gumbaz Kirana", "Station Road", "Vijayapura", 16.83, 75.71));
        d.put(TestOutlets.outlet("CLP-1", "Mindoro Mart", "Lalud", "Calapan City", 13.41, 121.18));
        d.put(TestOutlets.outlet("SMG-2", "Krishna Bandar Stores", "Gandhi Bazaar", "Shivamogga", 13.93, 75.56));
        places = new PlaceResolver(d, Gazetteer.fromClassPath());
    }

    private static String city(String profile) {
        return places.ofProfile(profile).map(PlaceResolver.Place::city).orElse(null);
    }

    private static List<String> cities(String text) {
        List<String> tokens = Text.tokens(text);
        return places.inText(Names.keys(tokens), tokens.stream().map(Phonetic::isIndic).toList(), tokens, null).cityKeys();
    }

    private static PlaceResolver.TextPlaces read(String text) {
        List<String> tokens = Text.tokens(text);
        return places.inText(Names.keys(tokens), tokens.stream().map(Phonetic::isIndic).toList(), tokens, null);
    }

    @Test
    void shouldReadAProfileCityByItsOldNameOrItsNameInAnIndianScript() {
        assertThat(city("Shimoga")).isEqualTo("Shivamogga");
        assertThat(city("Bijapur, Karnataka")).isEqualTo("Vijayapura");
        assertThat(city("ಶಿವಮೊಗ್ಗ")).isEqualTo("Shivamogga");
    }

    @Test
    void shouldReadAProfileWithAPictographOrWithoutTheRegistrysCityWord() {
        assertThat(city("📍Calapan")).isEqualTo("Calapan City");
        assertThat(city("Calapan | Mindoro | beach bum")).isEqualTo("Calapan City");
        assertThat(city("Shivamogga ☕ | teacher")).isEqualTo("Shivamogga");
    }

    @Test
    void shouldPreferWhereTheAuthorLivesOverWhereTheAuthorComesFrom() {
        assertThat(city("from Vijayapura, living in Shivamogga")).isEqualTo("Shivamogga");
        assertThat(city("Shivamogga-born, now in Vijayapura")).isEqualTo("Vijayapura");
        assertThat(city("from Shivamogga")).isEqualTo("Shivamogga");
    }

    @Test
    void shouldReadAMisspeltProfileCityThatKeepsItsConsonants() {
        assertThat(city("Shivamoga")).isEqualTo("Shivamogga");
        assertThat(city("Vijaypura")).isEqualTo("Vijayapura");
        assertThat(city("Calapn")).isEqualTo("Calapan City"); // three consonants: the letters within two edits
    }

    @Test
    void shouldReadNoCityFromAProfileThatNamesNone() {
        assertThat(places.ofProfile("Earth")).isEqualTo(Optional.empty());
        assertThat(places.ofProfile("India")).isEqualTo(Optional.empty());
        assertThat(places.ofProfile("🌍")).isEqualTo(Optional.empty());
    }

    @Test
    void shouldReadATownByItsOldNameInAPost() {
        assertThat(cities("out of stock all over Bijapur")).containsExactly("vijayapura");
    }

    @Test
    void shouldNotReadAnOtherNameThatIsAWordOfTheRegistrysShopNames() {
        // "Bandar" is an old name of Machilipatnam; here it is a word of a shop's name
        assertThat(cities("no stock at Krishna Bandar Stores")).isEmpty();
    }

    @Test
    void shouldNotReadATownThatStartsAShopsOrAHotelsName() {
        assertThat(cities("nothing at the Mysore Bakery")).isEmpty();
        assertThat(cities("the shop near Rajkot Darshan hotel is empty")).isEmpty();
        assertThat(cities("nothing anywhere in Mysore")).isNotEmpty();
    }

    @Test
    void shouldMarkATownTheWriterComesFromAsStray() {
        PlaceResolver.TextPlaces back = read("back from Mangalore, Tunga Stores is empty"); // a registry shop after the comma
        assertThat(back.strayCityKeys()).as(back.toString()).isNotEmpty();
        assertThat(read("Vijayapura trip over, Tunga Stores is empty").strayCityKeys()).containsExactly("vijayapura");
        assertThat(read("Tunga Stores in Vijayapura is empty").strayCityKeys()).isEmpty();
    }
}
