package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough phonetic key of a token, so that the spellings people use for one Indian or Filipino name meet:
 * "Lakshmi"/"Laxmi", "Kothrood"/"Kothrud", "Agarwal"/"Aggarwal", and names written in an Indic script
 * ("कोथरूड", "করোল") after a plain transliteration. All Indic scripts of Unicode share the layout of
 * Devanagari, so one table serves Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
 * Malayalam (approximately for Tamil, which has fewer letters).
 */
public final class Phonetic {
    private static final String[] CONSONANTS = new String[0x40];
    private static final String[] VOWEL_SIGNS = new String[0x80];
    private static final String[] VOWELS = new String[0x20];

    static {
        String[] c = {"k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n",
                "t", "th", "d", "dh", "n", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v",
                "sh", "sh", "s", "h"};
        for (int i = 0; i < c.length; i++) {
            CONSONANTS[0x15 + i] = c[i];
        }
        String[] v = {"", "n", "n", "h", "a", "a", "aa", "i", "ee", "u", "oo", "ri", "li", "e", "e", "e", "ai",
                "o", "o", "o", "au"};
        for (int i = 0; i < v.length; i++) {
            VOWELS[i] = v[i];
        }
        String[][] signs = {{"3e", "aa"}, {"3f", "i"}, {"40", "ee"}, {"41", "u"}, {"42", "oo"}, {"43", "ri"},
                {"44", "ri"}, {"45", "e"}, {"46", "e"}, {"47", "e"}, {"48", "ai"}, {"49", "o"}, {"4a", "o"},
                {"4b", "o"}, {"4c", "au"}, {"62", "li"}, {"63", "li"}};
        for (String[] s : signs) {
            VOWEL_SIGNS[Integer.parseInt(s[0], 16)] = s[1];
        }
    }

    private Phonetic() {
    }

    private static String consonant(int offset) {
        return offset >= 0x15 && offset <= 0x39 ? CONSONANTS[offset] : null;
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

    /** A plain Latin transliteration of a token in an Indic script; other characters are kept. */
    public static String transliterate(String token) {
        StringBuilder out = new StringBuilder(token.length() * 2);
        boolean pendingSchwa = false;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch < 0x0900 || ch > 0x0D7F) {
                if (pendingSchwa) {
                    out.append('a');
                    pendingSchwa = false;
                }
                out.append(ch);
                continue;
            }
            int off = (ch - 0x0900) % 0x80;
            String cons = consonant(off);
            if (cons != null) {
                if (pendingSchwa) {
                    out.append('a');
                }
                out.append(cons);
                pendingSchwa = true;
            } else if (off == 0x3c) { // nukta: ka->qa, ja->za, pha->fa, da->ra
                int n = out.length();
                if (n > 0) {
                    char last = out.charAt(n - 1);
                    if (last == 'j') {
                        out.setCharAt(n - 1, 'z');
                    } else if (n > 1 && out.charAt(n - 2) == 'p' && last == 'h') {
                        out.setLength(n - 2);
                        out.append('f');
                    } else if (last == 'd') {
                        out.setCharAt(n - 1, 'r');
                    }
                }
            } else if (off == 0x4d) { // virama
                pendingSchwa = false;
            } else if (VOWEL_SIGNS[off] != null) {
                out.append(VOWEL_SIGNS[off]);
                pendingSchwa = false;
            } else if (off >= 0x01 && off <= 0x03) { // candrabindu, anusvara, visarga
                if (pendingSchwa) {
                    out.append('a');
                    pendingSchwa = false;
                }
                out.append(VOWELS[off]);
            } else if (off >= 0x04 && off <= 0x14) {
                if (pendingSchwa) {
                    out.append('a');
                    pendingSchwa = false;
                }
                out.append(VOWELS[off]);
            } else if (off >= 0x66 && off <= 0x6f) {
                if (pendingSchwa) {
                    out.append('a');
                    pendingSchwa = false;
                }
                out.append((char) ('0' + off - 0x66));
            }
        }
        return out.toString();
    }

    /** The phonetic key of one normalised token. */
    public static String key(String token) {
        String s = isIndic(token) ? transliterate(token) : token;
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
                case 'y' -> b.append(i == s.length() - 1 && i > 0 ? 'i' : 'y');
                default -> b.append(ch);
            }
            if ((ch == 'e' && next == 'e') || (ch == 'o' && next == 'o')) {
                i++;
            }
        }
        StringBuilder k = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char ch = b.charAt(i);
            if (k.length() > 0 && k.charAt(k.length() - 1) == ch) {
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
