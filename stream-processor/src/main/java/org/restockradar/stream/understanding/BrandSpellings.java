package org.restockradar.stream.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brand's name as people really write it, for a word that matched no alias exactly: misspelt ("Jalveera",
 * "Jallvira", "Jlavira", "Zalvira"), in another script ("জলভিরা") or glued to an ending or a word ("Jalvirawala",
 * "Jalvirayil", "#jalvirasoda"). Words of one or two letters more or less than the alias are compared by a
 * Damerau-Levenshtein distance in which a letter may stand only for a like one (a vowel for a vowel, a key for a
 * neighbouring key, a sound for a like sound: b/v/w, k/c/q, j/z), on the letters and on the phonetic keys
 * ({@link Phonetic}). The distance allowed scales with length ({@link #allowed}) and the alias's distinctiveness: an
 * alias that is an everyday word (of the lexicons or {@code catalog/common-words.txt}) meets only words of its
 * phonetic key ("Sacto" for "Sakto"), and no word of the lexicons or that list is ever read as a brand. The first
 * sound must agree, and a final "a" turned "e" or "i" is an inflection of an everyday word (Hindi "chatkare"), not a
 * misspelling. Endings are data: {@code catalog/brand-suffixes.txt}. A word that is the name of a brand the catalog
 * does not track ({@link OtherBrands}: "Limca" when "Limco" is tracked), or that is nearer to such a name than to the
 * tracked alias, is not the tracked brand. Every spelling met by an edit or by its phonetic key is a <em>near</em>
 * spelling ({@link Found#near}): it may as well be another name that looks like the tracked one. Built once per
 * catalog; a lookup allocates only for a word that passes the length and first-sound checks of some alias.
 */
final class BrandSpellings {

    /**
     * A brand found in one word; {@code near} when the word is not the alias itself but a spelling within edits of
     * it, by letters or by phonetic key: a slip in writing the name ("Jallvira", "Jlavira", "Zalvira") and another
     * name that looks like it ("Jalvita") are written alike, so neither is sure. Not near: the alias in an Indic script
     * of the same phonetic key, or the alias glued to an ending or a word.
     */
    record Found(Catalog.Brand brand, boolean handle, boolean near) {
        Found(Catalog.Brand brand, boolean handle) {
            this(brand, handle, false);
        }

        /** The same brand, near; a spelling near a hashtag alias is no hashtag of the brand. */
        Found asNear() {
            return new Found(brand, false, true);
        }
    }

    /** An alias tried: its letters, its phonetic key, and whether it is an everyday word (only its key then). */
    private record Alias(String text, String key, Found found, boolean common, int letters, int keyLetters) {
        Alias(String text, String key, Found found, boolean common) {
            this(text, key, found, common, letterSet(text), letterSet(key));
        }
    }

    /** The letters a to z a word holds, as bits: one edit changes at most two, so a cheap test before the distance. */
    static int letterSet(String w) {
        int set = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                set |= 1 << (c - 'a');
            }
        }
        return set;
    }

    /** Aliases shorter than this are never matched but exactly: too many words lie one edit from them. */
    static final int SHORTEST_ALIAS = 5;
    /** Aliases shorter than this are never met by a spelling of their sounds either. */
    static final int SHORTEST_SHORT_ALIAS = 3;
    /** Words shorter than this are never tried. */
    private static final int SHORTEST_WORD = 4;

    private final List<Alias> latin = new ArrayList<>();
    private final List<Alias> keys = new ArrayList<>();
    /**
     * The phonetic keys of Latin aliases too short for an edit (three or four letters, "Nila", "Aalo"), which meet only
     * a word of the same sounds ("Nilla", "Neela"), as a near spelling (session 15).
     */
    private final Map<String, Found> shortKeys = new HashMap<>();
    /** The Latin aliases by their first sound, the keys by theirs, and the aliases by their last letter (a to z). */
    private final Alias[][] latinBySound = new Alias[26][];
    private final Alias[][] keysBySound = new Alias[26][];
    private final Alias[][] latinByLast = new Alias[26][];
    private final Set<String> common;
    /** Words never read as a brand: {@link #common} and the one-word names of brands the catalog does not track. */
    private final Set<String> never;
    /** The single-word names of brands the catalog does not track by first sound, and their phonetic keys. */
    private final Alias[][] rivalsBySound = new Alias[26][];
    private final Set<String> rivalKeys = new HashSet<>();
    private final Set<String> catalogWords;
    private final String[] suffixes;

    private BrandSpellings(Catalog catalog, Set<String> common, List<String> suffixes, OtherBrands others) {
        this.common = common;
        Set<String> guard = new HashSet<>(common);
        guard.addAll(others.singleNames());
        this.never = WordTable.setOf(guard);
        this.suffixes = suffixes.toArray(new String[0]);
        this.catalogWords = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Catalog.Brand brand : catalog.brands()) {
            List<String> names = new ArrayList<>(brand.aliases());
            names.add(0, brand.name());
            for (String name : names) {
                String trimmed = name.trim();
                boolean handle = trimmed.startsWith("@") || trimmed.startsWith("#");
                List<String> tokens = Text.tokens(trimmed);
                if (tokens.size() != 1 || trimmed.startsWith("@")) {
                    continue;
                }
                String t = tokens.get(0);
                boolean isCommon = common.contains(t);
                Found found = new Found(brand, handle);
                String key = Phonetic.key(t);
                if (Text.isLatin(t) && letters(t) && t.length() >= SHORTEST_ALIAS && seen.add(t)) {
                    latin.add(new Alias(t, key, found, isCommon));
                }
                if (Text.isLatin(t) && letters(t) && t.length() >= SHORTEST_SHORT_ALIAS && t.length() < SHORTEST_ALIAS
                        && !handle) {
                    // an everyday-word alias meets only words of its own sounds, as the longer ones do
                    shortKeys.putIfAbsent(key, found);
                }
                if (Text.isLatin(key) && key.length() >= SHORTEST_ALIAS - 1 && seen.add("#key " + key)) {
                    keys.add(new Alias(key, key, found, isCommon));
                }
            }
            brand.categoryWords().forEach(w -> catalogWords.addAll(Text.tokens(w)));
            for (Catalog.Product p : brand.products()) {
                if (p.name() != null) {
                    catalogWords.addAll(Text.tokens(p.name()));
                }
                p.aliases().forEach(a -> catalogWords.addAll(Text.tokens(a)));
            }
        }
        catalogWords.removeIf(w -> w.length() < 3 || !letters(w));
        bucket(latin, latinBySound, true);
        bucket(keys, keysBySound, true);
        bucket(latin, latinByLast, false);
        List<Alias> rivals = new ArrayList<>();
        for (String name : others.singleNames()) {
            if (Text.isLatin(name) && letters(name) && name.length() >= SHORTEST_WORD) {
                rivals.add(new Alias(name, Phonetic.key(name), null, false));
                rivalKeys.add(Phonetic.key(name));
            }
        }
        bucket(rivals, rivalsBySound, true);
    }

    private static void bucket(List<Alias> aliases, Alias[][] into, boolean bySound) {
        for (int c = 0; c < 26; c++) {
            List<Alias> in = new ArrayList<>();
            for (Alias a : aliases) {
                char k = bySound ? sound(a.text(), 0) : a.text().charAt(a.text().length() - 1);
                if (k == 'a' + c) {
                    in.add(a);
                }
            }
            into[c] = in.toArray(new Alias[0]);
        }
    }

    private static Alias[] of(Alias[][] buckets, char c) {
        return c >= 'a' && c <= 'z' ? buckets[c - 'a'] : NONE;
    }

    private static final Alias[] NONE = new Alias[0];

    /**
     * The spellings of a catalog's brands, guarded by the shipped lexicons, the common-word list and the brands the
     * catalog does not track.
     */
    static BrandSpellings of(Catalog catalog) {
        return of(catalog, OtherBrands.of(catalog));
    }

    /** The spellings of a catalog's brands, guarded by the lexicons, the common-word list and {@code others}. */
    static BrandSpellings of(Catalog catalog, OtherBrands others) {
        Set<String> common = new HashSet<>(lines("catalog/common-words.txt"));
        for (Lexicon.Entry e : Lexicon.shipped().entries()) {
            common.addAll(e.tokens());
        }
        return new BrandSpellings(catalog, Set.copyOf(common), lines("catalog/brand-suffixes.txt"), others);
    }

    /** True when no alias can be tried. */
    boolean isEmpty() {
        return latin.isEmpty() && keys.isEmpty();
    }

    /**
     * The brand a word not matched exactly stands for, or null. {@code key} is the word's phonetic key when the caller
     * has it (posts in an Indic script), else null.
     */
    /**
     * How many letters longer or shorter than a name a spelling of its same sounds may be: "Kirzo" for "Kheerzo" drops
     * the "h" of "kh" and one "e" of "ee"; three such pairs in one name is as far as a spelling by sound goes.
     */
    static final int SAME_SOUND_LETTERS = 3;

    Found find(String token, String key) {
        int n = token.length();
        if (n < SHORTEST_WORD || never.contains(token)) {
            return null; // a lexicon word, an everyday word, another brand's name ("Limca" for a tracked "Limco")
        }
        if (!Text.isLatin(token)) {
            String k = key != null ? key : Phonetic.key(token);
            Found byKey = byKey(k);
            return byKey != null || !isTamil(token) ? byKey : byTamilKey(k);
        }
        if (!letters(token)) {
            return null;
        }
        for (Alias a : of(latinByLast, token.charAt(n - 1))) {
            int m = a.text().length();
            if (n > m + 1 && !a.common() && token.endsWith(a.text()) && isWord(token.substring(0, n - m))) {
                return a.found(); // "#nojalvira"
            }
        }
        String tokenKey = null;
        if (!shortKeys.isEmpty()) {
            tokenKey = Phonetic.key(token);
            Found shortName = shortKeys.get(tokenKey);
            if (shortName != null && n <= tokenKey.length() + 2) {
                return shortName.asNear(); // "Nilla", "Neela" for a tracked "Nila": the same sounds
            }
        }
        int tokenLetters = -1;
        for (Alias a : of(latinBySound, sound(token, 0))) {
            String alias = a.text();
            int m = alias.length();
            if (n > m && token.startsWith(alias) && gluedAfter(token, m, a.common())) {
                return a.found();
            }
            int max = allowed(Math.min(n, m));
            if (max == 0) {
                continue;
            }
            tokenLetters = tokenLetters < 0 ? letterSet(token) : tokenLetters;
            int apart = Integer.bitCount(tokenLetters ^ a.letters());
            if (Math.abs(n - m) > max || apart > 2 * max + 2) {
                // too far for an edit of the letters, but maybe the same sounds: "Fulika" for "Phoolika", "Kirzo"
                // for "Kheerzo" ("ph", "kh", "ee", "oo" are one sound in two letters)
                if (Math.abs(n - m) <= SAME_SOUND_LETTERS) {
                    tokenKey = tokenKey == null ? Phonetic.key(token) : tokenKey;
                    if (tokenKey.equals(a.key())) {
                        return a.found().asNear();
                    }
                    // the same sounds but one slip of them: "Sooriyela" ("suriela") for "Suryela" (session 16)
                    int keyMax = allowed(Math.min(tokenKey.length(), a.key().length()));
                    int keyD = !a.common() && keyMax > 0 && Math.abs(tokenKey.length() - a.key().length()) <= keyMax
                            && !inflection(alias, token) ? distance(a.key(), tokenKey, keyMax) : keyMax + 1;
                    if (keyD <= keyMax && !nearerToAnother(tokenKey, keyD, true)) {
                        return a.found().asNear();
                    }
                }
                continue;
            }
            int d = !a.common() && apart <= 2 * max && !inflection(alias, token)
                    ? distance(alias, token, max) : max + 1;
            if (d <= max) {
                return nearerToAnother(token, d, false) ? null : a.found().asNear();
            }
            if (apart > 2 * max + 2) {
                continue; // too far for a spelling of the same sounds too ("ph" for "f", "x" for "ks")
            }
            if (tokenKey == null) {
                tokenKey = Phonetic.key(token);
            }
            if (tokenKey.equals(a.key())) {
                return a.found().asNear(); // "Jalveera": the same sounds, another spelling
            }
            int keyMax = allowed(Math.min(tokenKey.length(), a.key().length()));
            int keyD = !a.common() && keyMax > 0 && Integer.bitCount(letterSet(tokenKey) ^ a.keyLetters()) <= 2 * keyMax
                    && !inflection(alias, token) ? distance(a.key(), tokenKey, keyMax) : keyMax + 1;
            if (keyD <= keyMax) {
                return nearerToAnother(tokenKey, keyD, true) ? null : a.found().asNear();
            }
        }
        return null;
    }

    /** True when the token holds a letter of the Tamil script. */
    static boolean isTamil(String token) {
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch >= 0x0B80 && ch <= 0x0BFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phonetic key as the Tamil script can write it: one letter (ச) for the "s", "ch", "j" and "z" of a Latin name,
     * none for an aspirate ("ph", "f" are ப; "kh" is க) or a lone "h". Voiced and voiceless stops already meet in
     * {@link Phonetic#key}. So "சோர்பிட்டோ" ("chorpitto") meets "Zorbito", and "பூலிகா" meets "Phoolika".
     */
    static String tamilFold(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            switch (ch) {
                case 'c', 'j', 'z' -> b.append('s');
                case 'f' -> b.append('p');
                case 'h' -> {
                    if (i == 0) {
                        b.append('h');
                    }
                }
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * A word of the Tamil script that no alias's key met, by its {@link #tamilFold} against every alias's: the same
     * fold is the name written in Tamil letters; within the edits of a spelling, a near spelling (session 16: Tamil
     * writes "Zorbito" with ச, so its first sound was another and {@link #byKey} never tried it).
     */
    private Found byTamilKey(String key) {
        if (!Text.isLatin(key) || key.length() < SHORTEST_WORD || rivalKeys.contains(key)) {
            return null;
        }
        String folded = tamilFold(key);
        Found near = null;
        for (Alias[] bucket : keysBySound) {
            for (Alias a : bucket) {
                String aliasFolded = tamilFold(a.key());
                if (aliasFolded.isEmpty() || aliasFolded.charAt(0) != folded.charAt(0)) {
                    continue;
                }
                if (folded.equals(aliasFolded)) {
                    return a.found();
                }
                int max = allowed(Math.min(folded.length(), aliasFolded.length()));
                int d = near == null && !a.common() && max > 0 && Math.abs(folded.length() - aliasFolded.length()) <= max
                        ? distance(aliasFolded, folded, max) : max + 1;
                if (d <= max && !nearerToAnother(key, d, true)) {
                    near = a.found().asNear();
                }
            }
        }
        return near;
    }

    /** A word of an Indic script, by its phonetic key against every alias's key. */
    private Found byKey(String key) {
        if (!Text.isLatin(key) || key.length() < SHORTEST_WORD) {
            return null;
        }
        boolean anotherBrand = rivalKeys.contains(key); // "लिम्का" is "Limca" when "Limco" is tracked
        for (Alias a : of(keysBySound, sound(key, 0))) {
            if (key.equals(a.key())) {
                return a.found(); // the name in another script
            }
            if (anotherBrand) {
                continue;
            }
            int max = allowed(Math.min(key.length(), a.key().length()));
            int d = !a.common() && max > 0 && Math.abs(key.length() - a.key().length()) <= max
                    && Integer.bitCount(letterSet(key) ^ a.keyLetters()) <= 2 * max
                    ? distance(a.key(), key, max) : max + 1;
            if (d <= max) {
                return nearerToAnother(key, d, true) ? null : a.found().asNear();
            }
        }
        return null;
    }

    /**
     * True when a word {@code d} edits from a tracked alias is fewer edits from the name of a brand the catalog does
     * not track ({@link OtherBrands}), by letters or, with {@code byKey}, by phonetic keys: it is that brand's
     * spelling. A name as near as the alias leaves the word a near spelling of both.
     */
    private boolean nearerToAnother(String word, int d, boolean byKey) {
        int closer = d - 1;
        for (Alias r : of(rivalsBySound, sound(word, 0))) {
            String rival = byKey ? r.key() : r.text();
            if (Math.abs(rival.length() - word.length()) <= closer && distance(rival, word, closer) <= closer) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edits allowed for a word and an alias whose shorter has {@code letters} letters: none below five, one for five
     * to seven, two from eight (the usual bounds of spelling correction: about one typing slip in six letters).
     */
    static int allowed(int letters) {
        return letters >= 8 ? 2 : letters >= SHORTEST_ALIAS ? 1 : 0;
    }

    /** True when what follows the alias in the word is an ending of the list, or a word of the catalog or lexicons. */
    private boolean gluedAfter(String token, int from, boolean commonAlias) {
        int rest = token.length() - from;
        if (!commonAlias) {
            for (String s : suffixes) {
                if (s.length() == rest && token.regionMatches(from, s, 0, rest)) {
                    return true;
                }
            }
        }
        if (rest < 3) {
            return false;
        }
        String after = token.substring(from);
        return catalogWords.contains(after) || !commonAlias && common.contains(after);
    }

    private boolean isWord(String w) {
        return common.contains(w) || catalogWords.contains(w);
    }

    /** "chatkara" and "chatkare": the alias's final "a" as "e" or "i", the rest equal. */
    private static boolean inflection(String alias, String token) {
        int m = alias.length();
        if (m != token.length() || alias.charAt(m - 1) != 'a') {
            return false;
        }
        char last = token.charAt(m - 1);
        return (last == 'e' || last == 'i') && alias.regionMatches(0, token, 0, m - 1);
    }

    /**
     * The first sound of a word: letters written for one sound meet (c/k/q, j/z, v/w, f/ph; "ch" before "r" is "k",
     * as in English "Chris" and "chrome").
     */
    static char sound(String w, int at) {
        char c = w.charAt(at);
        return switch (c) {
            case 'c', 'q' -> w.length() > at + 1 && w.charAt(at + 1) == 'h'
                    && !(w.length() > at + 2 && w.charAt(at + 2) == 'r') ? 'c' : 'k';
            case 'z' -> 'j';
            case 'w' -> 'v';
            case 'p' -> w.length() > at + 1 && w.charAt(at + 1) == 'h' ? 'f' : 'p';
            default -> c;
        };
    }

    private static final String VOWELS = "aeiouy";
    /** QWERTY neighbours of each letter a to z. */
    private static final String[] KEYS = {
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};
    /** Letters that stand for one sound in the spellings people use. */
    private static final String[] SOUNDS = {"bvwp", "kcqg", "jz", "sz", "dt", "fp"};

    /** Bit {@code b} of {@code ALIKE[a]} set when letter b may stand for letter a (both a to z): built once. */
    private static final int[] ALIKE = new int[26];

    static {
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                boolean like = a == b || VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0 || KEYS[a - 'a'].indexOf(b) >= 0;
                for (String s : SOUNDS) {
                    like |= s.indexOf(a) >= 0 && s.indexOf(b) >= 0;
                }
                if (like) {
                    ALIKE[a - 'a'] |= 1 << (b - 'a');
                }
            }
        }
    }

    /** True when one letter may stand for the other in a misspelling: vowels, neighbouring keys, like sounds. */
    static boolean alike(char a, char b) {
        if (a == b) {
            return true;
        }
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && (ALIKE[a - 'a'] & 1 << (b - 'a')) != 0;
    }

    /** True when two letters (a to z) are neighbouring keys of a QWERTY keyboard. */
    static boolean neighbourKeys(char a, char b) {
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && KEYS[a - 'a'].indexOf(b) >= 0;
    }

    /** True when two different letters stand for one sound in the spellings people use ("v"/"w", "k"/"c"). */
    static boolean sameSound(char a, char b) {
        for (String s : SOUNDS) {
            if (a != b && s.indexOf(a) >= 0 && s.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment) capped at {@code max + 1}, in which a substitution of
     * letters not {@link #alike} costs two (a deletion and an insertion).
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                int cost = x == y ? 0 : alike(x, y) ? 1 : 2;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], max + 1);
    }

    private static boolean letters(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The lines of a data file on the class path, normalised, without blank lines and {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = BrandSpellings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog data missing from the class path: " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(Text.normalise(w));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog data " + resource, e);
        }
    }
}
