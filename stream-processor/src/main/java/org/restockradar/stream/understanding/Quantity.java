package org.restockradar.stream.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The value of a word that changes the number after it and is no number alone ("saade", "साढ़े"). */
    private static final String NO_VALUE = "-";
    /** Number words: their value, or a multiplier ("x100"), "." for the decimal point, or {@link #LINK}. */
    private static final Map<String, String> NUMBERS = readNumbers("quantities/numbers.tsv");
    /** What a word adds to the number word after it ("sawa" +0.25, "paune" -0.25, "saade" +0.5): the third field. */
    private static final Map<String, String> MODIFIERS = readModifiers("quantities/numbers.tsv");
    /** The Latin number words of four letters or more by {@link #once}, when no two of them meet there. */
    private static final Map<String, String> LOOSE_NUMBERS = looseNumbers(NUMBERS);
    /** Words that name a pack by its size without a number ("big", "chhota"): true for the largest size. */
    private static final Map<String, Boolean> SIZE_WORDS = readSizeWords("quantities/size-words.tsv");
    /** Of {@link #SIZE_WORDS}, those that name a size only right before a word for a pack ("family pack"). */
    private static final Set<String> SIZE_WORDS_BEFORE_PACK = readSizeWordsBeforePack("quantities/size-words.tsv");
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

    /**
     * True when a word of {@link #sizeWord} names a size only right before a word for a pack or "size" ("family pack",
     * "economy size"; the third field "pack" of {@code quantities/size-words.tsv}): alone it is an everyday word.
     */
    static boolean sizeWordBeforePackOnly(String token) {
        return SIZE_WORDS_BEFORE_PACK.contains(token);
    }

    /** The sizes written in a normalised text ({@link Text#normalise}), in order. */
    public static List<Quantity> in(String normalised) {
        List<Found> found = found(normalised);
        List<Quantity> sizes = new ArrayList<>(found.size());
        for (Found f : found) {
            sizes.add(f.size());
        }
        return sizes;
    }

    /**
     * A size written in a text, with where it is: {@code [start, end)} in the normalised text, from the first
     * character of its number to the end of its unit.
     */
    record Found(Quantity size, int start, int end) {
    }

    /** The sizes written in a normalised text ({@link Text#normalise}), in order, with where each is. */
    static List<Found> found(String normalised) {
        List<Integer> starts = new ArrayList<>();
        List<Object> lexemes = lexemes(normalised, starts);
        List<Found> found = new ArrayList<>(1);
        for (int i = 1; i < lexemes.size(); i++) {
            if (!(lexemes.get(i) instanceof String word) || !isUnit(word)) {
                continue;
            }
            Unit unit = UNITS.get(word);
            int first = i - 1;
            BigDecimal number;
            if (lexemes.get(i - 1) instanceof BigDecimal n) {
                number = n;
            } else {
                first = numberWordsStart(lexemes, i);
                number = first < 0 ? null : numberInWords(lexemes, first, i);
            }
            if (number == null || number.signum() <= 0) {
                continue;
            }
            long amount = number.multiply(unit.factor()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (amount > 0) {
                int end = starts.get(i) + word.length();
                found.add(new Found(new Quantity(amount, unit.base()), starts.get(first), Math.min(end, normalised.length())));
            }
        }
        return found;
    }

    /**
     * Where the number written in words just before lexeme {@code end} begins ("one point two", "two hundred",
     * "half", "isang", "sawa do"), or -1 when the word before is not a number word.
     */
    static int numberWordsStart(List<Object> lexemes, int end) {
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
        return start == end ? -1 : start;
    }

    /**
     * The number written in the words {@code [start, end)} of the lexemes, each a number word or a link; null when
     * they make no number ("point half"). A word that changes the number after it ("sawa do": two and a quarter,
     * "paune do": a quarter less than two, "saade teen": three and a half) counts by its modifier when a number word
     * follows it, by its own value when none does ("sawa litre" is 1.25 L); a fraction word right after a whole number
     * word, with no link between, is a part of it ("three quarter litre", "isang kalahating litro": three quarters,
     * one half), after a link it is added ("two and a quarter").
     */
    static BigDecimal numberInWords(List<Object> lexemes, int start, int end) {
        BigDecimal whole = BigDecimal.ZERO;
        StringBuilder decimals = null;
        BigDecimal digitBefore = null;
        BigDecimal pendingModifier = null;
        boolean linked = false;
        BigDecimal lastWhole = null;
        for (int i = start; i < end; i++) {
            String word = number((String) lexemes.get(i));
            String v = NUMBERS.get(word);
            BigDecimal hundreds = digitBefore;
            digitBefore = null;
            String modifier = MODIFIERS.get(word);
            if (modifier != null && decimals == null && i + 1 < end && isNumberWord(lexemes.get(i + 1))) {
                pendingModifier = pendingModifier == null ? new BigDecimal(modifier) : pendingModifier.add(new BigDecimal(modifier));
                continue;
            }
            if (v.equals(NO_VALUE)) {
                return null; // "saade" with no number after it
            }
            if (v.equals(LINK)) {
                linked = true;
                continue;
            }
            boolean afterLink = linked;
            linked = false;
            if (v.equals(".")) {
                decimals = new StringBuilder();
                lastWhole = null;
            } else if (v.startsWith("x")) {
                BigDecimal base = whole.signum() == 0 ? BigDecimal.ONE : whole;
                if (pendingModifier != null) {
                    base = base.add(pendingModifier); // "sawa sau": 125, "paune sau": 75
                    pendingModifier = null;
                }
                whole = base.multiply(new BigDecimal(v.substring(1)));
                lastWhole = null;
            } else if (decimals != null) {
                BigDecimal digit = new BigDecimal(v);
                if (digit.scale() > 0 || digit.compareTo(BigDecimal.TEN) >= 0) {
                    return null; // "point half" is not a number
                }
                decimals.append(digit.intValueExact());
            } else {
                BigDecimal value = new BigDecimal(v);
                boolean fraction = value.compareTo(BigDecimal.ONE) < 0;
                if (fraction && !afterLink && lastWhole != null && pendingModifier == null) {
                    // "three quarter", "isang kalahati": so many of the fraction, not the two added
                    whole = whole.subtract(lastWhole).add(lastWhole.multiply(value));
                    lastWhole = null;
                    continue;
                }
                if (hundreds != null && value.scale() <= 0 && value.compareTo(BigDecimal.TEN) >= 0
                        && value.compareTo(BigDecimal.valueOf(100)) < 0) {
                    whole = whole.add(hundreds.multiply(BigDecimal.valueOf(99))); // "two fifty": two hundred fifty
                }
                if (pendingModifier != null) {
                    value = value.add(pendingModifier); // "sawa do": 2.25, "paune do": 1.75
                    pendingModifier = null;
                }
                whole = whole.add(value);
                lastWhole = value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0 ? value : null;
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

    /**
     * A word as the number words are filed: itself when it is one, else its spelling with doubled letters written
     * once when that is one ("baavan", "baais", "chaalees" as "bavan", "bais", "chales"): romanised Hindi writes a
     * long vowel doubled or not.
     */
    private static String number(String word) {
        if (NUMBERS.containsKey(word) || word.length() < 4 || word.charAt(0) >= 0x80) {
            return word;
        }
        String loose = LOOSE_NUMBERS.get(once(word));
        return loose == null ? word : loose;
    }

    /** A Latin word with each run of one letter written once: "baavan" is "bavan", "chhattees" is "chates". */
    private static String once(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                b.append(word.charAt(i));
            }
        }
        return b.toString();
    }

    /** True when a token is a number word or a word linking one to its unit ("usa", "ka", "dedh", "half", "a"). */
    static boolean isNumberWord(String token) {
        return NUMBERS.containsKey(number(token));
    }

    /** True when a token is only a word linking a number word to its unit ("ka", "a", "sa"). */
    static boolean isLinkWord(String token) {
        return LINK.equals(NUMBERS.get(token));
    }

    private static boolean isNumberWord(Object lexeme) {
        if (!(lexeme instanceof String w)) {
            return false;
        }
        String v = NUMBERS.get(number(w));
        return v != null && !LINK.equals(v);
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
        return lexemes(s, null);
    }

    /**
     * As {@link #lexemes(String)}, telling {@code starts} (when given) where each lexeme begins in the text. A currency
     * sign ("₹", "₱") is a lexeme of its own, and so is "/-" after a number ("20/-", a price in rupees).
     */
    static List<Object> lexemes(String s, List<Integer> starts) {
        List<Object> out = new ArrayList<>();
        List<Integer> at = starts == null ? new ArrayList<>() : starts;
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
                        i = at.remove(at.size() - 1);
                    }
                }
                out.add(number);
                at.add(i);
                i = j;
                if (j + 1 < n && s.charAt(j) == '/' && s.charAt(j + 1) == '-') {
                    out.add("/-");
                    at.add(j);
                    i = j + 2;
                }
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
                at.add(i);
                i = j;
            } else {
                if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                    out.add(String.valueOf(c));
                    at.add(i);
                }
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
        return rows(resource, fields, fields);
    }

    private static List<String[]> rows(String resource, int fields, int mostFields) {
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
                if (f.length < fields || f.length > mostFields) {
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

    private static Set<String> readSizeWordsBeforePack(String resource) {
        Set<String> words = new HashSet<>();
        for (String[] f : rows(resource, 2, 3)) {
            if (f.length == 3) {
                if (!"pack".equals(f[2].strip())) {
                    throw new IllegalStateException("expected pack or nothing in the third field of " + resource + ": "
                            + String.join("\t", f));
                }
                words.add(Text.normalise(f[0].strip()));
            }
        }
        return WordTable.setOf(words);
    }

    private static Map<String, Boolean> readSizeWords(String resource) {
        Map<String, Boolean> words = new HashMap<>();
        for (String[] f : rows(resource, 2, 3)) {
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
        for (String[] f : rows(resource, 2, 3)) {
            String value = f[1].strip();
            if (NO_VALUE.equals(value) && f.length < 3) {
                throw new IllegalStateException("a word of no value alone needs a modifier in " + resource + ": " + f[0]);
            }
            numbers.put(Text.normalise(f[0].strip()), value);
        }
        return WordTable.mapOf(numbers);
    }

    private static Map<String, String> readModifiers(String resource) {
        Map<String, String> modifiers = new HashMap<>();
        for (String[] f : rows(resource, 2, 3)) {
            if (f.length == 3) {
                new BigDecimal(f[2].strip()); // a modifier is a number: "+0.25", "-0.25"
                modifiers.put(Text.normalise(f[0].strip()), f[2].strip());
            }
        }
        return WordTable.mapOf(modifiers);
    }

    private static Map<String, String> looseNumbers(Map<String, String> numbers) {
        Map<String, String> loose = new HashMap<>();
        Map<String, String> valueOf = new HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : numbers.entrySet()) {
            String w = e.getKey();
            if (w.length() < 4 || w.charAt(0) >= 0x80 || LINK.equals(e.getValue())) {
                continue;
            }
            String key = once(w);
            String before = valueOf.putIfAbsent(key, e.getValue());
            if (before != null && !before.equals(e.getValue()) || numbers.containsKey(key) && !numbers.get(key).equals(e.getValue())) {
                clashing.add(key);
            }
            loose.putIfAbsent(key, w);
        }
        loose.keySet().removeAll(clashing);
        return WordTable.mapOf(loose);
    }
}
