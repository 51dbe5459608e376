package org.restockradar.stream.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the words of a post that stand as a person's name in a phrase for that person's shop ("Sharma ji ki dukan",
 * "Hegde avara angadi", "tindahan ni Aling Nena"), from {@code names/owner-words.tsv}. Such a name is the keeper's: a
 * shop whose name carries it is the one meant only when the post names its locality too (session 19).
 */
final class OwnerWords {
    /** The most words of a person's name read before or after the words that mark it ("Ram Prasad ji"). */
    static final int MAX_NAME_WORDS = 3;

    private static final Set<String> TITLE = new HashSet<>();
    private static final Set<String> OF = new HashSet<>();
    private static final Set<String> BEFORE = new HashSet<>();
    private static final Set<String> SHOP = new HashSet<>();

    static {
        for (String line : Names.lines("names/owner-words.tsv")) {
            String[] f = line.strip().split("\t");
            if (f.length != 2 || f[1].isBlank()) {
                throw new IllegalStateException("expected role<TAB>word in names/owner-words.tsv: " + line);
            }
            String key = Names.canonicalKey(Text.normalise(f[1].strip()));
            switch (f[0]) {
                case "title" -> TITLE.add(key);
                case "of" -> OF.add(key);
                case "before" -> BEFORE.add(key);
                case "shop" -> SHOP.add(key);
                default -> throw new IllegalStateException("unknown role in names/owner-words.tsv: " + line);
            }
        }
    }

    private OwnerWords() {
    }

    /** The keys of the post (in order) that name a shop's keeper; empty, the usual case, when none does. */
    static Set<String> ownerKeys(List<String> keys) {
        Set<String> owners = null;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            boolean after = TITLE.contains(k) || OF.contains(k) && i + 1 < keys.size() && isShopWord(keys.get(i + 1));
            boolean before = BEFORE.contains(k) && i > 0 && isShopWord(keys.get(i - 1));
            if (after) {
                for (int j = i - 1; j >= 0 && i - j <= MAX_NAME_WORDS && isNameWord(keys.get(j)); j--) {
                    owners = add(owners, keys.get(j));
                }
            }
            if (before) {
                int j = i + 1;
                while (j < keys.size() && Names.KIND_WORDS.contains(keys.get(j))) {
                    j++; // a form of address: "ni Aling Nena", "ni Mang Ben"
                }
                for (int n = 0; j < keys.size() && n < MAX_NAME_WORDS && isNameWord(keys.get(j)); j++, n++) {
                    owners = add(owners, keys.get(j));
                }
            }
        }
        return owners == null ? Set.of() : owners;
    }

    private static Set<String> add(Set<String> owners, String key) {
        Set<String> out = owners == null ? new HashSet<>(4) : owners;
        out.add(key);
        return out;
    }

    /** A word for a shop: a generic or kind word of names, or one of the file's ("dokane", "kadayil", "yahan"). */
    static boolean isShopWord(String key) {
        return SHOP.contains(key) || Names.GENERIC.contains(key) || Names.KIND_WORDS.contains(key);
    }

    private static boolean isNameWord(String key) {
        return key.length() >= 2 && Names.isProper(key) && !Names.FILLER.contains(key) && !TITLE.contains(key)
                && !OF.contains(key) && !SHOP.contains(key);
    }
}
