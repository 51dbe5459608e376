package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class PlaceResolverTest {
    private static PlaceResolver places;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("PUN-1", "Deshmukh Provision Stores", "Kothrud", "Pune", 18.50, 73.81));
        d.put(outlet("PUN-2", "Laxmi Medicals", "Sahakar Nagar", "Pune", 18.48, 73.85));
        d.put(outlet("NAG-1", "Deshmukh Provision Stores", "Dharampeth", "Nagpur", 21.14, 79.07));
        d.put(outlet("NAG-2", "Sai Kirana", "Laxmi Nagar", "Nagpur", 21.13, 79.06));
        d.put(outlet("MDU-1", "Ganesh Stores", "Anna Nagar", "Madurai", 9.93, 78.14));
        d.put(outlet("CHE-1", "Ganesh Stores", "T Nagar", "Chennai", 13.04, 80.23));
        d.put(outlet("JAI-1", "Shyam Kirana", "Raj Nagar", "Jaipur", 26.90, 75.80));
        d.put(outlet("CEB-1", "Tindahan ni Nenita", "Lahug", "Cebu City", 10.33, 123.90));
        places = new PlaceResolver(d, Gazetteer.fromClassPath());
    }

    private static Outlet outlet(String id, String name, String locality, String city, double lat, double lon) {
        return new Outlet(id, name, locality + ", " + city, locality, city, null, "India", new GeoPoint(lat, lon));
    }

    private static PlaceResolver.TextPlaces in(String text) {
        List<String> tokens = Text.tokens(text);
        return places.inText(Names.keys(tokens), tokens.stream().map(Phonetic::isIndic).toList());
    }

    /** The places of a text read as the stage reads them: each key with its token; {@code marked} words are places. */
    private static PlaceResolver.TextPlaces inMarked(String text, Set<String> marked) {
        List<String> keys = new java.util.ArrayList<>();
        List<Boolean> indic = new java.util.ArrayList<>();
        List<String> sources = new java.util.ArrayList<>();
        List<Boolean> isMarked = new java.util.ArrayList<>();
        for (String t : Text.tokens(text)) {
            int before = keys.size();
            Names.addKeysOfToken(t, keys);
            for (int i = before; i < keys.size(); i++) {
                indic.add(Phonetic.isIndic(t));
                sources.add(t);
                isMarked.add(marked.contains(t));
            }
        }
        return places.inText(keys, indic, sources, isMarked);
    }

    private static List<String> cities(String text) {
        return inMarked(text, Set.of()).cityKeys();
    }

    /** The localities found, as "Locality@City". */
    private static Set<String> localities(PlaceResolver.TextPlaces found) {
        return found.allLocalities().stream().flatMap(m -> m.values().stream())
                .map(s -> s.display + "@" + s.city).collect(Collectors.toSet());
    }

    @Test
    void shouldReadALocalityWrittenWithoutItsVowels() {
        assertThat(localities(in("no stock at deshmukh kthrd"))).containsExactly("Kothrud@Pune");
        assertThat(localities(in("shyam kirana rjnagar"))).containsExactly("Raj Nagar@Jaipur");
    }

    @Test
    void shouldReadALocalityWrittenAsOneWord() {
        assertThat(localities(in("ganesh stores tnagar"))).containsExactly("T Nagar@Chennai");
        assertThat(localities(in("shyam kirana rajnagar"))).containsExactly("Raj Nagar@Jaipur");
    }

    @Test
    void shouldReadALocalityWithAnIndicCaseEnding() {
        assertThat(localities(in("कोथरूडमध्ये मिळत नाही"))).containsExactly("Kothrud@Pune");
        assertThat(localities(in("அண்ணாநகரில் இல்லை"))).containsExactly("Anna Nagar@Madurai");
    }

    @Test
    void shouldNotReadTheSameConsonantsWithOtherVowelsAsALocality() {
        assertThat(localities(in("কাঠরোডে নেই"))).isEmpty();
    }

    @Test
    void shouldReadTheFirstWordOfALocalityOnlyWhenNoOtherLocalityIsNamed() {
        assertThat(localities(in("laxmi medicals sahakar nagar"))).containsExactly("Sahakar Nagar@Pune");
        assertThat(localities(in("near laxmi"))).containsExactly("Laxmi Nagar@Nagpur");
    }

    @Test
    void shouldMarkASingleWordTownOutsideTheRegistryAsStray() {
        PlaceResolver.TextPlaces found = in("Latur wale bhaiya said the same");
        assertThat(found.cityKeys()).hasSize(1);
        assertThat(found.strayCityKeys()).containsExactlyElementsOf(found.cityKeys());
        assertThat(in("out of stock in Nagpur").strayCityKeys()).isEmpty();
    }

    @Test
    void shouldKeepEveryCityOfALocalityInSeveral() {
        Map<String, OutletDirectory.PlaceStats> deshmukh = in("kothrud").localities().get(0);
        assertThat(deshmukh).containsOnlyKeys(OutletDirectory.placeKey("Pune"));
    }

    @Test
    void shouldReadACityWithACaseEndingGluedToIt() {
        assertThat(cities("पुण्यात कुठेच मिळत नाही")).containsExactly(OutletDirectory.placeKey("Pune"));
        assertThat(cities("சென்னையில் கிடைக்கவில்லை")).containsExactly(OutletDirectory.placeKey("Chennai"));
        assertThat(cities("chennaila kedaikala")).containsExactly(OutletDirectory.placeKey("Chennai"));
        assertThat(cities("नागपुरात नाही")).containsExactly(OutletDirectory.placeKey("Nagpur"));
    }

    @Test
    void shouldReadATownOutsideTheRegistryWithACaseEnding() {
        assertThat(cities("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಸಿಗುತ್ತಿಲ್ಲ")).hasSize(1);
        assertThat(cities("અમદાવાદમાં મળતું નથી")).hasSize(1);
        assertThat(cities("কলকাতায় পাওয়া যাচ্ছে না")).hasSize(1);
        assertThat(cities("హైదరాబాదులో దొరకడం లేదు")).hasSize(1);
        assertThat(inMarked("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಸಿಗುತ್ತಿಲ್ಲ", Set.of()).strayCityKeys()).isEmpty();
    }

    @Test
    void shouldNotCutAWordThatNamesNoCityWithoutItsEnding() {
        assertThat(cities("the shopkeeper was there at the counter")).isEmpty();
        assertThat(cities("दुकानात मिळत नाही")).isEmpty();
        assertThat(cities("கடையில் இல்லை")).isEmpty();
        assertThat(cities("thanneer illa, kadai la")).isEmpty();
    }

    @Test
    void shouldNotMarkATownAsStrayWhenGrammarMarksItAsAPlace() {
        assertThat(inMarked("Latur mein nahi mila", Set.of("latur")).strayCityKeys()).isEmpty();
        assertThat(inMarked("Latur mein nahi mila", Set.of("latur")).cityKeys()).hasSize(1);
        assertThat(inMarked("Latur wale bhaiya", Set.of()).strayCityKeys()).hasSize(1);
    }

    @Test
    void shouldReadALocalityWithAPlaceWordGluedBeforeIt() {
        assertThat(localities(inMarked("walay stock sa brgylahug", Set.of()))).containsExactly("Lahug@Cebu City");
        assertThat(localities(inMarked("ubos na sa Bgylahug", Set.of()))).containsExactly("Lahug@Cebu City");
        assertThat(localities(inMarked("the security guard said so", Set.of()))).isEmpty();
    }
}
