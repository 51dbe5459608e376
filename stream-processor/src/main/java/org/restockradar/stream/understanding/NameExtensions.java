package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a hit of a tracked brand's name is part of another name (session 17): the brand's name with a product-line
 * word beside it that none of the brand's products carries ("Jugnu Gold torch" when the catalog has no Jugnu Gold, "Neo
 * Jugnu bulb"), or the name with a case ending glued to it and then a word of goods ("Jugnuma torch": "-ma", "in",
 * closes a noun phrase, so "torch" cannot be the noun the name qualifies; the whole word is another brand). Such a hit
 * names no product of ours. Since session 18 also the name before a word for another kind of business
 * ("Velugu Electricals", "Naimas Kitchen"), the name written twice ("chaan chaan") with none of the brand's own
 * words after it, and the name less a final "s" that catalog matching drops as a plural ("Naima" for "Naimas")
 * before goods of another kind than the brand's ("Naima soap"). Such a hit
 * names no product of ours and is dropped; a keyboard slip of the name is no extension and is left to
 * {@link BrandSpellings} and {@link BrandEvidence}.
 *
 * <p>Words and endings are data: {@code catalog/name-extensions.tsv}. Built once; the check is a few set look-ups per
 * hit.
 */
final class NameExtensions {

    private static final String RESOURCE = "catalog/name-extensions.tsv";

    /** The shipped vocabulary. */
    static final NameExtensions SHIPPED = new NameExtensions(BrandSpellings.lines(RESOURCE));

    private final Set<String> lineAfter = new HashSet<>();
    private final Set<String> lineBefore = new HashSet<>();
    private final Set<String> businessAfter = new HashSet<>();
    private final List<String> closing = new ArrayList<>();
    /**
     * Per brand, the words of its names, aliases, products and category words (a line word there is ours), and its
     * aliases normalised as tokens are, worked out once per brand rather than per hit.
     */
    private record Own(Set<String> words, List<String> aliases) {
        static Own of(Catalog.Brand brand) {
            Set<String> words = new HashSet<>();
            brand.ownTexts().forEach(t -> words.addAll(Text.tokens(t)));
            return new Own(Set.copyOf(words), brand.aliases().stream().map(Text::normalise).toList());
        }
    }

    private final Map<Catalog.Brand, Own> own = new ConcurrentHashMap<>();

    NameExtensions(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            VocabularyLine v = VocabularyLine.parse(RESOURCE, n, line);
            String word = v.tokens().get(0);
            switch (v.kind()) {
                case "line_after" -> lineAfter.add(word);
                case "line_before" -> lineBefore.add(word);
                case "closing" -> closing.add(word);
                case "business_after" -> businessAfter.add(word);
                default -> throw new IllegalStateException(RESOURCE + ": data line " + n + " has an unknown kind: " + line);
            }
        }
    }

    /**
     * True when the hit {@code h} (of a brand, found in {@code tokens}) is part of another name: a line word the
     * brand's catalog does not carry right after or right before it, or, for a hit of one token longer than every
     * alias it starts with, a closing ending glued to the name and a word of goods after it (of the brand's catalog
     * or a category word of {@code catalog/brand-evidence.tsv}).
     */
    boolean otherName(List<String> tokens, CatalogMatcher.Hit h) {
        Own brand = own.computeIfAbsent(h.brand(), Own::of);
        Set<String> ours = brand.words();
        if (h.end() < tokens.size() && lineAfter.contains(tokens.get(h.end())) && !ours.contains(tokens.get(h.end()))) {
            return true;
        }
        if (h.start() > 0 && lineBefore.contains(tokens.get(h.start() - 1)) && !ours.contains(tokens.get(h.start() - 1))) {
            return true;
        }
        if (h.end() < tokens.size() && businessAfter.contains(tokens.get(h.end())) && !ours.contains(tokens.get(h.end()))) {
            return true; // "<Brand> Electricals", "<Brand> Kitchen": the name of another business
        }
        if (h.end() - h.start() != 1) {
            return false;
        }
        String token = tokens.get(h.start());
        if (!h.handle() && doubled(tokens, h, brand.aliases(), ours)) {
            // "chaan chaan", "Lami Lami Grill": a reduplicated word or another name, not our product; a handle and
            // a hashtag of one name side by side ("@hungryforhippo #hungryforhippo") are no reduplication
            return true;
        }
        if (h.end() < tokens.size() && withoutFinalS(token, brand.aliases())
                && BrandEvidence.SHIPPED.otherGoodsAt(tokens, h.end(), h.brand())) {
            return true; // "Naima soap" for a tracked "Naimas": the name less its last letter, before other goods
        }
        if (h.end() >= tokens.size()
                || !ours.contains(tokens.get(h.end())) && !BrandEvidence.SHIPPED.goodsAt(tokens, h.end())) {
            return false;
        }
        for (String a : brand.aliases()) {
            if (token.length() > a.length() && token.startsWith(a) && closing.contains(token.substring(a.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the one-token hit is the same word written twice in a row ("chaan chaan", "Lami Lami"), no word of
     * the brand's own follows the pair, and no alias of the brand is itself so doubled: reduplication makes an adjective or noun an intensive or a plural in the
     * languages of India and the Philippines, and a doubled name is a shop's or a dish's, not the product's.
     */
    private static boolean doubled(List<String> tokens, CatalogMatcher.Hit h, List<String> aliases, Set<String> ours) {
        String token = tokens.get(h.start());
        boolean next = h.end() < tokens.size() && tokens.get(h.end()).equals(token);
        boolean previous = h.start() > 0 && tokens.get(h.start() - 1).equals(token);
        if (!next && !previous) {
            return false;
        }
        int after = next ? h.end() + 1 : h.end();
        if (after < tokens.size() && ours.contains(tokens.get(after))) {
            return false; // the brand's own product words after the pair: a slip of the keyboard, still ours
        }
        String twice = token + " " + token;
        return aliases.stream().noneMatch(a -> a.equals(twice));
    }

    /**
     * True when {@code token} is an alias of the brand less its final "s" ("naima" for "Naimas"), which the catalog's
     * matching takes as the same word (a plural "s" is dropped on both sides), but which is as often another word or
     * name.
     */
    private static boolean withoutFinalS(String token, List<String> aliases) {
        for (String a : aliases) {
            if (a.equals(token)) {
                return false;
            }
        }
        for (String a : aliases) {
            if (a.length() == token.length() + 1 && a.endsWith("s") && a.startsWith(token)) {
                return true;
            }
        }
        return false;
    }
}
