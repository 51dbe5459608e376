package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that tell one brand's products apart ("mango", "jeera", "chocolate"), read as people write them: exactly,
 * in the words other languages have for them ({@code catalog/product-words.tsv}: "aam", "mangga", "टमाटर",
 * "தக்காளி"), in another script by phonetic key ("मैंगो", "ஜீரா"), misspelt within the edits {@link BrandSpellings}
 * allows a word of that length ("mangoo", "choclate", "lemn", "zeera"), cut short ("choco"), without its vowels
 * ("mngo"), or two of them glued ("mangofizz"). Built once per brand; a word of the lexicons or the common-word list is
 * only ever read exactly.
 */
final class ProductWords {

    /** A telling word: its letters, phonetic key, consonants, and the products that carry it. */
    private record Word(String text, String key, String consonants, Set<Catalog.Product> products) {
    }

    /** Shortest word read by an edit, a prefix or its consonants: shorter ones are read only exactly. */
    static final int SHORTEST_FUZZY = 4;
    /** Consonants a vowel-less spelling must keep to be read as a word ("mng" of "mango"). */
    private static final int SHORTEST_SKELETON = 3;

    /** The groups of words for one flavour or variant in several languages, each word to its group's number. */
    private static final Map<String, Integer> SYNONYMS = new HashMap<>();
    /** The same by phonetic key, so that a spelling of another script meets the group. */
    private static final Map<String, Integer> SYNONYM_KEYS = new HashMap<>();
    private static final List<List<String>> GROUPS = new ArrayList<>();
    /** Words never read by an edit as a product word: the lexicons' and the common-word list's. */
    private static final Set<String> GUARD = new HashSet<>();
    /**
     * The phonetic keys of the endings glued to a word ({@code catalog/brand-suffixes.txt}: case endings,
     * postpositions, "-wala"), longest first: a word of another script is also read without one ("মশলার", of
     * masala; "टमाटरवाला", the tomato one).
     */
    private static final List<String> ENDING_KEYS;
    /** Letters of a key a word must keep once an ending is cut off; one more after an ending of one letter. */
    private static final int SHORTEST_STEM = 3;

    static {
        for (String line : BrandSpellings.lines("catalog/product-words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("expected 2 fields in catalog/product-words.tsv: " + line);
            }
            List<String> group = new ArrayList<>();
            group.add(f[0].strip());
            for (String w : f[1].strip().split(" +")) {
                group.add(w);
            }
            for (int i = 0, n = group.size(); i < n; i++) {
                // as a post's words are looked up: without a Latin plural "s" ("kamatis" as "kamati")
                String canonical = CatalogMatcher.canonical(group.get(i));
                if (!canonical.equals(group.get(i))) {
                    group.add(canonical);
                }
            }
            int id = GROUPS.size();
            GROUPS.add(List.copyOf(group));
            for (String w : group) {
                SYNONYMS.putIfAbsent(w, id);
                String key = Phonetic.key(w);
                if (key.length() >= SHORTEST_SKELETON) {
                    SYNONYM_KEYS.putIfAbsent(key, id);
                }
            }
        }
        Set<String> endings = new HashSet<>();
        for (String e : BrandSpellings.lines("catalog/brand-suffixes.txt")) {
            String key = Phonetic.key(e.strip());
            if (!key.isEmpty()) {
                endings.add(key);
            }
        }
        List<String> longestFirst = new ArrayList<>(endings);
        longestFirst.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        ENDING_KEYS = List.copyOf(longestFirst);
        GUARD.addAll(BrandSpellings.lines("catalog/common-words.txt"));
        for (Lexicon.Entry e : Lexicon.shipped().entries()) {
            GUARD.addAll(e.tokens());
        }
    }

    private final Map<String, Set<Catalog.Product>> byWord = new HashMap<>();
    private final Map<String, Set<Catalog.Product>> byKey = new HashMap<>();
    private final List<Word> words = new ArrayList<>();
    /**
     * The words of other languages for the telling words, in Latin letters and of four letters or more ("tamatar"),
     * read misspelt too ("tamater"); only by edits, never cut short or without vowels.
     */
    private final List<Word> translations = new ArrayList<>();
    /** The telling words and their translations: those a Latin word is compared with by edits. */
    private final List<Word> spelt;
    private final int shortest;
    private final int longest;
    /** The answers of {@link #of} for words not in {@link #byWord}, {@link #NONE} for none; cleared when full. */
    private final ConcurrentHashMap<String, Set<Catalog.Product>> read = new ConcurrentHashMap<>();
    private static final int READ_LIMIT = 100_000;
    /** The answer "no product" in {@link #read} (told by identity). */
    private static final Set<Catalog.Product> NONE = Collections.unmodifiableSet(new HashSet<>());

    private ProductWords(Map<String, Set<Catalog.Product>> telling) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Map.Entry<String, Set<Catalog.Product>> e : telling.entrySet()) {
            String w = e.getKey();
            Set<Catalog.Product> products = e.getValue();
            String key = Phonetic.key(w);
            if (w.length() >= SHORTEST_FUZZY) {
                // a telling word of three letters ("hot", "cow") is read as written or by its group, never misspelt
                words.add(new Word(w, key, CatalogMatcher.consonants(w), products));
            }
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
            merge(byWord, w, products);
            merge(byKey, key, products);
            Integer group = SYNONYMS.get(w);
            if (group == null) {
                group = SYNONYM_KEYS.get(key);
            }
            if (group != null) {
                for (String other : GROUPS.get(group)) {
                    if (!telling.containsKey(other)) {
                        merge(byWord, other, products);
                        merge(byKey, Phonetic.key(other), products);
                        if (other.length() >= SHORTEST_FUZZY && Text.isLatin(other)) {
                            translations.add(new Word(other, Phonetic.key(other), CatalogMatcher.consonants(other), products));
                        }
                    }
                }
            }
        }
        this.shortest = min;
        this.longest = max;
        List<Word> all = new ArrayList<>(words);
        all.addAll(translations);
        this.spelt = List.copyOf(all);
    }

    /** The words of a brand that tell its products apart (of {@link CatalogMatcher}), read every way. */
    static ProductWords of(Map<String, Set<Catalog.Product>> telling) {
        return new ProductWords(telling);
    }

    /** A word two products' names carry with two different sets: the products that carry either. */
    private static void merge(Map<String, Set<Catalog.Product>> into, String word, Set<Catalog.Product> products) {
        into.merge(word, products, (a, b) -> {
            Set<Catalog.Product> both = new LinkedHashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        });
    }

    /**
     * Whether a token (as the post writes it) is a word of {@code catalog/product-words.tsv}, a flavour or variant in
     * some language ("ಮಾವು", "আম", "santra"), exactly or, in another script, by its phonetic key.
     */
    static boolean isFlavourWord(String token) {
        if (SYNONYMS.containsKey(token)) {
            return true;
        }
        return !Text.isLatin(token) && SYNONYM_KEYS.containsKey(Phonetic.key(token));
    }

    /** Whether a token is a word of the lexicons or of {@code catalog/common-words.txt} (an everyday word). */
    static boolean isKnownWord(String token) {
        return GUARD.contains(token);
    }

    /** The products the word names exactly (the word or one of its words in other languages); null when none. */
    Set<Catalog.Product> exactly(String token) {
        return byWord.get(token);
    }

    /**
     * The products a token (canonical, of {@link CatalogMatcher#canonical}) names as a telling word written any way;
     * null when it names none, or two telling words as near as each other.
     */
    Set<Catalog.Product> of(String token) {
        Set<Catalog.Product> exact = byWord.get(token);
        if (exact != null) {
            return exact;
        }
        // the same words come back post after post: each word's answer is worked out once (the catalog is fixed)
        Set<Catalog.Product> known = read.get(token);
        if (known != null) {
            return known == NONE ? null : known;
        }
        Set<Catalog.Product> found = readAnyWay(token);
        if (read.size() >= READ_LIMIT) {
            read.clear();
        }
        read.put(token, found == null ? NONE : found);
        return found;
    }

    /** {@link #of} without the words already read. */
    private Set<Catalog.Product> readAnyWay(String token) {
        int n = token.length();
        boolean latin = Text.isLatin(token);
        if (latin && (n < SHORTEST_SKELETON || n > 2 * longest + 1) || GUARD.contains(token) || Quantity.isUnit(token)
                || Character.isDigit(token.charAt(0))) {
            return null;
        }
        if (latin && n < SHORTEST_FUZZY) {
            return abbreviated(token); // "chz", "mng", "org": three letters are read only as an abbreviation
        }
        if (latin && n >= shortest - 2) {
            Set<Catalog.Product> spelt = nearest(token, false);
            if (spelt != null) {
                return spelt;
            }
        }
        if (!latin) {
            // another script: by its phonetic key (ICU Latin, cached), exactly or within the edits its length allows
            String key = Phonetic.key(token);
            Set<Catalog.Product> byItsKey = byKey.get(key);
            if (byItsKey != null || key.length() < SHORTEST_STEM || !Text.isLatin(key)) {
                return byItsKey;
            }
            Set<Catalog.Product> near = key.length() < SHORTEST_FUZZY ? null : nearest(key, true);
            return near != null ? near : withoutEnding(key);
        }
        // a Latin word is read by its letters only (the edits take like sounds at one each): no key built per word
        Set<Catalog.Product> cut = prefixOf(token);
        if (cut != null) {
            return cut;
        }
        Set<Catalog.Product> bare = withoutVowels(token);
        if (bare != null) {
            return bare;
        }
        Set<Catalog.Product> shortened = abbreviated(token);
        return shortened != null ? shortened : glued(token);
    }

    /**
     * The products a word of another script names once a case ending, postposition or "-wala" glued to it is cut
     * off (by phonetic key: "মশলার" masalar, "ਟਮਾਟਰਵਾਲੇ" tamatarvale): its stem is a telling word's key or one of its
     * group's, exactly, or within the edits of its length from five letters. The longest ending that leaves such a
     * stem wins; null when none does.
     */
    private Set<Catalog.Product> withoutEnding(String key) {
        for (String ending : ENDING_KEYS) {
            int cut = key.length() - ending.length();
            if (cut < (ending.length() == 1 ? SHORTEST_FUZZY : SHORTEST_STEM) || !key.endsWith(ending)) {
                continue;
            }
            String stem = key.substring(0, cut);
            Set<Catalog.Product> found = byKey.get(stem);
            if (found == null && stem.length() > SHORTEST_FUZZY) {
                found = nearest(stem, true);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A word abbreviated by its consonants ("chz" for "cheese", "orng" and "org" for "orange", "pty" for "party",
     * "tmt" for "tomato"): of three letters or more, no vowel but a first one, its letters in order in one telling
     * word with the same first letter and the same last consonant ("z" for an "s"), and at least half of that word's
     * consonants. A word for a pack or a container ("pkt", "btl") is none.
     */
    private Set<Catalog.Product> abbreviated(String token) {
        int n = token.length();
        if (n < SHORTEST_SKELETON || CatalogMatcher.PACK_WORDS.contains(token) || Containers.of(token) != null) {
            return null;
        }
        for (int i = 1; i < n; i++) {
            if (isVowel(token.charAt(i)) || !Character.isLetter(token.charAt(i))) {
                return null;
            }
        }
        Set<Catalog.Product> found = null;
        for (Word w : words) {
            String t = w.text();
            if (t.length() <= n || t.charAt(0) != token.charAt(0) || !abbreviates(token, t)) {
                continue;
            }
            if (found != null && !found.equals(w.products())) {
                return null;
            }
            found = w.products();
        }
        return found;
    }

    /** True when {@code token}'s letters stand in order in {@code word}, ending on its last consonant, half of them. */
    private static boolean abbreviates(String token, String word) {
        int last = word.length() - 1;
        while (last > 0 && isVowel(word.charAt(last))) {
            last--;
        }
        if (!sameSound(token.charAt(token.length() - 1), word.charAt(last))) {
            return false;
        }
        int consonants = 0;
        for (int k = 0; k < word.length(); k++) {
            consonants += isVowel(word.charAt(k)) ? 0 : 1;
        }
        if (2 * (token.length() - (isVowel(token.charAt(0)) ? 1 : 0)) < consonants) {
            return false;
        }
        int j = 0;
        for (int k = 0; k < token.length(); k++) {
            while (j < last && !sameSound(token.charAt(k), word.charAt(j))) {
                j++;
            }
            if (!sameSound(token.charAt(k), word.charAt(j))) {
                return false;
            }
            j++;
            if (j > last + 1 || j > last && k + 1 < token.length()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Letters that abbreviations write for each other: "z" for "s" ("chz"), "k" for "c" and "q". */
    private static boolean sameSound(char a, char b) {
        return a == b || a == 'z' && b == 's' || a == 's' && b == 'z' || a == 'k' && (b == 'c' || b == 'q')
                || b == 'k' && (a == 'c' || a == 'q');
    }

    /** The products of the one telling word within the edits its length allows, by letters or by keys. */
    private Set<Catalog.Product> nearest(String token, boolean byKey) {
        Word best = null;
        int bestD = Integer.MAX_VALUE;
        boolean tie = false;
        for (Word w : byKey ? words : spelt) {
            String target = byKey ? w.key() : w.text();
            int max = editsFor(Math.min(target.length(), token.length()));
            if (max == 0 || Math.abs(target.length() - token.length()) > max
                    || BrandSpellings.sound(target, 0) != BrandSpellings.sound(token, 0)) {
                continue;
            }
            int d = BrandSpellings.distance(token, target, max);
            if (d > max) {
                continue;
            }
            if (d < bestD) {
                best = w;
                bestD = d;
                tie = false;
            } else if (d == bestD && !w.products().equals(best.products())) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.products();
    }

    /**
     * Edits allowed between a post's word and a telling word whose shorter has {@code letters} letters: one from four
     * letters (a flavour word is short: "jira", "kola"), two from seven ("choclate"); as {@link BrandSpellings#allowed}
     * but from four, since a product word is read only next to its brand.
     */
    static int editsFor(int letters) {
        return letters >= 7 ? 2 : letters >= SHORTEST_FUZZY ? 1 : 0;
    }

    /** A word cut short: the beginning, half or more, of one telling word only ("choco" of "chocolate"). */
    private Set<Catalog.Product> prefixOf(String token) {
        Set<Catalog.Product> found = null;
        for (Word w : words) {
            if (w.text().length() > token.length() && 2 * token.length() >= w.text().length() && w.text().startsWith(token)) {
                if (found != null && !found.equals(w.products())) {
                    return null;
                }
                found = w.products();
            }
        }
        return found;
    }

    /** A word written without its vowels ("mngo", "chclt"): its consonants are those of one telling word. */
    private Set<Catalog.Product> withoutVowels(String token) {
        for (int i = 0; i < token.length(); i++) {
            if ("aeiou".indexOf(token.charAt(i)) >= 0 && i != token.length() - 1) {
                return null; // only a final vowel may be written
            }
        }
        String bare = CatalogMatcher.consonants(token);
        if (bare.length() < SHORTEST_SKELETON) {
            return null;
        }
        Set<Catalog.Product> found = null;
        for (Word w : words) {
            if (w.consonants().equals(bare)) {
                if (found != null && !found.equals(w.products())) {
                    return null;
                }
                found = w.products();
            }
        }
        return found;
    }

    /** Two telling words written as one ("mangofizz"): the products that carry both. */
    private Set<Catalog.Product> glued(String token) {
        for (Word first : words) {
            int cut = first.text().length();
            if (token.length() - cut < SHORTEST_FUZZY || !token.startsWith(first.text())) {
                continue;
            }
            Set<Catalog.Product> second = byWord.get(token.substring(cut)); // built only after a word's beginning
            if (second != null) {
                Set<Catalog.Product> both = new LinkedHashSet<>(first.products());
                both.retainAll(second);
                if (!both.isEmpty()) {
                    return Set.copyOf(both);
                }
            }
        }
        return null;
    }
}
