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

    /** One consonant or vowel of an Indic word: its letters and its vowel (null: the inherent "a"). */
    private static final class Unit {
        String letters;
        String vowel;
        boolean consonant;
        boolean deleted;

        Unit(String letters, String vowel, boolean consonant) {
            this.letters = letters;
            this.vowel = vowel;
            this.consonant = consonant;
        }

        boolean voiced() {
            return !consonant || (vowel == null ? !deleted : !vowel.isEmpty());
        }
    }

    /**
     * A plain Latin transliteration of a token in an Indic script, with the usual deletion of the inherent vowel
     * at the end of a word and between a vowel and a consonant that has its own ("लाजपत" gives "laajpat").
     * Other characters are kept.
     */
    public static String transliterate(String token) {
        List<Unit> units = new ArrayList<>(token.length());
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch < 0x0900 || ch > 0x0D7F) {
                units.add(new Unit(String.valueOf(ch), "", false));
                continue;
            }
            int off = (ch - 0x0900) % 0x80;
            String cons = consonant(off);
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (cons != null) {
                units.add(new Unit(cons, null, true));
            } else if (off == 0x3c && last != null && last.consonant) { // nukta
                last.letters = switch (last.letters) {
                    case "j" -> "z";
                    case "ph" -> "f";
                    case "d", "dh" -> "r";
                    case "k" -> "q";
                    default -> last.letters;
                };
            } else if (off == 0x4d && last != null && last.consonant) { // virama
                last.vowel = "";
            } else if (VOWEL_SIGNS[off] != null && last != null && last.consonant && last.vowel == null) {
                last.vowel = VOWEL_SIGNS[off];
            } else if (off >= 0x01 && off <= 0x03) {
                units.add(new Unit(VOWELS[off], "", false));
            } else if (off >= 0x04 && off <= 0x14) {
                units.add(new Unit(VOWELS[off], "", false));
            } else if (off >= 0x66 && off <= 0x6f) {
                units.add(new Unit(String.valueOf((char) ('0' + off - 0x66)), "", false));
            }
        }
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            if (!u.consonant || u.vowel != null) {
                continue;
            }
            boolean lastConsonant = true;
            for (int j = i + 1; j < units.size(); j++) {
                if (units.get(j).consonant || "aeiou".indexOf(units.get(j).letters.charAt(0)) >= 0) {
                    lastConsonant = false;
                }
            }
            if (lastConsonant && i > 0) {
                u.deleted = true;
            } else if (i > 0 && i + 1 < units.size() && units.get(i - 1).voiced() && units.get(i + 1).consonant
                    && units.get(i + 1).voiced()) {
                u.deleted = true;
            }
        }
        StringBuilder out = new StringBuilder(token.length() * 2);
        for (Unit u : units) {
            out.append(u.letters);
            if (u.consonant) {
                out.append(u.vowel == null ? (u.deleted ? "" : "a") : u.vowel);
            }
        }
        other.setLength(0);
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
