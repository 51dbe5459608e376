package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether a tracked brand's word is written as an ordinary word of the post's language rather than as the name of
 * the product, from evidence that does not depend on knowing the word in advance (session 16): what
 * {@link EverydaySenses} does for the nouns it lists, for any brand word.
 *
 * <p>Only in a post with no evidence of the product (no product or handle hit, none of the brand's category words or
 * product-name words, no {@code strong_product} cue, no {@code product_context} cue but a shop's, no size or price, no
 * word of goods), and only when no occurrence of the word is written as a name (capitalised inside a sentence), the
 * word is an ordinary word when the grammar of {@code catalog/word-use.tsv} uses it as a common noun or an adjective:
 * a determiner, quantifier or degree word right before it ("koi rahat nahi", "kono maja nei") or a degree word after
 * it ("kusog kaayo"), or (session 18) a Philippine linker and a noun no lexicon knows after it ("naimas a makan",
 * "walay lami nga sud-an": the word qualifies that noun).
 *
 * <p>The word in lower case where the writer capitalises a shop's name ({@link Written#LOWER_AMONG_NAMES}) is no
 * evidence on its own: terse reports write the shop with capitals and any brand in lower case ("Bacal Grocery
 * Anakan: brivona wala na", compact-probe lost 9 of its reports to it in session 16). It needs a list telling that
 * the brand's word is also a common word, which the project does not have.
 * A brand word with nothing of this keeps today's reading ("rahat nahi mila trivedi kirana pe" stays a report).
 * Built once; a reading looks at the original text once per post with a one-word brand hit.
 */
final class WordUse {

    private static final String RESOURCE = "catalog/word-use.tsv";

    /** The shipped grammar. */
    static final WordUse SHIPPED = new WordUse(BrandSpellings.lines(RESOURCE));

    /** How the brand's word is written in the post's original text. */
    enum Written {
        /** Capitalised (or in capitals) inside a sentence at least once: written as a name. */
        NAME,
        /** Only in lower case, while the writer capitalises a shop's name down to its shop word inside a sentence. */
        LOWER_AMONG_NAMES,
        /** Nothing to tell: a script without case, only at a sentence's start, or a post all in lower case. */
        UNMARKED
    }

    private final Map<String, List<String[]>> before = new HashMap<>();
    private final Map<String, List<String[]>> after = new HashMap<>();
    private final Set<String> shop = new HashSet<>();
    private final Set<String> linker = new HashSet<>();

    WordUse(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            VocabularyLine v = VocabularyLine.parse(RESOURCE, n, line);
            Map<String, List<String[]>> into = switch (v.kind()) {
                case "before" -> before;
                case "after" -> after;
                case "shop" -> {
                    shop.addAll(v.tokens());
                    yield null;
                }
                case "linker" -> {
                    linker.addAll(v.tokens());
                    yield null;
                }
                default -> throw new IllegalStateException(RESOURCE + ": data line " + n + " has an unknown kind: " + line);
            };
            if (into == null) {
                continue;
            }
            // a phrase before the word is found by its last token, one after it by its first
            String key = v.kind().equals("before") ? v.tokens().get(v.tokens().size() - 1) : v.tokens().get(0);
            into.computeIfAbsent(key, k -> new ArrayList<>(1)).add(v.tokenArray());
        }
    }

    /**
     * How the words of {@code words} (lower case, as the tokens hold them) are written in {@code text}, the post as
     * its writer typed it. The writer capitalises names when a shop word (of {@code shopWords}, the post's
     * {@code shop_word} cues, or a {@code shop} word of {@code word-use.tsv}: "store", "kirana", "minimart") is
     * capitalised inside a sentence: a writer who gives a shop's name its capitals
     * down to its shop word would give the brand its capital too ("Guru Krupa stores ... pilovo illa" shows no such
     * habit). A word at the start of the text or after a sentence's end ({@code . ! ? : ;} or a line break) tells
     * nothing.
     */
    static Written written(String text, Set<String> words, Set<String> shopWords) {
        boolean name = false;
        boolean lower = false;
        boolean otherName = false;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n') {
                    sentenceStart = true;
                }
                boolean handle = c == '#' || c == '@';
                i++;
                if (handle) {
                    // a hashtag or handle is no word of the sentence
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                }
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                    || Character.getType(text.charAt(i)) == Character.COMBINING_SPACING_MARK)) {
                i++;
            }
            String word = text.substring(start, i);
            boolean upper = Character.isUpperCase(c);
            boolean cased = upper || Character.isLowerCase(c);
            if (cased && !sentenceStart) {
                if (words.contains(word.toLowerCase(Locale.ROOT))) {
                    name |= upper;
                    lower |= !upper;
                } else if (upper && (shopWords.contains(word.toLowerCase(Locale.ROOT))
                        || SHIPPED.shop.contains(word.toLowerCase(Locale.ROOT)))) {
                    otherName = true;
                }
            } else if (cased && !upper && words.contains(word.toLowerCase(Locale.ROOT))) {
                lower = true;
            }
            sentenceStart = false;
        }
        if (name) {
            return Written.NAME;
        }
        return lower && otherName ? Written.LOWER_AMONG_NAMES : Written.UNMARKED;
    }

    /**
     * Why every hit of the brand is its word used as an ordinary word, or null. {@code productWords} are the words of
     * the brand's products' names (evidence of the product wherever they stand, but on the brand's own hits).
     */
    String ordinaryWord(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits, Supplier<Written> written,
                        Set<String> productWords) {
        if (hits.isEmpty()) {
            return null;
        }
        List<String> tokens = t.tokens();
        boolean[] brand = new boolean[tokens.size()];
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() != null || h.handle() || h.near() || h.end() - h.start() != 1) {
                return null;
            }
            brand[h.start()] = true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!brand[i] && (productWords.contains(tokens.get(i)) || t.is(i, Cue.STRONG_PRODUCT)
                    || t.is(i, Cue.PRODUCT_CONTEXT) && !t.is(i, Cue.SHOP_WORD))) {
                return null;
            }
        }
        if (EverydaySenses.SHIPPED.goods(t, hits.get(0).brand())) {
            return null;
        }
        String why = null;
        for (CatalogMatcher.Hit h : hits) {
            String grammar = grammar(t, h.start());
            if (grammar == null) {
                return null;
            }
            why = why != null ? why : "the brand's word as an ordinary word: \"" + grammar + "\"";
        }
        // the text is read last, when the grammar already says "ordinary word": a name's capital overrules it
        return written.get() == Written.NAME ? null : why;
    }

    /** The phrase of {@code before} or {@code after} around the word at {@code at} in its clause, or null. */
    private String grammar(IntentReader.Tokens t, int at) {
        List<String> tokens = t.tokens();
        if (at > 0) {
            for (String[] p : before.getOrDefault(tokens.get(at - 1), List.of())) {
                int from = at - p.length;
                if (from >= 0 && t.clause()[from] == t.clause()[at] && spells(tokens, from, p)) {
                    return String.join(" ", p) + " " + tokens.get(at);
                }
            }
        }
        if (at + 1 < tokens.size()) {
            for (String[] p : after.getOrDefault(tokens.get(at + 1), List.of())) {
                if (t.clause()[at + 1] == t.clause()[at] && spells(tokens, at + 1, p)) {
                    return tokens.get(at) + " " + String.join(" ", p);
                }
            }
        }
        return attributive(t, at);
    }

    /**
     * The word, a {@code linker} and a noun, in one clause, or null: in the Philippine languages an adjective or a
     * noun that qualifies another is joined to it by a linker ("naimas a makan", "masarap na pagkain", "lami nga
     * sud-an"), so the word is the qualifier and the noun after the linker is the thing the clause speaks of. The noun
     * is a word no cue marks and no lexicon knows (not "wala na naman", "Lami na ubos"): a product's own words and
     * sizes never reach here (the post has no evidence of the product).
     */
    private String attributive(IntentReader.Tokens t, int at) {
        List<String> tokens = t.tokens();
        int noun = at + 2;
        if (noun >= tokens.size() || !linker.contains(tokens.get(at + 1))
                || t.clause()[noun] != t.clause()[at] || t.clause()[at + 1] != t.clause()[at]) {
            return null;
        }
        String w = tokens.get(noun);
        if (t.marks()[noun] != 0 || IntentReader.isLexiconWord(w) || w.length() < 3
                || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return null;
        }
        return tokens.get(at) + " " + tokens.get(at + 1) + " " + w;
    }

    private static boolean spells(List<String> tokens, int start, String[] phrase) {
        if (start + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(start + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
