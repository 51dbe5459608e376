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
 * A word of the Arabic script (Urdu, Shahmukhi Punjabi) is written letter by letter by {@link #arabicScript}, not by
 * ICU, whose Arabic-Latin lacks the letters Urdu added and reads و and ی as consonants only.
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
    private static final int RA = 0x30;
    private static final int TIPPI = 0x70;
    private static final int YA = 0x2F;

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
        if (Phonetic.isArabicScript(token)) {
            return arabicScript(token);
        }
        token = assameseAsBengali(token);
        String prepared = prepareIndic(token);
        String latin = tamil(token, malayalam(token, ANY_LATIN.transliterate(prepared)));
        boolean indic = Phonetic.isIndic(token);
        boolean northern = indic && dropsInherentVowel(blockOf(firstIndic(token)));
        boolean tamil = indic && blockOf(firstIndic(token)) == 0x0B80;
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
            if (tamil && c == 'c' && i > 0 && "aāiīuūeēoō".indexOf(latin.charAt(i - 1)) >= 0
                    && (i + 1 >= latin.length() || latin.charAt(i + 1) != 'c')) {
                // Tamil writes s and ch with one letter, ச: between vowels it is "s" ("மசாலா" masala, "அரசு" Arasu),
                // doubled or after a nasal "ch" ("பச்சை", "காஞ்சி"); at a word's start it is either ("சரவணா"
                // Saravana, "சென்னை" Chennai) and stays "ch"
                b.append('s');
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
     * "store"), ന്റ as "nṟ" (said and written "nt": "സെന്റ്" is "sent") and ഴ as "ḻ" (written "zh": "Kozhikode").
     */
    private static String malayalam(String token, String latin) {
        boolean malayalam = false;
        for (int i = 0; i < token.length() && !malayalam; i++) {
            malayalam = token.charAt(i) >= 0x0D00 && token.charAt(i) <= 0x0D7F;
        }
        if (!malayalam) {
            return latin;
        }
        return latin.replace("ēā", "ō").replace("eā", "o").replace("ṟṟ", "tt").replace("nṟ", "nt").replace("ḻ", "zh");
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

    /**
     * A word of the Arabic script (Urdu, Shahmukhi Punjabi, Kashmiri, Sindhi as written in India) in Latin letters as
     * its names are written in Latin script. ICU's Arabic-Latin writes Arabic letters one by one and leaves the
     * letters Urdu added (ٹ ڈ ڑ ں ھ ہ ے) as they are, and it writes the letters that are vowels as often as
     * consonants (و, ی) always as "w" and "y". Here each letter has its Latin reading, and:
     * <ul>
     *   <li>و and ی are "v" and "y" at a word's start and before a vowel letter ("وارڈ" ward, "یار"), "o" and "i"
     *   elsewhere ("نور" noor, "مدینہ" madina, "رواکو" ruvako); ے is "e";</li>
     *   <li>ہ (and ۃ) at a word's end after a letter is the vowel "a" ("مدینہ" madina, "پورہ" pura), else "h";
     *   ھ after a consonant is its aspiration ("بھوپال" bhopal);</li>
     *   <li>alif, ع and the short-vowel signs are the vowels written; the vowels Urdu does not write stay unwritten,
     *   so that such a word meets the registry's names by its consonants ({@link Names#skeleton}).</li>
     * </ul>
     */
    static String arabicScript(String token) {
        StringBuilder b = new StringBuilder(token.length() + 4);
        int n = token.length();
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            char next = nextLetter(token, i);
            boolean first = !hasLetterBefore(token, i);
            switch (c) {
                case '\u0627', '\u0622', '\u0623', '\u0670', '\u064E' -> b.append('a'); // alif, alif madda, zabar
                case '\u0625', '\u0650' -> b.append('i'); // alif with hamza below, zer
                case '\u064F', '\u0624' -> b.append('u'); // pesh, waw with hamza
                case '\u0639' -> b.append(isVowelLetter(next) ? "" : "a"); // ain: "عید" id, "علی" ali
                case '\u0648' -> b.append(first || isVowelLetter(next) ? "v" : "o");
                case '\u06CC', '\u064A', '\u0649' -> b.append(first || isVowelLetter(next) ? "y" : "i");
                case '\u06D2', '\u06D3' -> b.append('e');
                case '\u06C1', '\u0647', '\u06C3', '\u0629' -> b.append(next == 0 && !first ? "a" : "h");
                case '\u06BE' -> b.append('h');
                case '\u0628' -> b.append('b');
                case '\u067E' -> b.append('p');
                case '\u062A', '\u0679', '\u0637' -> b.append('t');
                case '\u062B', '\u0633', '\u0635' -> b.append('s');
                case '\u062C' -> b.append('j');
                case '\u0686' -> b.append("ch");
                case '\u062D' -> b.append('h');
                case '\u062E' -> b.append("kh");
                case '\u062F', '\u0688' -> b.append('d');
                case '\u0630', '\u0632', '\u0636', '\u0638' -> b.append('z');
                case '\u0631', '\u0691' -> b.append('r');
                case '\u0698' -> b.append("zh");
                case '\u0634' -> b.append("sh");
                case '\u063A' -> b.append("gh");
                case '\u0641' -> b.append('f');
                case '\u0642' -> b.append('q');
                case '\u06A9', '\u0643' -> b.append('k');
                case '\u06AF' -> b.append('g');
                case '\u0644' -> b.append('l');
                case '\u0645' -> b.append('m');
                case '\u0646', '\u06BA' -> b.append('n');
                default -> {
                    if (c < 0x0600 || c > 0x06FF) {
                        if (Character.isLetterOrDigit(c)) {
                            b.append(Character.toLowerCase(c));
                        }
                    }
                    // hamza, shadda, sukun, tanween and other signs are not written
                }
            }
        }
        return b.toString();
    }

    /** The next letter of the Arabic script after {@code i}, signs stepped over; 0 at the word's end. */
    private static char nextLetter(String token, int i) {
        for (int j = i + 1; j < token.length(); j++) {
            char c = token.charAt(j);
            if (Character.isLetter(c)) {
                return c;
            }
        }
        return 0;
    }

    private static boolean hasLetterBefore(String token, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (Character.isLetter(token.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** Alif, alif madda, waw, yeh and barree yeh: the letters that write vowels. */
    private static boolean isVowelLetter(char c) {
        return c == '\u0627' || c == '\u0622' || c == '\u0648' || c == '\u06CC' || c == '\u064A' || c == '\u06D2'
                || c == '\u0626';
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
    /**
     * Assamese writes r and w with letters of its own, ৰ and ৱ, where Bengali writes র and ব, in the same block;
     * ICU reads ৰ as a letter apart, with its own vowel ("ৰোড" as "raoda", "ষ্টৰ" as "shtara"), so they are written
     * as the Bengali letters first ("ৰোড" road, "তেজপুৰ" Tezpur).
     */
    static String assameseAsBengali(String token) {
        if (token.indexOf('\u09F0') < 0 && token.indexOf('\u09F1') < 0) {
            return token;
        }
        return token.replace('\u09F0', '\u09B0').replace('\u09F1', '\u09AC');
    }

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
            // Gurmukhi writes the nasal before a consonant with the tippi as well as the bindi ("ਭੰਡਾਰ", "ਅੰਬਾਲਾ")
            boolean nasalSign = off == ANUSVARA || off == CANDRABINDU || block == 0x0A00 && off == TIPPI;
            if (nasalSign && i + 1 < n && blockOf(token.charAt(i + 1)) == block) {
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
            // not after a cluster: "मित्र" is "mitra", "कृष्ण" "krishna"; a nasal before it is no cluster: "पंच";
            // nor is a cluster that opens with r (the repha) at a word's end, as "मार्ट", "स्टोर्स", "पार्क", "धर्म"
            // are said and written "mart", "stores", "park", "dharm" (not before ya: "सूर्य" is "surya")
            boolean repha = u == units - 1 && u >= 2 && consonant[u - 1] && silent[u - 1] && unitOffset[u - 1] == RA
                    && !(consonant[u - 2] && silent[u - 2]) && unitOffset[u] != YA;
            boolean cluster = consonant[u - 1] && silent[u - 1] && !isNasal(unitOffset[u - 1]) && !repha;
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
