package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough phonetic key of a token, so that the spellings people use for one Indian or Filipino name meet:
 * "Lakshmi"/"Laxmi", "Kothrood"/"Kothrud", "Agarwal"/"Aggarwal", and names written in another script
 * ("कोथरूड", "করোল", "கணேஷ்"), which are first written in Latin letters by {@link Latin} (ICU4J).
 */
public final class Phonetic {

    private Phonetic() {
    }

    /**
     * True when one of the tokens is {@link #isIndicOrArabic}: the same answer as a stream's {@code anyMatch}, read
     * per post without building a pipeline.
     */
    public static boolean anyIndicOrArabic(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isIndicOrArabic(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the token holds a letter of an Indic script. */
    public static boolean isIndic(String token) {
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch >= 0x0900 && ch <= 0x0D7F) {
                return true;
            }
        }
        return false;
    }

    /** True when the token holds a letter of the Arabic script (Urdu, Shahmukhi Punjabi). */
    public static boolean isArabicScript(String token) {
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch >= 0x0600 && ch <= 0x06FF || ch >= 0x0750 && ch <= 0x077F) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the token is written in a script whose vowels differ from a name's Latin spelling: an Indic script
     * (the inherent vowel) or the Arabic script (short vowels unwritten). Such a word meets the registry's names by
     * its consonants too.
     */
    public static boolean isIndicOrArabic(String token) {
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch >= 0x0900 && ch <= 0x0D7F || ch >= 0x0600 && ch <= 0x06FF || ch >= 0x0750 && ch <= 0x077F) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys of recent tokens: a table indexed by {@value #RECENT_KEYS_BITS} bits of a token's hash, one token per
     * slot, the last one met. The catalog's brand spellings and the Indic and Arabic script posts ask the key of
     * each word of every post; the words of posts repeat (Zipf), and a key costs two builders and a string. A slot is
     * a {@link TokenKey} of final fields, so a reader on another thread sees it whole or not at all; two writers race
     * only to put equal answers. 16,384 slots: 64 KB of references, as {@link Names} keeps the canonical keys of
     * recent words.
     */
    private static final int RECENT_KEYS_BITS = 14;
    private static final TokenKey[] RECENT_KEYS = new TokenKey[1 << RECENT_KEYS_BITS];

    private record TokenKey(String token, String key) {
    }

    /** The phonetic key of one normalised token. */
    public static String key(String token) {
        int slot = (token.hashCode() * 0x9E37_79B9) >>> (32 - RECENT_KEYS_BITS);
        TokenKey recent = RECENT_KEYS[slot];
        if (recent != null && recent.token.equals(token)) {
            return recent.key;
        }
        String key = keyOf(token);
        RECENT_KEYS[slot] = new TokenKey(token, key);
        return key;
    }

    /** The phonetic key of one normalised token, worked out. */
    static String keyOf(String token) {
        String s = Latin.of(token);
        if (!Text.isLatin(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (ch) {
                case 'x' -> b.append("ks");
                case 'q' -> b.append('k');
                case 'z' -> b.append('j');
                case 'w' -> b.append('v');
                // voiced and voiceless stops meet: Tamil script writes both with one letter (முருகன், நகர்)
                case 'g' -> b.append('k');
                case 'd' -> b.append('t');
                case 'b' -> b.append('p');
                case 'c' -> {
                    if (next == 'h') {
                        b.append('c');
                        i++;
                        if (i + 1 < s.length() && s.charAt(i + 1) == 'h') {
                            i++;
                        }
                    } else {
                        b.append('k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        b.append('f');
                        i++;
                    } else {
                        b.append('p');
                    }
                }
                case 'h' -> {
                    char prev = b.length() > 0 ? b.charAt(b.length() - 1) : 0;
                    if (prev == 0 || "aeiou".indexOf(prev) >= 0) {
                        b.append('h');
                    }
                }
                case 'e' -> b.append(next == 'e' ? 'i' : 'e');
                case 'o' -> b.append(next == 'o' ? 'u' : 'o');
                // औ is written "au", "ou" or "o" ("Rajouri", "राजौरी" as "rajauri"): one sound, one letter
                case 'a' -> b.append(next == 'u' ? 'o' : 'a');
                case 'y' -> {
                    char prev = b.length() > 0 ? b.charAt(b.length() - 1) : 0;
                    if (prev != 0 && "aeiou".indexOf(prev) >= 0 && (next == 'i' || next == 'e')) {
                        // a glide the Indic scripts write between vowels ("సాయి" is "sayi"): "Sai" and "Saayi" meet
                        break;
                    }
                    b.append(i == s.length() - 1 && i > 0 ? 'i' : 'y');
                }
                default -> b.append(ch);
            }
            if ((ch == 'e' && next == 'e') || (ch == 'o' && next == 'o') || (ch == 'a' && next == 'u')
                    || (ch == 'o' && next == 'u' && i + 2 < s.length())) {
                i++;
            }
        }
        StringBuilder k = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char ch = b.charAt(i);
            if (k.length() > 0 && k.charAt(k.length() - 1) == ch && !Character.isDigit(ch)) {
                continue;
            }
            k.append(ch);
        }
        return k.toString();
    }

    /** The phonetic keys of tokens. */
    public static List<String> keys(List<String> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            keys.add(key(t));
        }
        return keys;
    }
}
