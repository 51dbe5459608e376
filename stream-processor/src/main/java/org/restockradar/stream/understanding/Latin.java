package org.restockradar.stream.understanding;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Script-independent spelling of a token: a token in any non-Latin script (Devanagari, Gujarati, Bengali,
 * Gurmukhi, Odia, Tamil, Telugu, Kannada, Malayalam, and every other script ICU knows) written in plain ASCII
 * Latin letters, as ICU4J's {@code "Any-Latin; Latin-ASCII"} writes it, so that "ಶ್ರೀ ಲಕ್ಷ್ಮಿ" and "Sri
 * Lakshmi" meet through {@link Phonetic} keys. Before ICU the token is prepared as Indian names are said and
 * written in Latin script:
 * <ul>
 *   <li>the inherent vowel of Devanagari, Bengali, Gurmukhi, Gujarati and Odia is dropped at the end of a word
 *   (not after a cluster: "मित्र" is "mitra") and between a vowel and a consonant with its own vowel ("नगर" is "nagar", "कोथरूड" is "kothrud",
 *   "ଜଗନ୍ନାଥ" is "jagannath"), by writing a virama after the consonant;</li>
 *   <li>the anusvara and the candrabindu are the nasal of the consonant after them ("गंगा" is "ganga",
 *   "मँगोलिया" "mangoliya", "मुंबई" "mumbai");</li>
 *   <li>ś and ṣ are "sh" ("श्री" is "shri", "கணேஷ்" is "kanesh"), च and छ "ch" and "chh", as names are spelled
 *   in Latin script;</li>
 *   <li>Malayalam's two-part vowel signs ൊ and ോ are "o", റ്റ is "tt" (ICU writes "eā" and "ṟṟ"), ഴ and Tamil ழ
 *   are "zh"; Tamil ட்ச is "ksh" ("லட்சுமி", "Lakshmi").</li>
 * </ul>
 *
 * <p>ICU is slow per call (tens of microseconds, more for a script met the first time), so only tokens with a
 * non-Latin letter go to it, and each distinct token is transliterated once: the answers are cached, up to
 * {@link #CACHE_LIMIT} tokens (past it the cache starts afresh).
 *
 * <p>Thread safety: ICU documents {@code Transliterator} objects as stateless between calls and shareable by
 * threads without synchronisation; in ICU4J 79.1 the rule-based transliterators inside "Any-Latin" take a lock on
 * their rule data for each call ({@code RuleBasedTransliterator.handleTransliterate} is {@code synchronized}), and
 * {@code AnyTransliterator} keeps its per-script transliterators in a {@code ConcurrentHashMap}. One shared
 * instance is therefore safe for the stage's stream threads; they would contend on that lock, which the cache
 * keeps off the hot path (a word is transliterated once, then read from a concurrent map).
 */
public final class Latin {
    /** Distinct non-Latin tokens remembered at most: words of posts and of the registry's names repeat. */
    static final int CACHE_LIMIT = 200_000;

    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** Offsets in an Indic block (all share Devanagari's layout). */
    private static final int CANDRABINDU = 0x01;
    private static final int ANUSVARA = 0x02;
    private static final int NUKTA = 0x3C;
    private static final int VIRAMA = 0x4D;

    private Latin() {
    }

    /**
     * The token in plain ASCII Latin letters (lower case) when it holds a letter of a non-Latin script; the token
     * itself otherwise (Latin tokens are already without diacritics after {@link Text#normalise}).
     */
    public static String of(String token) {
        if (Text.isLatin(token)) {
            return token;
        }
        String known = CACHE.get(token);
        if (known != null) {
            return known;
        }
        String latin = transliterate(token);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(token, latin);
        return latin;
    }

    private static String transliterate(String token) {
        String prepared = prepareIndic(token);
        String latin = tamil(token, malayalam(token, ANY_LATIN.transliterate(prepared)));
        boolean indic = Phonetic.isIndic(token);
        boolean northern = indic && dropsInherentVowel(blockOf(firstIndic(token)));
        StringBuilder b = new StringBuilder(latin.length() + 4);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (northern && (c == 'ṁ' || c == 'm' && i + 1 < latin.length() && latin.charAt(i + 1) == '\u0310')) {
                // a nasal left at the end of a word ("नहीं", "में", "कहाँ") is written "n" in Latin script; in the
                // Dravidian scripts it is an "m" ("ಗ್ರಾಂ"), as ICU writes it
                b.append('n');
                i += c == 'm' ? 1 : 0;
                continue;
            }
            if (indic && c == 'c') {
                // ISO 15919 writes च "c" and छ "ch"; names in Latin script write them "ch" and "chh"
                boolean aspirated = i + 1 < latin.length() && latin.charAt(i + 1) == 'h';
                b.append(aspirated ? "chh" : "ch");
                i += aspirated ? 1 : 0;
                continue;
            }
            if (c == 'r' && i + 1 < latin.length() && latin.charAt(i + 1) == '\u0325') {
                b.append("ri"); // vocalic r: "कृष्ण" is "krishna", "कृपया" "kripya"
                i++;
                continue;
            }
            switch (c) {
                case 'ś', 'ṣ', 'Ś', 'Ṣ' -> b.append("sh");
                // ICU separates vowels that would read as one ("mumba'i"); a name key has no apostrophes
                case '\'', '\u02BC', '\u2019' -> { }
                default -> b.append(c);
            }
        }
        String ascii = LATIN_ASCII.transliterate(b.toString());
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            // a letter ICU could not write in Latin stays as it is; joiners, marks and signs are dropped
            char c = Character.toLowerCase(ascii.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * ICU's Latin of a Malayalam word as Malayalam names are written in Latin script: ICU writes the vowel signs ൊ and
     * ോ as their two parts ("കൊല്ലം" "keāllaṁ", which is "kollam"), റ്റ as "ṟṟ" (said and written "tt": "സ്റ്റോർ" is
     * "store") and ഴ as "ḻ" (written "zh": "Kozhikode").
     */
    private static String malayalam(String token, String latin) {
        boolean malayalam = false;
        for (int i = 0; i < token.length() && !malayalam; i++) {
            malayalam = token.charAt(i) >= 0x0D00 && token.charAt(i) <= 0x0D7F;
        }
        if (!malayalam) {
            return latin;
        }
        return latin.replace("ēā", "ō").replace("eā", "o").replace("ṟṟ", "tt").replace("ḻ", "zh");
    }

    /**
     * ICU's Latin of a Tamil word as names are written in Latin script: Tamil has no "ksh" and writes க்ஷ as ட்ச
     * ("லட்சுமி" is "Lakshmi", ICU "laṭcumi"; "மீனாட்சி" "Meenakshi"); ழ is "zh" as for Malayalam.
     */
    private static String tamil(String token, String latin) {
        if (latin.indexOf("ṭc") < 0 && latin.indexOf('ḻ') < 0) {
            return latin;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= 0x0B80 && token.charAt(i) <= 0x0BFF) {
                return latin.replace("ṭc", "kṣ").replace("ḻ", "zh");
            }
        }
        return latin;
    }

    private static char firstIndic(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (blockOf(token.charAt(i)) >= 0) {
                return token.charAt(i);
            }
        }
        return 0;
    }

    /** True for the Indic blocks whose consonants carry an inherent vowel that speech drops at a word's end. */
    private static boolean dropsInherentVowel(int block) {
        return block == 0x0900 || block == 0x0980 || block == 0x0A00 || block == 0x0A80 || block == 0x0B00;
    }

    private static int blockOf(char c) {
        return c >= 0x0900 && c <= 0x0D7F ? c & 0xFF80 : -1;
    }

    private static boolean isConsonant(int offset) {
        return offset >= 0x15 && offset <= 0x39 || offset >= 0x58 && offset <= 0x5F;
    }

    private static boolean isNasal(int offset) {
        return offset == 0x19 || offset == 0x1E || offset == 0x23 || offset == 0x28 || offset == 0x2E;
    }

    private static boolean isVowelSign(int offset) {
        return offset >= 0x3E && offset <= 0x4C || offset == 0x62 || offset == 0x63;
    }

    private static boolean isIndependentVowel(int offset) {
        return offset >= 0x04 && offset <= 0x14 || offset == 0x60 || offset == 0x61;
    }

    /**
     * The token with the anusvara written as the nasal consonant of its place and, in the scripts that drop it, a
     * virama after each consonant whose inherent vowel is not said; other characters unchanged.
     */
    static String prepareIndic(String token) {
        int n = token.length();
        // one unit per consonant or vowel: where it starts and ends in the token, whether it is a consonant with its
        // inherent vowel still (pending), whether it is voiced (has a vowel)
        int[] unitEnd = new int[n];
        int[] unitBlock = new int[n];
        int[] unitOffset = new int[n];
        boolean[] consonant = new boolean[n];
        boolean[] inherent = new boolean[n];
        boolean[] silent = new boolean[n];
        boolean[] drop = new boolean[n];
        int units = 0;
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            int block = blockOf(c);
            if (block < 0) {
                continue;
            }
            int off = c - block;
            if (isConsonant(off) || isIndependentVowel(off)) {
                consonant[units] = isConsonant(off);
                inherent[units] = consonant[units];
                unitBlock[units] = block;
                unitOffset[units] = off;
                unitEnd[units] = i;
                units++;
            } else if (units > 0 && consonant[units - 1] && inherent[units - 1] && (isVowelSign(off) || off == VIRAMA)) {
                inherent[units - 1] = false;
                silent[units - 1] = off == VIRAMA;
                unitEnd[units - 1] = i;
            } else if (units > 0 && off == NUKTA) {
                unitEnd[units - 1] = i;
            }
            if ((off == ANUSVARA || off == CANDRABINDU) && i + 1 < n && blockOf(token.charAt(i + 1)) == block) {
                int next = token.charAt(i + 1) - block;
                int nasal = next >= 0x15 && next <= 0x18 ? 0x19 : next >= 0x1A && next <= 0x1D ? 0x1E
                        : next >= 0x1F && next <= 0x22 ? 0x23 : next >= 0x2A && next <= 0x2D ? 0x2E
                        : isConsonant(next) ? 0x28 : -1;
                if (nasal > 0) {
                    String written = token.substring(0, i) + (char) (block + nasal) + (char) (block + VIRAMA)
                            + token.substring(i + 1);
                    return prepareIndic(written);
                }
            }
        }
        // right to left, as speech drops it: the last consonant's vowel (in a word of two units or more), then a
        // vowel between a unit said with a vowel and a consonant that keeps its own
        boolean any = false;
        for (int u = units - 1; u > 0; u--) {
            if (!consonant[u] || !inherent[u] || !dropsInherentVowel(unitBlock[u])) {
                continue;
            }
            // not after a cluster: "मित्र" is "mitra", "कृष्ण" "krishna"; a nasal before it is no cluster: "पंच"
            boolean cluster = consonant[u - 1] && silent[u - 1] && !isNasal(unitOffset[u - 1]);
            boolean last = u == units - 1 && !cluster;
            boolean between = u + 1 < units && voiced(u - 1, consonant, silent, drop) && consonant[u + 1]
                    && voiced(u + 1, consonant, silent, drop);
            if (last || between) {
                drop[u] = true;
                any = true;
            }
        }
        if (!any) {
            return token;
        }
        StringBuilder b = new StringBuilder(n + units);
        int u = 0;
        for (int i = 0; i < n; i++) {
            b.append(token.charAt(i));
            while (u < units && unitEnd[u] < i) {
                u++;
            }
            if (u < units && unitEnd[u] == i && drop[u]) {
                b.append((char) (unitBlock[u] + VIRAMA));
            }
        }
        return b.toString();
    }

    /** Whether a unit is said with a vowel: a vowel, or a consonant without a virama whose vowel is kept. */
    private static boolean voiced(int u, boolean[] consonant, boolean[] silent, boolean[] drop) {
        return !consonant[u] || !silent[u] && !drop[u];
    }
}
