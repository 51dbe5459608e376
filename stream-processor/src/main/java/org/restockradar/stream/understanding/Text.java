package org.restockradar.stream.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Text normalisation and tokenisation shared by every matcher of the stage, so that a catalog alias, an outlet
 * name, a place name and a post are cut into tokens the same way. Works on any script: Latin diacritics are
 * dropped (Sūrat, España), the vowel signs of Indic scripts are kept; Urdu typed with Arabic letters (ي ك ه) is
 * written with the Urdu ones (ی ک ہ), without the short-vowel signs Urdu writes only now and then; the digits of every
 * script are ASCII digits ("६००", "۱٫۵" are "600", "1.5"); the Urdu letters people type for one another are one
 * letter (ھ and ہ, ۓ and ئے) and Assamese ৰ ৱ are the Bengali র ব typed for them; a token is a run of letters,
 * combining marks and digits; digits and letters are split ("250ml" gives "250", "ml"); apostrophes inside a word are dropped
 * ("can't" gives "cant").
 */
public final class Text {
    private Text() {
    }

    /** Lower-cased NFKC text without Latin diacritics and with typographic apostrophes made plain. */
    public static String normalise(String text) {
        if (isAscii(text)) {
            // NFKC leaves ASCII as it is and there are no diacritics to drop: only the backtick and the case change
            return text.replace('`', '\'').toLowerCase(Locale.ROOT);
        }
        return normaliseBeyondAscii(text);
    }

    /**
     * {@link #normalise} of a text with a character beyond ASCII: a step of its own, so that {@link #normalise} stays
     * small enough for the JIT to inline where it is hot (C2 inlines no hot method of more than 325 bytes of bytecode,
     * {@code FreqInlineSize}).
     */
    private static String normaliseBeyondAscii(String text) {
        // most posts in other scripts are in NFKC already: the check reads them without building a copy
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean latinDiacritics = false;
        boolean arabicScript = false;
        boolean otherDigits = false;
        boolean assameseLetters = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            latinDiacritics |= c >= 0x00C0 && c <= 0x024F;
            arabicScript |= c >= 0x0600 && c <= 0x06FF;
            otherDigits |= c >= 0x0660 && Character.isDigit(c);
            assameseLetters |= c == '\u09F0' || c == '\u09F1';
        }
        // each replace gives the same string back when the character is not there: no copy for most posts
        String s = nfkc.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        if (otherDigits) {
            s = asciiDigits(s);
        }
        if (arabicScript) {
            // Urdu typed on an Arabic keyboard: Arabic yeh, alef maksura, kaf and heh for the Urdu letters ی ک ہ
            s = withoutShortVowelSigns(s.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9')
                    .replace('\u0647', '\u06C1'));
            s = urduLettersAsTyped(s);
        }
        if (assameseLetters) {
            // Assamese ৰ and ৱ are typed as Bengali র and ব on a Bengali keyboard: one spelling for both
            s = s.replace('\u09F0', '\u09B0').replace('\u09F1', '\u09AC');
        }
        if (latinDiacritics) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder stripped = new StringBuilder(nfd.length());
            for (int i = 0; i < nfd.length(); i++) {
                char c = nfd.charAt(i);
                if (c < 0x0300 || c > 0x036F) {
                    stripped.append(c);
                }
            }
            s = Normalizer.normalize(stripped, Normalizer.Form.NFC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The text with the digits of other scripts written as ASCII digits ("६००", "੧.੫", "۱٫۵", "௯௦" are "600", "1.5",
     * "1.5", "90"), so that sizes, pincodes and numbers read alike in every script; the Arabic decimal separator
     * "٫" is a point and the Arabic thousands separator "٬" a comma, between digits.
     */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0660 && Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if ((c == '\u066B' || c == '\u066C') && i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                b.append(c == '\u066B' ? '.' : ',');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text without the Arabic script's short-vowel signs, tanween, shadda and sukun (U+064B to U+0652), which
     * Urdu writes only now and then: "اِدھر" and "ادھر" are one word.
     */
    private static String withoutShortVowelSigns(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < '\u064B' || s.charAt(i) > '\u0652')) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '\u064B' || c > '\u0652') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Urdu as people type it, one spelling for the letters they mix up: the two-eyed heh ھ, which Urdu writes after a
     * consonant it aspirates ("بھی", "کھانا"), is typed for the round heh ہ and the other way round ("ھو گیا" for "ہو
     * گیا"), and the Arabic keyboard's heh is already the round one above, so both are the round heh ("بھی" and "بہی"
     * are one word); yeh barree with hamza ۓ is the two letters ئے ("جاۓ" and "جائے"); a zero-width non-joiner after
     * an Arabic-script letter (U+200C), which some keyboards type between words for a space, is a space.
     */
    private static String urduLettersAsTyped(String s) {
        if (s.indexOf('\u06BE') < 0 && s.indexOf('\u06D3') < 0 && s.indexOf('\u200C') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u06BE') {
                b.append('\u06C1');
            } else if (c == '\u06D3') {
                b.append('\u0626').append('\u06D2');
            } else if (c == '\u200C' && i > 0 && s.charAt(i - 1) >= '\u0600' && s.charAt(i - 1) <= '\u06FF') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of a text, normalised. */
    public static List<String> tokens(String text) {
        return tokensOfNormalised(normalise(text));
    }

    /** The tokens of an already normalised text. */
    public static List<String> tokensOfNormalised(String s) {
        return tokensOfNormalised(s, null);
    }

    /**
     * The tokens of an already normalised text; {@code ends}, when given, is told where each token ends in the text
     * (the offset after its last character), in order.
     */
    static List<String> tokensOfNormalised(String s, IntConsumer ends) {
        return tokensOfNormalised(s, 0, s.length(), ends);
    }

    /**
     * The tokens of the part {@code [begin, end)} of an already normalised text, as {@link #tokensOfNormalised(String)}
     * gives them for that part alone; {@code ends}, when given, is told where each token ends in the whole text.
     */
    static List<String> tokensOfNormalised(String s, int begin, int end, IntConsumer ends) {
        Collected collected = new Collected(new ArrayList<>((end - begin) / 4 + 2), ends);
        scan(s, begin, end, collected);
        return collected.tokens;
    }

    /**
     * Where each token ends in an already normalised text (the offset after its last character), when
     * {@code tokens} are the text's tokens as {@link #tokensOfNormalised(String)} gives them; null when they are not
     * (another count, or a token written otherwise). Reads the text in place: no token is cut out of it.
     */
    static int[] tokenEnds(String s, List<String> tokens) {
        Compared compared = new Compared(tokens);
        scan(s, 0, s.length(), compared);
        return compared.same && compared.n == tokens.size() ? compared.ends : null;
    }

    /** What {@link #scan} tells of each token: the part {@code [from, to)} of the text, after {@code spliced} if any. */
    private abstract static class TokenSink {
        abstract void token(String s, int from, int to, StringBuilder spliced);
    }

    /** The tokens cut out, and their ends told to a consumer. */
    private static final class Collected extends TokenSink {
        final List<String> tokens;
        final IntConsumer ends;

        Collected(List<String> tokens, IntConsumer ends) {
            this.tokens = tokens;
            this.ends = ends;
        }

        @Override
        void token(String s, int from, int to, StringBuilder spliced) {
            tokens.add(cut(s, from, to, spliced));
            if (ends != null) {
                ends.accept(to);
            }
        }
    }

    /** Each token compared in place with the expected one, and its end kept. */
    private static final class Compared extends TokenSink {
        final List<String> expected;
        final int[] ends;
        int n;
        boolean same = true;

        Compared(List<String> expected) {
            this.expected = expected;
            this.ends = new int[expected.size()];
        }

        @Override
        void token(String s, int from, int to, StringBuilder spliced) {
            if (n < ends.length) {
                ends[n] = to;
                String want = expected.get(n);
                same &= spliced == null
                        ? want.length() == to - from && s.regionMatches(from, want, 0, want.length())
                        : want.equals(cut(s, from, to, spliced));
            }
            n++;
        }
    }

    /**
     * Cuts the part {@code [begin, end)} of an already normalised text into tokens and tells the sink of each, in
     * order: a token is a run of letters (and combining marks) or of digits; an apostrophe inside a word is dropped,
     * with the "s" after it when it ends the word (a possessive).
     */
    private static void scan(String s, int begin, int end, TokenSink sink) {
        // a token is usually a run of the text, cut out whole; only one with an apostrophe dropped is built
        StringBuilder spliced = null;
        int from = -1;
        int kind = 0; // 0 none, 1 letters, 2 digits
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter;
            if (c < 128) {
                letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            } else {
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || c == '\u200d' || c == '\u200c';
                letter = Character.isLetterOrDigit(c) || mark;
            }
            if (c == '\'' && kind == 1 && i + 1 < end && Character.isLetter(s.charAt(i + 1))) {
                boolean possessive = s.charAt(i + 1) == 's' && (i + 2 >= end || !Character.isLetter(s.charAt(i + 2)));
                if (spliced == null) {
                    spliced = new StringBuilder();
                }
                spliced.append(s, from, i);
                if (possessive) {
                    i++;
                    from = i + 1;
                } else {
                    from = i + 1;
                }
                continue;
            }
            int k = digit ? 2 : letter ? 1 : 0;
            if (k != kind || k == 0) {
                if (from >= 0) {
                    sink.token(s, from, i, spliced);
                    spliced = null;
                    from = -1;
                }
                kind = k;
            }
            if (k != 0 && from < 0) {
                from = i;
            }
        }
        if (from >= 0) {
            sink.token(s, from, end, spliced);
        }
    }

    private static String cut(String s, int from, int to, StringBuilder spliced) {
        if (spliced == null) {
            return s.substring(from, to);
        }
        return spliced.append(s, from, to).toString();
    }

    /** True when the token is written in Latin letters or digits only. */
    public static boolean isLatin(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) > 0x024F) {
                return false;
            }
        }
        return true;
    }

    /** The tokens joined by single spaces: the key of a phrase. */
    public static String key(List<String> tokens) {
        return String.join(" ", tokens);
    }

    /** The phrase key of a free text. */
    public static String key(String text) {
        return key(tokens(text));
    }

    /**
     * The distance capped at 2, without a table: 0 when equal, 1 for one substitution, insertion, deletion or swap
     * of neighbours, else 2. Lengths differ by at most one here and neither string is empty.
     */
    private static int withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == m) {
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i == n) {
                return 0;
            }
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return 1;
            }
            boolean swap = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
            return swap ? 1 : 2;
        }
        String shorter = n < m ? a : b;
        String longer = n < m ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i) ? 1 : 2;
    }

    /** Damerau-Levenshtein distance capped at {@code max + 1}. */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (max == 1 && n > 0 && m > 0) {
            return withinOneEdit(a, b);
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[n][m];
    }
}
