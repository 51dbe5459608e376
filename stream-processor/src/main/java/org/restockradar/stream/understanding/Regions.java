package org.restockradar.stream.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * States, union territories, regions and provinces ({@code names/regions.txt}): a profile part that names one of them
 * names no city ("Davao del Sur | Digos" is Digos, not Davao City), but says in which region the author is: a short
 * form ("TN", "DDN") is read as the region's name, which the registry's {@code region} column may carry.
 */
final class Regions {
    /** The key of each name and short form, to the key of the region's name (the first of its line). */
    private static final Map<String, String> NAMES = read();

    private Regions() {
    }

    private static Map<String, String> read() {
        Map<String, String> names = new HashMap<>();
        for (String line : Names.lines("names/regions.txt")) {
            String[] f = line.split("\t");
            String region = key(f[0].strip());
            if (region.isEmpty()) {
                throw new IllegalStateException("names/regions.txt: a line without a region name: '" + line + "'");
            }
            for (String name : f) {
                String k = key(name.strip());
                if (!k.isEmpty()) {
                    names.putIfAbsent(k, region);
                }
            }
        }
        return Map.copyOf(names);
    }

    private static String key(String name) {
        return String.join(" ", Names.keys(name));
    }

    /** True when the tokens, whole, are the name or short form of a state or province. */
    static boolean isRegion(List<String> tokens) {
        return of(tokens) != null;
    }

    /** The key of the region the tokens, whole, name (by its name or a short form), or null. */
    static String of(List<String> tokens) {
        List<String> keys = Names.keys(tokens);
        return keys.isEmpty() ? null : NAMES.get(String.join(" ", keys));
    }

    /**
     * The key of a registry outlet's region ("Tamil Nadu", "TN" both read as Tamil Nadu), or of its words as written
     * when the list lacks it; null for none.
     */
    static String ofRegistry(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String k = key(region);
        return k.isEmpty() ? null : NAMES.getOrDefault(k, k);
    }
}
