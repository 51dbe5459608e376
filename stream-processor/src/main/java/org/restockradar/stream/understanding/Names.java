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
 * How shop and place names are compared: the abbreviations people use ("gen stores", "opp", "nr stn", "sec 18")
 * are written out, plurals dropped, filler words left out, and each token reduced to its {@link Phonetic} key.
 * A token in another script is first written in Latin letters ({@link Latin}, ICU4J). The word lists are data:
 * {@code names/abbreviations.tsv}, {@code names/generic.txt}, {@code names/filler.txt} and
 * {@code names/place-qualifiers.txt} on the class path.
 */
public final class Names {
    /** Keys of tokens already seen: words repeat across posts and names, and a key costs a few allocations. */
    private static final int KEY_CACHE_LIMIT = 500_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEY_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    /** The same for the keys of tokens without a case ending ({@link #caseStemKeys}). */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> STEM_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The keys of the words of recent posts, in front of {@link #KEY_CACHE}: a table indexed by
     * {@value #RECENT_KEYS_BITS} bits of a token's hash, one token per slot, the last one met. {@link #KEY_CACHE}
     * also holds every word of the registry's names and addresses (half a million at a million outlets), so a post's
     * word found there was a cache miss or two; the words of posts repeat (Zipf) and stay here, 128 KB. A slot is a
     * {@link TokenKey} of final fields, so a reader on another thread sees it whole or not at all; two writers race
     * only to put equal answers.
     */
    private static final int RECENT_KEYS_BITS = 15;
    private static final TokenKey[] RECENT_KEYS = new TokenKey[1 << RECENT_KEYS_BITS];
    /** Shortened and variant spellings of shop and place words, and the word each stands for (a data file). */
    private static final Map<String, String> SYNONYMS = readPairs("names/abbreviations.tsv");

    /**
     * The same by phonetic key, for spellings that reach the key another way ("stoor", a transliteration): the
     * key of each short form of four letters or more to the key of its word.
     */
    private static final Map<String, String> KEY_SYNONYMS = keySynonyms(SYNONYMS);

    /** Words of a shop name that many shops share: they count little and are never required. */
    static final Set<String> GENERIC = keysOf(readWords("names/generic.txt"));

    /**
     * The skeletons ({@link #skeleton}) of the generic shop words of three consonants or more: a word of another
     * script with one of them is the generic word transliterated ("మార్కెట్" is "markett", "ಸ್ಟೋರ್" "stor"), never a
     * place by its consonants.
     */
    static final Set<String> GENERIC_SKELETONS = genericSkeletons();

    private static Set<String> genericSkeletons() {
        Set<String> skeletons = new HashSet<>();
        for (String k : GENERIC) {
            String s = skeleton(k);
            if (s.length() >= 3) {
                skeletons.add(s);
            }
        }
        return Set.copyOf(skeletons);
    }

    /** Words that carry no name at all. */
    static final Set<String> FILLER = keysOf(readWords("names/filler.txt"));

    /**
     * Words of a shop name that say what kind of shop it is ("bakery", "medicals") or how its keeper is addressed
     * ("aling", "sri"), besides the {@link #GENERIC} ones: a post that writes only these words of a name names a kind
     * of shop or a person, not that outlet (a data file: {@code names/kind-words.txt}).
     */
    static final Set<String> KIND_WORDS = keysOf(readWords("names/kind-words.txt"));

    /** True when a name key says which shop it is: neither a {@link #GENERIC} nor a {@link #KIND_WORDS} word. */
    static boolean isProper(String key) {
        return !GENERIC.contains(key) && !KIND_WORDS.contains(key);
    }

    /**
     * Case endings glued to place names ("पुण्यात", "சென்னையில்", "ಬೆಂಗಳೂರಿನಲ್ಲಿ"), longest first, each with the
     * letters its stem puts back (a data file: {@code names/case-endings.tsv}).
     */
    private static final List<String[]> CASE_ENDINGS = readEndings("names/case-endings.tsv");

    /** The shortest stem a Latin word keeps without a case ending, and the shortest ending cut from it. */
    private static final int MIN_LATIN_STEM = 4;
    private static final int MIN_LATIN_ENDING = 2;

    /** Words written before a place name and often glued to it ("brgylahug"), longest first, as written. */
    private static final List<String> PLACE_PREFIXES = readWords("names/place-prefixes.txt").stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();

    /** Words after a place name that only say which part of it: "Andheri West", "DLF Phase 3". */
    static final Set<String> PLACE_QUALIFIERS = keysOf(readWords("names/place-qualifiers.txt"));

    /**
     * The keys of the words the abbreviation table writes out ("colony", "station", "general"): an English word of
     * shops and streets, written in another script ("कॉलोनी"), is never a town with a case ending.
     */
    static final Set<String> WRITTEN_OUT = keysOf(lines("names/abbreviations.tsv").stream()
            .map(l -> l.split("\t")).filter(f -> f.length == 2).map(f -> Text.normalise(f[1].strip()))
            .collect(java.util.stream.Collectors.toSet()));

    private Names() {
    }

    /**
     * The words of the name tables as written: short forms and the words they stand for, generic and filler
     * words. They name shops and places, so the lexicon never reads them as another spelling of its own words.
     */
    static Set<String> tableWords() {
        Set<String> words = new java.util.HashSet<>(readWords("names/generic.txt"));
        words.addAll(readWords("names/filler.txt"));
        words.addAll(readWords("names/place-qualifiers.txt"));
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            words.addAll(Text.tokens(e.getKey()));
            words.addAll(Text.tokens(e.getValue()));
        }
        return Set.copyOf(words);
    }

    private static Set<String> keysOf(Set<String> words) {
        return WordTable.setOf(words.stream().map(Names::canonicalKey).toList());
    }

    /** The lines of a name data file on the class path, without blank lines and {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Names.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name data missing from the class path: " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name data " + resource, e);
        }
    }

    private static Set<String> readWords(String resource) {
        return Set.copyOf(lines(resource).stream().map(l -> Text.normalise(l.strip())).toList());
    }

    private static Map<String, String> readPairs(String resource) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("expected short<TAB>full in " + resource + ": " + line);
            }
            pairs.put(Text.normalise(f[0].strip()), Text.normalise(f[1].strip()));
        }
        return WordTable.mapOf(pairs);
    }

    private static List<String[]> readEndings(String resource) {
        List<String[]> endings = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.strip().split("\t");
            if (f.length > 3 || f[0].isEmpty() || !Text.isLatin(f[0])) {
                throw new IllegalStateException("expected ending[<TAB>restore[<TAB>script]] in Latin letters in " + resource + ": " + line);
            }
            String script = f.length == 3 ? f[2].strip() : "";
            if (!script.isEmpty()) {
                Character.UnicodeScript.forName(script); // an unknown script name fails here, with the line above
            }
            endings.add(new String[] {f[0].strip(), f.length >= 2 ? f[1].strip() : "", script});
        }
        endings.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return List.copyOf(endings);
    }

    /**
     * The keys a token may have without a case ending glued to it ("पुण्यात" gives the key of "pune", "chennaila"
     * that of "chennai"), longest ending first; empty when no ending fits. A word of another script loses any
     * ending and keeps three letters at least; a Latin word only an ending of two letters or more, and keeps four.
     */
    static List<String> caseStemKeys(String token) {
        if (token.length() < MIN_LATIN_STEM + MIN_LATIN_ENDING && Text.isLatin(token)) {
            return List.of(); // most words of a post: too short to keep a stem after an ending, no look-up
        }
        List<String> cached = STEM_CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> stems = computeCaseStemKeys(token);
        if (STEM_CACHE.size() >= KEY_CACHE_LIMIT) {
            STEM_CACHE.clear();
        }
        STEM_CACHE.put(token, stems);
        return stems;
    }

    private static List<String> computeCaseStemKeys(String token) {
        boolean latinScript = Text.isLatin(token);
        String latin = Latin.of(token);
        List<String> stems = null;
        Character.UnicodeScript script = latinScript ? Character.UnicodeScript.LATIN : scriptOf(token);
        for (String[] ending : CASE_ENDINGS) {
            String e = ending[0];
            if (!ending[2].isEmpty() && Character.UnicodeScript.forName(ending[2]) != script) {
                continue; // an ending read in one script only: the Bengali genitive "-er" ("বার্নপুরের")
            }
            int keep = latin.length() - e.length();
            if (keep < (latinScript ? MIN_LATIN_STEM : 3) || latinScript && e.length() < MIN_LATIN_ENDING || !latin.endsWith(e)) {
                continue;
            }
            String stem = latin.substring(0, keep) + ending[1];
            stems = stems == null ? new ArrayList<>(2) : stems;
            String key = canonicalKey(stem);
            if (!stems.contains(key)) {
                stems.add(key);
            }
        }
        return stems == null ? List.of() : List.copyOf(stems);
    }

    /** The script of the first letter of a token that is not Latin, or COMMON. */
    private static Character.UnicodeScript scriptOf(String token) {
        for (int i = 0; i < token.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(token.charAt(i));
            if (Character.isLetter(token.charAt(i)) && script != Character.UnicodeScript.LATIN) {
                return script;
            }
        }
        return Character.UnicodeScript.COMMON;
    }

    /**
     * The key of a Latin token without a place word glued before it ("brgylahug" gives the key of "lahug"), or null
     * when it starts with none or keeps fewer than four letters.
     */
    static String withoutPlacePrefix(String token) {
        if (!Text.isLatin(token)) {
            return null;
        }
        for (String prefix : PLACE_PREFIXES) {
            if (token.length() >= prefix.length() + 4 && token.startsWith(prefix)) {
                return canonicalKey(token.substring(prefix.length()));
            }
        }
        return null;
    }

    private static Map<String, String> keySynonyms(Map<String, String> synonyms) {
        Map<String, String> keys = new HashMap<>();
        synonyms.forEach((shortForm, full) -> {
            if (shortForm.length() >= 4 && full.indexOf(' ') < 0 && Text.isLatin(shortForm)) {
                keys.putIfAbsent(Phonetic.key(shortForm), Phonetic.key(full));
            }
        });
        return WordTable.mapOf(keys);
    }

    /** The comparable key of one token: synonyms written out, plural dropped, phonetic key. */
    public static String canonicalKey(String token) {
        int slot = recentSlot(token.hashCode());
        TokenKey recent = RECENT_KEYS[slot];
        if (recent != null && recent.token.equals(token)) {
            return recent.key;
        }
        String cached = KEY_CACHE.get(token);
        if (cached == null) {
            cached = computeKey(token);
            if (KEY_CACHE.size() >= KEY_CACHE_LIMIT) {
                KEY_CACHE.clear();
            }
            KEY_CACHE.put(token, cached);
        }
        RECENT_KEYS[slot] = new TokenKey(token, cached);
        return cached;
    }

    private record TokenKey(String token, String key) {
    }

    private static int recentSlot(int hash) {
        return (hash * 0x9E37_79B9) >>> (32 - RECENT_KEYS_BITS);
    }

    private static String computeKey(String token) {
        // any script first written in Latin letters (ICU), so that every spelling below meets the Latin one
        String latin = Latin.of(token);
        String t = SYNONYMS.getOrDefault(latin, latin);
        if (t.length() >= 5 && t.endsWith("s") && !t.endsWith("ss") && t.indexOf(' ') < 0) {
            t = t.substring(0, t.length() - 1);
            t = SYNONYMS.getOrDefault(t, t);
        }
        if (t.indexOf(' ') > 0) {
            t = t.substring(0, t.indexOf(' ')); // a two-word form has its words added by keys(); one key here
        }
        String key = Phonetic.key(t);
        return KEY_SYNONYMS.getOrDefault(key, key);
    }


    /**
     * The skeleton of a key: its consonants but "h" (aspiration, often left out), "v" written as "p" (the key's
     * "b"), each run of one written once
     * ("kotrut" and "ktrt" for "Kothrud" and "kthrd", "rajnakar" and "rjnkr"). A word written without its vowels
     * meets the name by its skeleton.
     */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouh".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'v') {
                c = 'p'; // Bengali, Assamese and Odia write "b", "v" and "w" with one letter (ব, ଵ): "Agarwal", "অগ্রবাল"
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The sound skeleton of a key, for a word of an Indic script or Urdu against a registry name written in Latin
     * letters: its consonants by the classes those scripts blur in Latin spelling. Vowels (the inherent vowel, short
     * and long vowels, which Urdu leaves unwritten), "h" (aspiration), "y" (a glide) and a "v" between a vowel and a
     * consonant ("town", "ਟਾਊਨ" "taun") are dropped; voiced and voiceless stops and dental and retroflex ones meet
     * (the key already writes "g", "d", "b" as "k", "t", "p"), "f" and "v" are "p", and "ch", "s", "sh", "j" and "z"
     * are one sound, since Tamil writes ch and s with one letter (ச: "செல்வம்" is "chelvam" for "Selvam"); an "m"
     * before a stop other than p or b is "n" (the nasal the scripts write as the stop's; not before "r": Urdu
     * "مراد", "mrad", leaves the vowel after it unwritten). Each run is written once.
     */
    static String soundSkeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = sound(key, i);
            if (c != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True when two keys have one {@link #soundSkeleton} of at least {@code minSounds} consonants and begin with the
     * same sound (or both with a vowel): allocation-free, for the matcher's per-candidate alignment.
     */
    static boolean sameSound(String a, String b, int minSounds) {
        if (a.isEmpty() || b.isEmpty() || firstSound(a) != firstSound(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        char last = 0;
        int n = 0;
        while (true) {
            char x = 0;
            while (i < a.length() && ((x = sound(a, i)) == 0 || x == last)) {
                i++;
                x = 0;
            }
            char y = 0;
            while (j < b.length() && ((y = sound(b, j)) == 0 || y == last)) {
                j++;
                y = 0;
            }
            if (x == 0 || y == 0) {
                return x == 0 && y == 0 && n >= minSounds;
            }
            if (x != y) {
                return false;
            }
            last = x;
            n++;
            i++;
            j++;
        }
    }

    /** The sound a key begins with: its first consonant's class, or 'a' when it begins with a vowel or "h". */
    private static char firstSound(String key) {
        char c = key.charAt(0);
        return "aeiouhy".indexOf(c) >= 0 ? 'a' : sound(key, 0);
    }

    /** The sound class of the key's letter at {@code i} ({@link #soundSkeleton}), or 0 when it is left out. */
    private static char sound(String key, int i) {
        char c = key.charAt(i);
        switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'h', 'y' -> {
                return 0;
            }
            case 'v', 'w' -> {
                boolean afterVowel = i > 0 && "aeiou".indexOf(key.charAt(i - 1)) >= 0;
                boolean beforeVowel = i + 1 < key.length() && "aeiou".indexOf(key.charAt(i + 1)) >= 0;
                return afterVowel && !beforeVowel ? 0 : 'p';
            }
            case 'b', 'f' -> {
                return 'p';
            }
            case 'g', 'q' -> {
                return 'k';
            }
            case 'd' -> {
                return 't';
            }
            case 'c', 'j', 'z' -> {
                return 's';
            }
            case 'm' -> {
                // before a stop of another place (not p/b): the nasal the scripts write as that stop's ("ங்க", "ന്ത")
                return i + 1 < key.length() && "kgcjtdqxz".indexOf(key.charAt(i + 1)) >= 0 ? 'n' : 'm';
            }
            default -> {
                return Character.isLetter(c) ? c : 0;
            }
        }
    }

    /**
     * The skeleton of a key with an "m" right before another consonant written "n", or null when it has no such "m":
     * the registry's names are also filed so, since the Indic scripts write the nasal before a consonant as that
     * consonant's (Tamil "பாளையங்கோட்டை", "palaiyankottai", for "Palayamkottai"). Not the skeleton itself: a word
     * written without its vowels keeps its "m" ("tmkr" for "Tumakuru").
     */
    static String nasalSkeleton(String key) {
        boolean any = false;
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'm' && i + 1 < key.length() && "aeiouhmn ".indexOf(key.charAt(i + 1)) < 0) {
                b.append('n');
                any = true;
            } else {
                b.append(c);
            }
        }
        return any ? skeleton(b.toString()) : null;
    }

    /**
     * True when a key looks written without its vowels ("kthrd", "rjnakar", "lksmi"): Latin letters only, of which
     * fewer than one in three is a vowel. Such a word is looked up by its {@link #skeleton}.
     */
    static boolean looksAbbreviated(String key) {
        int vowels = 0;
        int consonants = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
            if ("aeiou".indexOf(c) >= 0) {
                vowels++;
            } else {
                consonants++;
            }
        }
        return consonants >= 3 && 2 * vowels < consonants;
    }

    /** True for a token of one Latin letter: an initial, merged with the initials next to it ("R&J", "M G Road"). */
    static boolean isLetter(String token) {
        return token.length() == 1 && Character.isLetter(token.charAt(0)) && Text.isLatin(token);
    }

    /**
     * Two tokens that the abbreviations table knows written as one ("7-11", "7/11" for "711", which is "7 eleven"):
     * the glued form, or null. Only digit tokens are glued so.
     */
    static String gluedShortForm(String token, String next) {
        if (token.isEmpty() || next.isEmpty() || !Character.isDigit(token.charAt(0)) || !Character.isDigit(next.charAt(0))
                || token.length() + next.length() > 4) {
            return null;
        }
        String glued = token + next;
        return SYNONYMS.containsKey(glued) ? glued : null;
    }

    /** The comparable keys of a name or text, one per token (synonyms may give two). */
    public static List<String> keys(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String glued = i + 1 < tokens.size() ? gluedShortForm(t, tokens.get(i + 1)) : null;
            if (glued != null) {
                addKeysOfWord(glued, keys);
                i++;
            } else if (isLetter(t) && i + 1 < tokens.size() && isAnyLetter(tokens.get(i + 1))) {
                int end = i + 1;
                while (end + 1 < tokens.size() && isAnyLetter(tokens.get(end + 1))) {
                    end++;
                }
                addKeysOfWord(initials(tokens, i, end), keys);
                i = end;
            } else {
                addKeysOfWord(t, keys);
            }
        }
        return keys;
    }

    /** True when the token is one letter of any script. */
    private static boolean isAnyLetter(String t) {
        return t.length() == 1 && Character.isLetter(t.charAt(0));
    }

    /** The one-letter tokens {@code [from, to]} written as one word: initials written apart ("m g" is "mg"). */
    private static String initials(List<String> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(to - from + 1);
        for (int i = from; i <= to; i++) {
            b.append(tokens.get(i));
        }
        return b.toString();
    }

    /** Adds the keys of one word of {@link #keys(List)}: a two-word synonym gives the key of each of its words. */
    private static void addKeysOfWord(String token, List<String> out) {
        String syn = SYNONYMS.get(token);
        if (syn != null && syn.indexOf(' ') > 0) {
            for (String part : syn.split(" ")) {
                out.add(canonicalKey(part));
            }
        } else {
            out.add(canonicalKey(token));
        }
    }

    /** Adds the keys of one token to {@code out}, as {@link #keys(List)} gives them for a one-token list. */
    static void addKeysOfToken(String token, List<String> out) {
        String article = withoutArabicArticle(token);
        if (article != null) {
            out.add(canonicalKey("al")); // "المدینہ" is "Al Madina", as the registry writes it in two words
            out.add(canonicalKey(article));
            return;
        }
        addKeysOfWord(token, out);
    }

    /** Letters of the Arabic script a word keeps after the article "ال" for the article to be cut off. */
    private static final int ARABIC_ARTICLE_REST = 3;

    /**
     * The word without the Arabic article "ال" glued before it ("المدینہ" of "Al Madina", "النور" of "Al Noor"), as
     * Urdu writes the names of shops the registry spells in two words; null when the word has no such article or
     * too few letters after it ("الگ", "الٹا" are words of their own).
     */
    static String withoutArabicArticle(String token) {
        if (token.length() < 2 + ARABIC_ARTICLE_REST || token.charAt(0) != '\u0627' || token.charAt(1) != '\u0644'
                || !Phonetic.isArabicScript(token)) {
            return null;
        }
        return token.substring(2);
    }

    /** The comparable keys of a free text. */
    public static List<String> keys(String text) {
        return keys(Text.tokens(text));
    }
}
