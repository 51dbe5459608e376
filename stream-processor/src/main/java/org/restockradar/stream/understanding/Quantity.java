package org.restockradar.stream.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack size: an amount in millilitres or grams ("1.2L", "1,2 ltr", "1200 ml", "one point two litre", "half litre",
 * "isang litro", "half a litre", "two fifty ml", "1/2 litre", "1.2 लीटर" and "6OO ml", a letter O for a zero, are each
 * one size; so are "१.२ लीटर", "۱٫۲ لیٹر" and "௧.௨ லிட்டர்", the digits of every script being digits after
 * {@link Text#normalise}, and "1200 मि.ली", a unit abbreviated with dots read as one word). Units and number words are
 * data: {@code quantities/units.tsv} and {@code quantities/numbers.tsv} on the class path.
 *
 * @param amount the size in the base unit, rounded to a whole one
 * @param base   "ml" for volumes, "g" for masses
 */
public record Quantity(long amount, String base) {
    public Quantity {
        if (amount <= 0) {
            throw new IllegalArgumentException("a size must be positive: " + amount + " " + base);
        }
        if (!"ml".equals(base) && !"g".equals(base)) {
            throw new IllegalArgumentException("a size is in ml or g, not " + base);
        }
    }

    @Override
    public String toString() {
        return amount + " " + base;
    }

    /** A unit word: its base unit and how many of the base one of it is. */
    private record Unit(String base, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = readUnits("quantities/units.tsv");
    /**
     * The first parts of the unit words written with a dot in units.tsv ("मि" of "मि.ली", "ఎం" of "ఎం.ఎల్"): the
     * tokeniser cuts such a word in two, so the first part alone tells that the post may hold a size.
     */
    private static final java.util.Set<String> DOTTED_FIRST = dottedFirstParts("quantities/units.tsv");
    /** The value of a word that may stand between a number word and its unit ("half a litre"). */
    private static final String LINK = "link";
    /** Number words: their value, or a multiplier ("x100"), "." for the decimal point, or {@link #LINK}. */
    private static final Map<String, String> NUMBERS = readNumbers("quantities/numbers.tsv");
    /** Words that name a pack by its size without a number ("big", "chhota"): true for the largest size. */
    private static final Map<String, Boolean> SIZE_WORDS = readSizeWords("quantities/size-words.tsv");
    /** The longest unit word, in chars: a longer word is not looked up. */
    private static final int LONGEST_UNIT = UNITS.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** True when a token (of {@link Text#tokens}) is a unit word: only a post with one can hold a size. */
    static boolean isUnit(String token) {
        return token.length() <= LONGEST_UNIT && (UNITS.containsKey(token) || DOTTED_FIRST.contains(token));
    }

    /**
     * Whether a token (of {@link Text#tokens}) names a pack by its size without a number: {@code TRUE} for the
     * largest size ("big", "bada", "periya", "malaki"), {@code FALSE} for the smallest ("small", "chhota",
     * "chinna", "maliit"), null for any other word.
     */
    static Boolean sizeWord(String token) {
        return SIZE_WORDS.get(token);
    }

    /** The sizes written in a normalised text ({@link Text#normalise}), in order. */
    public static List<Quantity> in(String normalised) {
        List<Object> lexemes = lexemes(normalised);
        List<Quantity> found = new ArrayList<>(1);
        for (int i = 1; i < lexemes.size(); i++) {
            if (!(lexemes.get(i) instanceof String word) || !isUnit(word)) {
                continue;
            }
            Unit unit = UNITS.get(word);
            BigDecimal number = lexemes.get(i - 1) instanceof BigDecimal n ? n : numberInWords(lexemes, i);
            if (number == null || number.signum() <= 0) {
                continue;
            }
            long amount = number.multiply(unit.factor()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (amount > 0) {
                found.add(new Quantity(amount, unit.base()));
            }
        }
        return found;
    }

    /**
     * The number written in words just before lexeme {@code end} ("one point two", "two hundred", "half", "isang"),
     * or null when the word before is not a number word.
     */
    private static BigDecimal numberInWords(List<Object> lexemes, int end) {
        int start = end;
        // a linking word after a number word ("half a litre", "usa ka litro", "one and a half") is stepped over
        while (start > 0) {
            int before = start - 1;
            while (before > 0 && isLink(lexemes.get(before))) {
                before--; // "and a" in "one and a half"
            }
            if (!isNumberWord(lexemes.get(before))) {
                break;
            }
            start = before;
        }
        if (start == end) {
            return null;
        }
        BigDecimal whole = BigDecimal.ZERO;
        StringBuilder decimals = null;
        BigDecimal digitBefore = null;
        for (int i = start; i < end; i++) {
            String v = NUMBERS.get((String) lexemes.get(i));
            BigDecimal hundreds = digitBefore;
            digitBefore = null;
            if (v.equals(LINK)) {
                continue;
            } else if (v.equals(".")) {
                decimals = new StringBuilder();
            } else if (v.startsWith("x")) {
                whole = (whole.signum() == 0 ? BigDecimal.ONE : whole).multiply(new BigDecimal(v.substring(1)));
            } else if (decimals != null) {
                BigDecimal digit = new BigDecimal(v);
                if (digit.scale() > 0 || digit.compareTo(BigDecimal.TEN) >= 0) {
                    return null; // "point half" is not a number
                }
                decimals.append(digit.intValueExact());
            } else {
                BigDecimal value = new BigDecimal(v);
                if (hundreds != null && value.scale() <= 0 && value.compareTo(BigDecimal.TEN) >= 0
                        && value.compareTo(BigDecimal.valueOf(100)) < 0) {
                    whole = whole.add(hundreds.multiply(BigDecimal.valueOf(99))); // "two fifty": two hundred fifty
                }
                whole = whole.add(value);
                if (value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0) {
                    digitBefore = value;
                }
            }
        }
        if (decimals != null && !decimals.isEmpty()) {
            whole = whole.add(new BigDecimal("0." + decimals));
        }
        return whole;
    }

    /** True when a token is a number word or a word linking one to its unit ("usa", "ka", "dedh", "half", "a"). */
    static boolean isNumberWord(String token) {
        return NUMBERS.containsKey(token);
    }

    /** True when a token is only a word linking a number word to its unit ("ka", "a", "sa"). */
    static boolean isLinkWord(String token) {
        return LINK.equals(NUMBERS.get(token));
    }

    private static boolean isNumberWord(Object lexeme) {
        return lexeme instanceof String w && NUMBERS.containsKey(w) && !LINK.equals(NUMBERS.get(w));
    }

    private static boolean isLink(Object lexeme) {
        return lexeme instanceof String w && LINK.equals(NUMBERS.get(w));
    }

    /**
     * The text as numbers ({@link BigDecimal}) and words ({@link String}): a number is a run of digits with a
     * decimal point or comma inside ("1.2", "1,2"; "1,200" is twelve hundred) and letters O standing for zeros
     * after a digit ("6OO"); a word is a run of letters and marks; a digit and a letter part ("1200ml").
     */
    static List<Object> lexemes(String s) {
        List<Object> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                StringBuilder digits = new StringBuilder();
                int separatorAt = -1;
                char separator = 0;
                int j = i;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d >= '0' && d <= '9') {
                        digits.append(d);
                    } else if ((d == 'o' || d == 'O') && zerosEndNumber(s, j)) {
                        digits.append('0');
                    } else if ((d == '.' || d == ',') && separatorAt < 0 && j + 1 < n && Character.isDigit(s.charAt(j + 1))) {
                        separatorAt = digits.length();
                        separator = d;
                    } else {
                        break;
                    }
                    j++;
                }
                BigDecimal number = number(digits, separatorAt, separator);
                int denominatorEnd = separatorAt < 0 ? fractionEnd(s, j) : -1;
                if (denominatorEnd > 0) {
                    // "1/2 litre": a fraction of a unit
                    BigDecimal denominator = new BigDecimal(s.substring(j + 1, denominatorEnd));
                    if (s.charAt(j) == '\u2044' && digits.length() > 1) {
                        // NFKC writes "1½" as "11⁄2": the fraction slash comes only from a fraction sign, whose
                        // numerator is the last digit; the digits before it are whole units
                        BigDecimal whole = new BigDecimal(digits.substring(0, digits.length() - 1));
                        BigDecimal numerator = new BigDecimal(digits.substring(digits.length() - 1));
                        number = whole.add(numerator.divide(denominator, 3, RoundingMode.HALF_UP));
                    } else {
                        number = number.divide(denominator, 3, RoundingMode.HALF_UP);
                    }
                    j = denominatorEnd;
                    if (wholeBefore(out, s, i)) {
                        // "1 1/2 L": a whole number, one space, a fraction are one mixed number
                        number = ((BigDecimal) out.remove(out.size() - 1)).add(number);
                    }
                }
                out.add(number);
                i = j;
            } else if (Character.isLetter(c) || isMark(c)) {
                int j = i;
                while (j < n && (Character.isLetter(s.charAt(j)) || isMark(s.charAt(j)))
                        && !(s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
                    j++;
                }
                String word = s.substring(i, j);
                int k = j + 1;
                while (j < n && s.charAt(j) == '.' && k < n && (Character.isLetter(s.charAt(k)) || isMark(s.charAt(k)))) {
                    // a unit abbreviated with dots ("मि.ली", "ఎం.ఎల్") is one word when its parts make a unit
                    while (k < n && (Character.isLetter(s.charAt(k)) || isMark(s.charAt(k)))) {
                        k++;
                    }
                    String joined = word + s.substring(j + 1, k);
                    if (!UNITS.containsKey(joined)) {
                        break;
                    }
                    word = joined;
                    j = k;
                    k = j + 1;
                }
                out.add(word);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Where the denominator of a fraction ends, when a "/" and one digit from 2 to 8 follow a number at {@code slash}
     * ("1/2", "3/4"); else -1. "7/11" and "24/7" are no fractions.
     */
    private static int fractionEnd(String s, int slash) {
        if (slash + 1 >= s.length() || s.charAt(slash) != '/' && s.charAt(slash) != '\u2044') {
            return -1;
        }
        char d = s.charAt(slash + 1);
        if (d < '2' || d > '8' || slash + 2 < s.length() && Character.isDigit(s.charAt(slash + 2))) {
            return -1;
        }
        return slash + 2;
    }

    /**
     * True when the lexeme last read is a whole number ending one space before {@code at}, where a fraction begins: the
     * whole part of a mixed number ("1 1/2").
     */
    private static boolean wholeBefore(List<Object> out, String s, int at) {
        return !out.isEmpty() && out.get(out.size() - 1) instanceof BigDecimal whole && whole.scale() <= 0
                && whole.signum() > 0 && at >= 2 && s.charAt(at - 1) == ' ' && Character.isDigit(s.charAt(at - 2));
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** True when the letters O from {@code at} on end the number: a non-letter, or a unit word, follows them. */
    private static boolean zerosEndNumber(String s, int at) {
        int j = at;
        while (j < s.length() && (s.charAt(j) == 'o' || s.charAt(j) == 'O')) {
            j++;
        }
        if (j == s.length() || !Character.isLetter(s.charAt(j))) {
            return true;
        }
        int k = j;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return isUnit(s.substring(j, k).toLowerCase(java.util.Locale.ROOT));
    }

    private static BigDecimal number(StringBuilder digits, int separatorAt, char separator) {
        if (separatorAt < 0) {
            return new BigDecimal(digits.toString());
        }
        int after = digits.length() - separatorAt;
        if (separator == ',' && after == 3) {
            return new BigDecimal(digits.toString()); // "1,200 ml": a thousands separator
        }
        return new BigDecimal(digits.substring(0, separatorAt) + "." + digits.substring(separatorAt));
    }

    private static List<String[]> rows(String resource, int fields) {
        try (InputStream in = Quantity.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("quantity data missing from the class path: " + resource);
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException("expected " + fields + " fields in " + resource + ": " + line);
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quantity data " + resource, e);
        }
    }

    private static Map<String, Unit> readUnits(String resource) {
        Map<String, Unit> units = new HashMap<>();
        for (String[] f : rows(resource, 3)) {
            // a unit written with dots ("मि.ली") is filed as one word, as lexemes() joins it
            units.put(Text.normalise(f[0].strip()).replace(".", ""), new Unit(f[1].strip(), new BigDecimal(f[2].strip())));
        }
        return WordTable.mapOf(units);
    }

    private static java.util.Set<String> dottedFirstParts(String resource) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (String[] f : rows(resource, 3)) {
            String word = Text.normalise(f[0].strip());
            if (word.indexOf('.') > 0) {
                parts.add(word.substring(0, word.indexOf('.')));
            }
        }
        return WordTable.setOf(parts);
    }

    private static Map<String, Boolean> readSizeWords(String resource) {
        Map<String, Boolean> words = new HashMap<>();
        for (String[] f : rows(resource, 2)) {
            String extreme = f[1].strip();
            if (!"largest".equals(extreme) && !"smallest".equals(extreme)) {
                throw new IllegalStateException("expected largest or smallest in " + resource + ": " + String.join("\t", f));
            }
            words.put(Text.normalise(f[0].strip()), "largest".equals(extreme));
        }
        return WordTable.mapOf(words);
    }

    private static Map<String, String> readNumbers(String resource) {
        Map<String, String> numbers = new HashMap<>();
        for (String[] f : rows(resource, 2)) {
            numbers.put(Text.normalise(f[0].strip()), f[1].strip());
        }
        return WordTable.mapOf(numbers);
    }
}
