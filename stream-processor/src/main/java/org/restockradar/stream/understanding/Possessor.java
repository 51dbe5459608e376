package org.restockradar.stream.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The brand's word as an everyday noun with a possessor of its own, in a post that names a shop (session 20): a
 * genitive before it whose possessor is a common noun ("Rastogi Stores ki floor ki chamak gayab", the floor's shine is
 * gone), or a topic or genitive marker after it whose noun phrase is not a shop ("walang lamig ang softdrinks sa <shop>",
 * the soft drinks have no coldness). The word is then what that noun lacks, not goods on the shop's shelf. A possessor
 * that is the shop ("<shop> ki X", "wala nang X ang <shop>") is no such reading: the shop's name holds a shop word,
 * so a shop word as the genitive's possessor or in the marker's noun phrase keeps the brand. Words in
 * {@code catalog/possessors.tsv}.
 */
final class Possessor {

    private static final String RESOURCE = "catalog/possessors.tsv";
    /**
     * How many words after a marker its noun phrase may run (up to a {@code phrase_end} word or the clause's end): a
     * shop's name of up to five words and its shop word ("ang Aling Nena Sari-Sari Store" is six tokens), so that a
     * shop word in it is seen.
     */
    static final int REACH = 6;

    static final Possessor SHIPPED = new Possessor(BrandSpellings.lines(RESOURCE));

    private final Set<String> genitiveBefore = new HashSet<>();
    private final Set<String> markerAfter = new HashSet<>();
    private final Set<String> phraseEnd = new HashSet<>();

    Possessor(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            VocabularyLine v = VocabularyLine.parse(RESOURCE, n, line);
            switch (v.kind()) {
                case "genitive_before" -> genitiveBefore.add(v.tokens().get(0));
                case "marker_after" -> markerAfter.add(v.tokens().get(0));
                case "phrase_end" -> phraseEnd.add(v.tokens().get(0));
                default -> throw new IllegalStateException(RESOURCE + ": data line " + n + " has an unknown kind: " + line);
            }
        }
    }

    /**
     * The possessor of the one-token hit at {@code start}, as {from, to} (both included), or null: the word before a
     * genitive right before the hit, when it is neither a shop word nor a size word (a shop's name ends with its shop
     * word: "Dixit Kirana ki X"), with the word before it in its clause; or the up to {@link #REACH} words of its
     * clause after a marker right after the hit, up to a word that starts another phrase (a locative "sa"), when they
     * hold no shop word and no size word ("ang Aling Nena Sari-Sari Store" is the shop).
     */
    int[] of(IntentReader.Tokens t, int start) {
        List<String> tokens = t.tokens();
        int clause = t.clause()[start];
        if (start >= 2 && t.clause()[start - 1] == clause && t.clause()[start - 2] == clause
                && genitiveBefore.contains(tokens.get(start - 1))) {
            int host = start - 2;
            if (!sizeWord(tokens.get(host)) && !t.is(host, Cue.SHOP_WORD)) {
                return new int[] {host > 0 && t.clause()[host - 1] == clause ? host - 1 : host, host};
            }
        }
        int marker = start + 1;
        if (marker + 1 < tokens.size() && t.clause()[marker] == clause && t.clause()[marker + 1] == clause
                && markerAfter.contains(tokens.get(marker))) {
            int to = marker + 1;
            while (to + 1 < tokens.size() && to + 1 <= marker + REACH && t.clause()[to + 1] == clause
                    && !phraseEnd.contains(tokens.get(to + 1))) {
                to++;
            }
            for (int i = marker + 1; i <= to; i++) {
                if (t.is(i, Cue.SHOP_WORD) || sizeWord(tokens.get(i))) {
                    return null;
                }
            }
            return new int[] {marker + 1, to};
        }
        return null;
    }

    /**
     * A number, a number word or a unit: a size says the phrase is about goods ("Jalvira-ng litro", a litre of it, is
     * the Tagalog linker glued to the name, not a possessor).
     */
    private static boolean sizeWord(String w) {
        return CatalogMatcher.isDigits(w) || Quantity.isUnit(w) || Quantity.isNumberWord(w)
                || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
