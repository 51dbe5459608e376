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
        if (h.end() - h.start() != 1 || h.end() >= tokens.size()
                || !ours.contains(tokens.get(h.end())) && !BrandEvidence.SHIPPED.goodsAt(tokens, h.end())) {
            return false;
        }
        String token = tokens.get(h.start());
        for (String a : brand.aliases()) {
            if (token.length() > a.length() && token.startsWith(a) && closing.contains(token.substring(a.length()))) {
                return true;
            }
        }
        return false;
    }
}
