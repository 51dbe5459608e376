package org.restockradar.stream.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A price written in a post or a product's name ("Rs 10", "₹20", "10 rupee pack", "20/-", "das rupaye", "बीस रुपये",
 * "P15", "15 pesos"): an amount in hundredths of a currency. Where a product's name or alias carries one ("Kurmuri
 * Masala Rs 10 pack"), the same price next to its brand names that pack ("the 10 rupee pack", "₹10 wala", "P15 na").
 * Currency words and signs are data: {@code quantities/currencies.tsv}; numbers are read as {@link Quantity} reads
 * them, in digits or in words.
 *
 * @param hundredths the amount in hundredths of the currency (paise, centavos)
 * @param currency   "INR" or "PHP", as the data file names it
 */
record Price(long hundredths, String currency) {
    Price {
        if (hundredths <= 0) {
            throw new IllegalArgumentException("a price must be positive: " + hundredths + " " + currency);
        }
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("a price needs a currency: " + hundredths);
        }
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString() + " " + currency;
    }

    /** A price written in a text, with where it is: {@code [start, end)} in the normalised text. */
    record Found(Price price, int start, int end) {
    }

    /** A currency word: its currency and where it stands to its number. */
    private record Currency(String code, String where) {
        boolean before() {
            return "before".equals(where) || "both".equals(where) || "glued".equals(where);
        }

        boolean after() {
            return "after".equals(where) || "both".equals(where);
        }
    }

    private static final Map<String, Currency> CURRENCIES = read("quantities/currencies.tsv");

    /** True when a token (of {@link Text#tokens}) is a currency word: only a post with one, or a sign, holds a price. */
    static boolean isCurrencyWord(String token) {
        return CURRENCIES.containsKey(token);
    }

    /** The prices written in a normalised text ({@link Text#normalise}), in order, with where each is. */
    static List<Found> found(String normalised) {
        List<Integer> starts = new ArrayList<>();
        List<Object> lexemes = Quantity.lexemes(normalised, starts);
        List<Found> found = new ArrayList<>(1);
        int taken = -1; // the last lexeme read into a price, so that "Rs 10 rs" is one price
        for (int i = 0; i < lexemes.size(); i++) {
            if (i <= taken) {
                continue;
            }
            if (lexemes.get(i) instanceof BigDecimal number) {
                Currency before = i > 0 && i - 1 > taken ? currency(lexemes.get(i - 1)) : null;
                if (before != null && before.before() && (!"glued".equals(before.where())
                        || starts.get(i - 1) + ((String) lexemes.get(i - 1)).length() == starts.get(i))) {
                    int end = i + 1 < lexemes.size() && currency(lexemes.get(i + 1)) != null ? i + 1 : i;
                    add(found, number, before.code(), starts.get(i - 1), endOf(lexemes, starts, end, normalised));
                    taken = end;
                    continue;
                }
                Currency after = i + 1 < lexemes.size() ? currency(lexemes.get(i + 1)) : null;
                if (after != null && after.after()) {
                    add(found, number, after.code(), starts.get(i), endOf(lexemes, starts, i + 1, normalised));
                    taken = i + 1;
                }
            } else if (lexemes.get(i) instanceof String word && CURRENCIES.containsKey(word) && CURRENCIES.get(word).after()
                    && i > 0 && !(lexemes.get(i - 1) instanceof BigDecimal)) {
                // "das rupaye", "बीस रुपये", "kinse pesos": a number in words before the currency word
                int first = Quantity.numberWordsStart(lexemes, i);
                BigDecimal number = first < 0 || first <= taken ? null : Quantity.numberInWords(lexemes, first, i);
                if (number != null) {
                    add(found, number, CURRENCIES.get(word).code(), starts.get(first), endOf(lexemes, starts, i, normalised));
                    taken = i;
                }
            }
        }
        return found;
    }

    /** The prices written in a normalised text, in order. */
    static List<Price> in(String normalised) {
        List<Price> prices = new ArrayList<>(1);
        for (Found f : found(normalised)) {
            prices.add(f.price());
        }
        return prices;
    }

    private static Currency currency(Object lexeme) {
        return lexeme instanceof String w ? CURRENCIES.get(w) : null;
    }

    private static int endOf(List<Object> lexemes, List<Integer> starts, int i, String text) {
        Object l = lexemes.get(i);
        int length = l instanceof String w ? w.length() : 1;
        int end = starts.get(i) + length;
        if (l instanceof BigDecimal) {
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                end++;
            }
        }
        return Math.min(end, text.length());
    }

    private static void add(List<Found> found, BigDecimal number, String currency, int start, int end) {
        if (number.signum() <= 0) {
            return;
        }
        long hundredths = number.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        found.add(new Found(new Price(hundredths, currency), start, end));
    }

    private static Map<String, Currency> read(String resource) {
        Map<String, Currency> out = new HashMap<>();
        for (String line : BrandSpellings.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("expected 3 fields in " + resource + ": " + line);
            }
            String where = f[2].strip();
            if (!List.of("before", "after", "both", "glued").contains(where)) {
                throw new IllegalStateException("expected before, after, both or glued in " + resource + ": " + line);
            }
            // "rs." is read as "rs": the dot is no letter of a lexeme
            out.put(Text.normalise(f[0].strip()).replace(".", ""), new Currency(f[1].strip(), where));
        }
        return WordTable.mapOf(out);
    }
}
