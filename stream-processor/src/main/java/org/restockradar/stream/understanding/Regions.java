package org.restockradar.stream.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * States, union territories, regions and provinces ({@code names/regions.txt}): a profile part that names one of them
 * names no city ("Davao del Sur | Digos" is Digos, not Davao City).
 */
final class Regions {
    private static final Set<String> KEYS = read();

    private Regions() {
    }

    private static Set<String> read() {
        Set<String> keys = new HashSet<>();
        for (String line : Names.lines("names/regions.txt")) {
            List<String> k = Names.keys(line.strip());
            if (!k.isEmpty()) {
                keys.add(String.join(" ", k));
            }
        }
        return Set.copyOf(keys);
    }

    /** True when the tokens, whole, are the name or short form of a state or province. */
    static boolean isRegion(List<String> tokens) {
        List<String> keys = Names.keys(tokens);
        return !keys.isEmpty() && KEYS.contains(String.join(" ", keys));
    }
}
