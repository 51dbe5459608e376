package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The author's profile city as a prior that a stray word does not override (issue #14 item 5, session 20). When the
 * profile names a city of the registry and the text names no city, pincode or device location, a locality of
 * another city read from a word that is not that locality's own whole name does not move the city: a locality named
 * only by its first words ("Jama Masjid" of "Jama Masjid Road"), or one made only of words any town has ("Main
 * Road", "Bus Stand": {@code names/landmark-words.txt}), is as likely the writer's own town's. A locality of one
 * registry city written whole ("Melepattambi", "Shankar Road") still moves it. The shop side is
 * {@link OutletMatcher}'s {@code strayAgainstProfile}.
 */
final class ProfilePrior {
    /** Keys of the words a locality of any town is named with ({@code names/landmark-words.txt}). */
    private static final Set<String> LANDMARK_KEYS = WordTable.setOf(Names.lines("names/landmark-words.txt").stream()
            .map(String::strip).flatMap(w -> Names.keys(w).stream()).toList());

    private ProfilePrior() {
    }

    /**
     * The text's places without the localities of other cities than the profile's that only a stray word names;
     * {@code inText} itself when the profile gives no registry city or the text names a city, pincode or the post a
     * device location.
     */
    static PlaceResolver.TextPlaces withoutStrayLocalities(PlaceResolver.TextPlaces inText, PlaceResolver.Place profile,
                                                           boolean registryCity, boolean device) {
        if (profile == null || !registryCity || device || !inText.pincodes().isEmpty()
                || !inText.strayCityKeys().containsAll(inText.cityKeys())
                || inText.localities().isEmpty() && inText.firstWords().isEmpty()) {
            return inText;
        }
        String city = profile.cityKey();
        List<Map<String, OutletDirectory.PlaceStats>> localities = new ArrayList<>(inText.localities().size());
        for (Map<String, OutletDirectory.PlaceStats> named : inText.localities()) {
            if (named.containsKey(city) || !isLandmark(named)) {
                localities.add(named);
            }
        }
        List<Map<String, OutletDirectory.PlaceStats>> firstWords = new ArrayList<>(inText.firstWords().size());
        for (Map<String, OutletDirectory.PlaceStats> named : inText.firstWords()) {
            if (named.containsKey(city)) {
                firstWords.add(named);
            }
        }
        if (localities.size() == inText.localities().size() && firstWords.size() == inText.firstWords().size()) {
            return inText;
        }
        return new PlaceResolver.TextPlaces(List.copyOf(localities), inText.cityKeys(), inText.pincodes(),
                List.copyOf(firstWords), inText.strayCityKeys(), inText.strayApartKeys());
    }

    /** True when every city's name of this locality is made only of words any town's localities have. */
    static boolean isLandmark(Map<String, OutletDirectory.PlaceStats> named) {
        for (OutletDirectory.PlaceStats stats : named.values()) {
            List<String> keys = Names.keys(stats.display);
            if (keys.isEmpty() || !LANDMARK_KEYS.containsAll(keys)) {
                return false;
            }
        }
        return !named.isEmpty();
    }
}
