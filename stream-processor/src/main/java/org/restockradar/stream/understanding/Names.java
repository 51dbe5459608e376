package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How shop and place names are compared: the abbreviations people use ("gen stores", "opp", "nr stn", "sec 18")
 * are written out, plurals dropped, filler words left out, and each token reduced to its {@link Phonetic} key.
 */
public final class Names {
    /** Keys of tokens already seen: words repeat across posts and names, and a key costs a few allocations. */
    private static final int KEY_CACHE_LIMIT = 500_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEY_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("gen", "general"), Map.entry("genl", "general"), Map.entry("gnrl", "general"),
            Map.entry("gen.", "general"), Map.entry("str", "store"), Map.entry("strs", "store"),
            Map.entry("stors", "store"), Map.entry("prov", "provision"), Map.entry("kiryana", "kirana"),
            Map.entry("kiraana", "kirana"), Map.entry("supermkt", "supermarket"), Map.entry("smkt", "supermarket"),
            Map.entry("mkt", "market"), Map.entry("sec", "sector"), Map.entry("sect", "sector"),
            Map.entry("ph", "phase"), Map.entry("stn", "station"), Map.entry("opp", "opposite"),
            Map.entry("nr", "near"), Map.entry("rd", "road"), Map.entry("chemists", "chemist"),
            Map.entry("medicals", "medical"), Map.entry("shri", "shree"), Map.entry("sri", "shree"),
            Map.entry("seven", "7"), Map.entry("711", "7 eleven"), Map.entry("sarisari", "sari sari"),
            Map.entry("w", "west"), Map.entry("e", "east"), Map.entry("bazar", "bazaar"),
            Map.entry("brgy", "barangay"), Map.entry("blvd", "boulevard"), Map.entry("ave", "avenue"),
            Map.entry("st", "street"));

    /** Keys that transliterated words take for words written above: "स्टोर" gives "stor", the key of "store". */
    private static final Map<String, String> KEY_SYNONYMS = Map.of(
            Phonetic.key("stor"), Phonetic.key("store"), Phonetic.key("janral"), Phonetic.key("general"),
            Phonetic.key("janaral"), Phonetic.key("general"), Phonetic.key("jenral"), Phonetic.key("general"),
            Phonetic.key("kiranaa"), Phonetic.key("kirana"), Phonetic.key("supar"), Phonetic.key("super"),
            Phonetic.key("markit"), Phonetic.key("market"));

    /** Words of a shop name that many shops share: they count little and are never required. */
    static final Set<String> GENERIC = keysOf(Set.of("general", "store", "kirana", "provision", "supermarket",
            "mart", "mini", "pharmacy", "chemist", "medical", "sari", "tindahan", "grocery", "shop", "bazaar",
            "market", "new", "shree", "the", "and", "co", "centre", "center", "stall", "enterprise", "trader",
            "agency", "drug", "drugstore", "convenience", "mall", "grand", "departmental", "department", "fresh", "smart", "daily", "needs", "variety", "retail"));

    /** Words that carry no name at all. */
    static final Set<String> FILLER = keysOf(Set.of("and", "the", "of", "ni", "ng", "ka", "ki", "ke", "wala",
            "wale", "ji", "near", "opposite", "at", "in", "sa", "pe", "par", "mein", "me"));

    /** Words after a place name that only say which part of it: "Andheri West", "DLF Phase 3". */
    static final Set<String> PLACE_QUALIFIERS = keysOf(Set.of("west", "east", "north", "south", "phase", "sector",
            "nagar", "road", "city"));

    private Names() {
    }

    private static Set<String> keysOf(Set<String> words) {
        return Set.copyOf(words.stream().map(Names::canonicalKey).toList());
    }

    /** The comparable key of one token: synonyms written out, plural dropped, phonetic key. */
    public static String canonicalKey(String token) {
        String cached = KEY_CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        String key = computeKey(token);
        if (KEY_CACHE.size() >= KEY_CACHE_LIMIT) {
            KEY_CACHE.clear();
        }
        KEY_CACHE.put(token, key);
        return key;
    }

    private static String computeKey(String token) {
        String t = SYNONYMS.getOrDefault(token, token);
        if (t.length() >= 5 && t.endsWith("s") && !t.endsWith("ss") && Text.isLatin(t)) {
            t = t.substring(0, t.length() - 1);
        }
        String key = Phonetic.key(t);
        return KEY_SYNONYMS.getOrDefault(key, key);
    }


    /** The comparable keys of a name or text, one per token (synonyms may give two). */
    public static List<String> keys(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        List<String> merged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() == 1 && Character.isLetter(t.charAt(0)) && Text.isLatin(t)
                    && i + 1 < tokens.size() && tokens.get(i + 1).length() == 1 && Character.isLetter(tokens.get(i + 1).charAt(0))) {
                StringBuilder b = new StringBuilder(t);
                while (i + 1 < tokens.size() && tokens.get(i + 1).length() == 1 && Character.isLetter(tokens.get(i + 1).charAt(0))) {
                    b.append(tokens.get(++i));
                }
                merged.add(b.toString());
            } else {
                merged.add(t);
            }
        }
        for (String token : merged) {
            String syn = SYNONYMS.get(token);
            if (syn != null && syn.indexOf(' ') > 0) {
                for (String part : syn.split(" ")) {
                    keys.add(canonicalKey(part));
                }
            } else {
                keys.add(canonicalKey(token));
            }
        }
        return keys;
    }

    /** Adds the keys of one token to {@code out}, as {@link #keys(List)} gives them for a one-token list. */
    static void addKeysOfToken(String token, List<String> out) {
        String syn = SYNONYMS.get(token);
        if (syn != null && syn.indexOf(' ') > 0) {
            for (String part : syn.split(" ")) {
                out.add(canonicalKey(part));
            }
        } else {
            out.add(canonicalKey(token));
        }
    }

    /** The comparable keys of a free text. */
    public static List<String> keys(String text) {
        return keys(Text.tokens(text));
    }
}
