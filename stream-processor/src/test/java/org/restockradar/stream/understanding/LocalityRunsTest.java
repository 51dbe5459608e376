package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

final class LocalityRunsTest {

    private static Outlet outlet(String id, String locality, String city, double lat) {
        return new Outlet(id, "Shop " + id, "Main Road, " + locality + ", " + city, locality, city, null, "India",
                new GeoPoint(lat, 75.0));
    }

    private static List<String> walk(Map<String, OutletDirectory.PlaceStats> named, Map<String, String> display) {
        List<String> keys = new ArrayList<>();
        List<String> displays = new ArrayList<>();
        LocalityRuns.addRuns(named.values(), keys, displays);
        for (int i = 0; i < keys.size(); i++) {
            display.put(keys.get(i), displays.get(i));
        }
        return keys;
    }

    @Test
    void shouldGiveTheKeysAndDisplaysOfAWalkOverTheCitiesOfALocality() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Gandhi Nagar", "Indore", 22.1));
        d.put(outlet("B", "Gandhi Nagar", "Bhopal", 23.1));
        d.put(outlet("C", "Gandhinagar", "Jaipur", 26.1));
        Map<String, OutletDirectory.PlaceStats> named = d.localitiesNamed(OutletDirectory.placeKey("Gandhi Nagar"));
        assertThat(named).hasSizeGreaterThan(1);
        LocalityRuns runs = new LocalityRuns(d);
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> display = new HashMap<>();
        runs.addTo(named, keys, display);
        Map<String, String> walked = new HashMap<>();
        assertThat(keys).containsExactlyElementsOf(new LinkedHashSet<>(walk(named, walked)));
        assertThat(display).isEqualTo(walked);
    }

    @Test
    void shouldReadTheMapAgainOnceTheRegistryChanges() {
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("A", "Gandhi Nagar", "Indore", 22.1));
        d.put(outlet("B", "Gandhi Nagar", "Bhopal", 23.1));
        Map<String, OutletDirectory.PlaceStats> named = d.localitiesNamed(OutletDirectory.placeKey("Gandhi Nagar"));
        LocalityRuns runs = new LocalityRuns(d);
        runs.addTo(named, new LinkedHashSet<>(), new HashMap<>());

        d.put(outlet("C", "GANDHI NAGAR (EAST)", "Jaipur", 26.1));
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> display = new HashMap<>();
        runs.addTo(named, keys, display);
        Map<String, String> walked = new HashMap<>();
        assertThat(keys).as("the new city's locality is filed under a key of its own").hasSize(2)
                .containsExactlyElementsOf(new LinkedHashSet<>(walk(named, walked)));
        assertThat(display).isEqualTo(walked);
    }
}
