package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The place part of a report's explanation ({@link Evidence#place()}): which evidence decided the city of a report
 * without a single outlet, and what else the post gave (device location, locality, pincode, city named, profile
 * city), most trusted first. Built only for reports that go to "needs location"; a report with an outlet says so in a
 * constant of {@link UnderstandingStage}.
 */
final class PlaceExplanation {

    /** The evidence that decided a report's city, as the explanation names it. */
    enum CitySource {
        CANDIDATES("the same-named shops' one city"),
        DEVICE("device location"),
        LOCALITY("locality named"),
        PINCODE("pincode"),
        CITY_NAMED("city named"),
        PROFILE("author's profile"),
        NONE("nothing");

        private final String words;

        CitySource(String words) {
            this.words = words;
        }
    }

    /** Localities listed at most, then "...". */
    private static final int MAX_LOCALITIES = 3;

    private PlaceExplanation() {
    }

    /**
     * "no single outlet (n candidates by name); city by <source>; seen: ...", with the device location the text
     * overruled (it named another city) said as such.
     */
    static String withoutOutlet(int candidates, CitySource from, PlaceResolver.Place device, Set<String> localityKeys,
                                Map<String, String> localityDisplay, PlaceResolver.Place pin, Set<String> cityKeys,
                                PlaceResolver.Place profile, PlaceResolver.Place overruled) {
        StringBuilder b = new StringBuilder("no single outlet");
        if (candidates > 0) {
            b.append(" (").append(candidates).append(" candidates by name)");
        }
        b.append("; city by ").append(from.words);
        List<String> seen = new ArrayList<>(6);
        if (device != null) {
            seen.add("device location in " + device.city() + (device.locality() == null ? "" : "/" + device.locality()));
        }
        if (overruled != null) {
            seen.add("device location in " + overruled.city() + " (the text names another city)");
        }
        if (!localityKeys.isEmpty()) {
            List<String> names = new ArrayList<>(MAX_LOCALITIES);
            for (String k : localityKeys) {
                names.add(localityDisplay.getOrDefault(k, k));
                if (names.size() == MAX_LOCALITIES) {
                    break;
                }
            }
            seen.add("locality " + String.join("|", names) + (localityKeys.size() > MAX_LOCALITIES ? "|..." : ""));
        }
        if (pin != null) {
            seen.add("pincode in " + pin.city());
        }
        if (!cityKeys.isEmpty()) {
            seen.add("city named " + String.join("|", cityKeys));
        }
        if (profile != null) {
            seen.add("profile city " + profile.city());
        }
        if (!seen.isEmpty()) {
            b.append("; seen: ").append(String.join(", ", seen));
        }
        return b.toString();
    }
}
