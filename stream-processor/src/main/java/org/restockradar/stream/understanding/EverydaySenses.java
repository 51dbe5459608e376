package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a tracked brand named by an everyday word ("Hangin", Tagalog wind; "Aalo", Bengali light; "Thandak", Hindi
 * coolness) is written in that everyday meaning, by the company the word keeps in its sentence rather than by the
 * word alone (session 15). A brand's name that is one of the everyday nouns of {@code catalog/everyday-senses.tsv},
 * in a post with no evidence of goods (no product or handle hit, none of the brand's category words, no
 * {@code strong_product} cue, no size or price, no word of stock, packs or buying), is its everyday meaning when its
 * sentence holds a word that meaning goes with (a power cut or the sky for light, the AC or a room for coolness, the
 * heart for love) or a determiner stands right before it ("koi thandak nahi", "kono aalo nei").
 *
 * <p>Also: a brand's name that stands inside a phrase of several words of the intent lexicons is that phrase's word
 * (Tagalog "sabi nila", they say, for a brand "Nila"; Marathi "ghari aalo", came home, for "Aalo"): the lexicons hold
 * no brand names, so the phrase is the language's. Built once; a reading allocates nothing for a post whose brand
 * is no everyday word.
 */
final class EverydaySenses {

    private static final String RESOURCE = "catalog/everyday-senses.tsv";

    /** The shipped vocabulary. */
    static final EverydaySenses SHIPPED = new EverydaySenses(BrandSpellings.lines(RESOURCE));

    private final Map<String, Set<String>> classesOf = new HashMap<>();
    /** Phrases of the everyday meanings by first token: the class and the tokens. */
    private final Map<String, List<Phrase>> near = new HashMap<>();
    private final Set<String> determiners = new HashSet<>();
    private final Map<String, List<Phrase>> product = new HashMap<>();

    private record Phrase(String kind, String[] tokens) {
    }

    /** Per brand, its category words as tokens. */
    private final Map<Catalog.Brand, List<List<String>>> categories = new ConcurrentHashMap<>();

    private List<List<String>> categoryOf(Catalog.Brand brand) {
        return categories.computeIfAbsent(brand, b -> {
            List<List<String>> out = new ArrayList<>();
            for (String w : b.categoryWords()) {
                List<String> tokens = Text.tokens(w);
                if (!tokens.isEmpty()) {
                    out.add(List.copyOf(tokens));
                }
            }
            return List.copyOf(out);
        });
    }

    EverydaySenses(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            VocabularyLine v = VocabularyLine.parse(RESOURCE, n, line);
            List<String> tokens = v.tokens();
            String kind = v.group();
            Phrase phrase = new Phrase(kind, v.tokenArray());
            switch (v.kind()) {
                case "word" -> {
                    if (tokens.size() != 1) {
                        throw new IllegalStateException(RESOURCE + ": data line " + n + " names no single word: " + line);
                    }
                    classesOf.computeIfAbsent(tokens.get(0), k -> new HashSet<>(2)).add(kind);
                }
                case "near" -> near.computeIfAbsent(tokens.get(0), k -> new ArrayList<>(1)).add(phrase);
                case "determiner" -> determiners.add(tokens.get(0));
                case "product" -> product.computeIfAbsent(tokens.get(0), k -> new ArrayList<>(1)).add(phrase);
                default -> throw new IllegalStateException(RESOURCE + ": data line " + n + " has an unknown kind: " + line);
            }
        }
    }

    /** The classes of an everyday noun ("weather", "light", "feeling"...), empty for any other word. */
    Set<String> classesOf(String word) {
        return classesOf.getOrDefault(word, Set.of());
    }

    /**
     * Why every hit of the brand reads as its everyday meaning, or null. The brand's {@code category_words} are
     * evidence of the product.
     */
    String everydayMeaning(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits) {
        if (hits.isEmpty()) {
            return null;
        }
        List<String> tokens = t.tokens();
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() != null || h.handle() || h.near() || h.end() - h.start() != 1
                    || classesOf(tokens.get(h.start())).isEmpty()) {
                return null;
            }
        }
        if (goods(t, categoryOf(hits.get(0).brand()))) {
            return null;
        }
        String why = null;
        for (CatalogMatcher.Hit h : hits) {
            String word = tokens.get(h.start());
            String company = company(t, h.start(), classesOf(word));
            if (company == null) {
                return null;
            }
            why = why != null ? why : "the everyday meaning of the brand's name: \"" + word + "\" with \"" + company + "\"";
        }
        return why;
    }

    /**
     * Why every hit of the brand is a word of a lexicon phrase of several words ("sabi nila"), or null.
     */
    static String wordOfAPhrase(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits) {
        if (hits.isEmpty()) {
            return null;
        }
        String phrase = null;
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() != null || h.handle() || h.end() - h.start() != 1) {
                return null;
            }
            PhraseIndex.Match<Cue> in = null;
            for (PhraseIndex.Match<Cue> m : t.cues()) {
                if (m.end() - m.start() >= 2 && m.start() <= h.start() && h.end() <= m.end()) {
                    in = m;
                    break;
                }
            }
            if (in == null) {
                return null;
            }
            phrase = phrase != null ? phrase : String.join(" ", t.tokens().subList(in.start(), in.end()));
        }
        return "the brand's name as a word of the phrase \"" + phrase + "\"";
    }

    /**
     * True when the post speaks of goods ({@link #goods(IntentReader.Tokens, List)}) with the category words of
     * {@code brand} (read by {@link WordUse} too).
     */
    boolean goods(IntentReader.Tokens t, Catalog.Brand brand) {
        return goods(t, categoryOf(brand));
    }

    /** True when the post speaks of goods: a strong product word, the brand's category word, a stock or buying word, a size or a price. */
    private boolean goods(IntentReader.Tokens t, List<List<String>> category) {
        List<String> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (t.is(i, Cue.STRONG_PRODUCT) || startsAny(tokens, i, product.get(tokens.get(i)))) {
                return true;
            }
            for (List<String> c : category) {
                if (spells(tokens, i, c)) {
                    return true;
                }
            }
        }
        String text = String.join(" ", tokens);
        return !Quantity.in(text).isEmpty() || !Price.in(text).isEmpty();
    }

    /**
     * The word of the everyday meaning in the sentence of the name at {@code at}, or the determiner right before it;
     * null when there is none.
     */
    private String company(IntentReader.Tokens t, int at, Set<String> classes) {
        List<String> tokens = t.tokens();
        if (at > 0 && t.clause()[at - 1] == t.clause()[at] && determiners.contains(tokens.get(at - 1))) {
            return tokens.get(at - 1);
        }
        int sentence = t.sentence()[at];
        for (int i = 0; i < tokens.size(); i++) {
            if (i == at || t.sentence()[i] != sentence) {
                continue;
            }
            List<Phrase> ps = near.get(tokens.get(i));
            if (ps == null) {
                continue;
            }
            for (Phrase p : ps) {
                if (classes.contains(p.kind()) && spells(tokens, i, List.of(p.tokens()))) {
                    return String.join(" ", p.tokens());
                }
            }
        }
        return null;
    }

    private static boolean startsAny(List<String> tokens, int i, List<Phrase> phrases) {
        if (phrases == null) {
            return false;
        }
        for (Phrase p : phrases) {
            if (spells(tokens, i, List.of(p.tokens()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(List<String> tokens, int start, List<String> phrase) {
        if (start + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
