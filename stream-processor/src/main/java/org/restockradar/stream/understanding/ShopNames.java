package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a post names a shop beside its shop word (session 18, {@code lexicon/shop-names.tsv}): a word for "other" before
 * it ("another shop", "dusri dukaan", "ibang tindahan") says the shop is not the one named before; a personal genitive
 * after it ("Tindahan ni Aling Bebang") joins the owner's name, the shop's own words. Read once; a lookup is a set
 * lookup.
 */
final class ShopNames {
    private static final String RESOURCE = "lexicon/shop-names.tsv";
    private static final Set<String> OTHER;
    private static final Set<String> NAME_LINK;
    private static final List<List<String>> BESIDE;

    static {
        Set<String> other = new HashSet<>();
        Set<String> link = new HashSet<>();
        List<List<String>> beside = new ArrayList<>();
        for (String line : BrandSpellings.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3 || !(f[1].equals("other") || f[1].equals("name_link") || f[1].equals("beside"))
                    || f[2].isBlank()) {
                throw new IllegalArgumentException(
                        RESOURCE + ": expected <lang><TAB>other|name_link|beside<TAB><word>: " + line);
            }
            String word = f[2].strip().toLowerCase(Locale.ROOT);
            switch (f[1]) {
                case "other" -> other.add(word);
                case "name_link" -> link.add(word);
                default -> beside.add(List.of(word.split(" +")));
            }
        }
        OTHER = Set.copyOf(other);
        NAME_LINK = Set.copyOf(link);
        BESIDE = List.copyOf(beside);
    }

    private ShopNames() {
    }

    /**
     * The shop word at {@code i} is "another shop": a word for "other" right before it, or before it across one
     * determiner ("some other shop", "ek dusri dukaan"), in its clause.
     */
    static boolean otherShop(IntentReader.Tokens t, int i) {
        if (besideAfter(t, i)) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 2 && t.clause()[j] == t.clause()[i]; j--) {
            if (OTHER.contains(t.tokens().get(j))) {
                return true;
            }
            if (!t.is(j, Cue.DETERMINER)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The shop word at {@code i} is followed, in its clause, by words that place it beside the one the post is about
     * (session 20, {@code beside}: "the supermarket next door", "the shop across the road"): another shop.
     */
    private static boolean besideAfter(IntentReader.Tokens t, int i) {
        List<String> tokens = t.tokens();
        for (List<String> phrase : BESIDE) {
            int k = i + 1;
            int m = 0;
            while (m < phrase.size() && k < tokens.size() && t.clause()[k] == t.clause()[i]
                    && tokens.get(k).equals(phrase.get(m))) {
                k++;
                m++;
            }
            if (m == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shop word at {@code i} is followed by a personal genitive and its owner's name ("Tindahan ni Aling
     * Bebang"): the first position of the name, or -1.
     */
    static int ownerNameAfter(IntentReader.Tokens t, int i) {
        int k = i + 1;
        if (k + 1 >= t.tokens().size() || t.clause()[k] != t.clause()[i] || !NAME_LINK.contains(t.tokens().get(k))) {
            return -1;
        }
        return t.clause()[k + 1] == t.clause()[i] ? k + 1 : -1;
    }
}
