package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;

final class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.fromClassPath();

    @Test
    void shouldFindTheCityAroundAPoint() {
        assertThat(GAZETTEER.cityAround(new GeoPoint(22.57, 88.36))).get().extracting(Gazetteer.Place::name).isEqualTo("Kolkata");
        assertThat(GAZETTEER.cityAround(new GeoPoint(7.07, 125.61))).get().extracting(Gazetteer.Place::name).isEqualTo("Davao");
        assertThat(GAZETTEER.cityAround(new GeoPoint(0, 0))).isEmpty();
    }

    @Test
    void shouldKnowPincodeCentroids() {
        assertThat(GAZETTEER.pincode("110001")).get().satisfies(p -> assertThat(p.lat()).isBetween(28.5, 28.7));
        assertThat(GAZETTEER.pincode("000000")).isEmpty();
    }

    @Test
    void shouldMapOtherNamesToTheCanonicalCity() {
        assertThat(GAZETTEER.canonical("Bombay")).isEqualTo("Mumbai");
        assertThat(GAZETTEER.canonical("Gurugram")).isEqualTo("Gurgaon");
        assertThat(GAZETTEER.aliases("Gurgaon")).contains("Gurugram");
    }

    @Test
    void shouldFindCitiesNamedInAnyScript() {
        assertThat(GAZETTEER.placesIn(Names.keys("कोलकाता में"))).extracting(m -> m.value().name()).contains("Kolkata");
        assertThat(GAZETTEER.placesIn(Names.keys("stuck in Hyderabad traffic"))).extracting(m -> m.value().name()).containsExactly("Hyderabad");
    }

    @Test
    void shouldNotTakeCommonWordsForTowns() {
        assertThat(GAZETTEER.placesIn(Names.keys("mil gaya bago mango"))).isEmpty();
    }
}
