package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

/** What the outlet-matcher tests share: an outlet in a few words, and the outlet a post's words name. */
final class TestOutlets {
    private TestOutlets() {
    }

    /** An outlet whose address is its locality and city; a city whose name ends in "City" is in the Philippines. */
    static Outlet outlet(String id, String name, String locality, String city, double lat, double lon) {
        String country = city.endsWith("City") ? "Philippines" : "India";
        return new Outlet(id, name, locality + ", " + city, locality, city, null, country, new GeoPoint(lat, lon));
    }

    /** The id of the outlet the matcher reads in the post's name keys with no place constraint, or null. */
    static String matchedOutletId(OutletMatcher matcher, String post) {
        List<String> keys = new ArrayList<>();
        List<Boolean> indic = new ArrayList<>();
        for (String t : Text.tokens(post)) {
            int before = keys.size();
            Names.addKeysOfToken(t, keys);
            for (int i = before; i < keys.size(); i++) {
                indic.add(Phonetic.isIndic(t));
            }
        }
        OutletMatcher.Result r = matcher.match(keys, indic, new OutletMatcher.Constraint(Set.of(), Set.of(), null, null));
        return r.outlet() == null ? null : r.outlet().outletId();
    }
}
