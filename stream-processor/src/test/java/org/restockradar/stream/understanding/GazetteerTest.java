package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void shouldLoadAnotherCountryFromAFolderBesideTheBundledOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("places-np.tsv"), """
                # name	country	admin1	feature	population	lat	lon
                Kathmandu	NP	3	PPLC	1442271	27.70169	85.3206
                Pokhara	NP	4	PPLA	200000	28.26689	83.96851
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("city-aliases-np.tsv"), "Kathmandu\tKantipur\tकाठमाडौं\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("pincodes-np.tsv"), "446000\t27.7017\t85.3206\n", StandardCharsets.UTF_8);

        Gazetteer withNepal = Gazetteer.withFilesIn(folder);

        assertThat(withNepal.placesIn(Names.keys("no Frooti left in Kathmandu"))).extracting(m -> m.value().name()).containsExactly("Kathmandu");
        assertThat(withNepal.placesIn(Names.keys("no Frooti left in Kathmandu")).get(0).value().country()).isEqualTo("NP");
        assertThat(withNepal.canonical("Kantipur")).isEqualTo("Kathmandu");
        assertThat(withNepal.cityAround(new GeoPoint(28.21, 83.99))).get().extracting(Gazetteer.Place::name).isEqualTo("Pokhara");
        assertThat(withNepal.pincode("446000")).isPresent();
        assertThat(withNepal.canonical("Bombay")).as("the bundled countries stay").isEqualTo("Mumbai");
        assertThat(GAZETTEER.placesIn(Names.keys("no Frooti left in Kathmandu"))).as("not in the bundled gazetteer").isEmpty();
    }

    @Test
    void shouldStopAtABadRowNamingItsFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("places-np.tsv"), "# a comment\nLalitpur\tNP\t3\tPPLA\tmany\t27.67\t85.32\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Gazetteer.withFilesIn(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("places-np.tsv line 2")
                .hasMessageContaining("population");
    }
}
