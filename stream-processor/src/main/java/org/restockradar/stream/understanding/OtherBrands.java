package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brands the catalog does not track but that the same shops sell (chips, biscuits, soft drinks, soaps, detergents...
 * of India and the Philippines), from {@code catalog/other-brands.tsv}: a word that is one of them is never read as a
 * tracked brand's misspelling ({@link BrandSpellings}), and an absence whose argument is one of them is about that
 * brand, not the tracked one ({@link IntentReader}). A tracked brand's own names win: a name of the list that is also
 * a tracked brand's name or alias is left out. Names marked {@code word} in the file (an everyday word or a person's
 * or a place's name: "Tide", "Royal", "Balaji") only guard spellings. Built once per catalog; a lookup allocates
 * nothing.
 */
public final class OtherBrands {

    /** A word of a name of several words, and where it stands in the name. */
    private record Part(String[] name, int at) {
    }

    /**
     * One line of the list: the name's tokens, as the tokenizer reads it ("Lay's" is "lay") and as people write it
     * without the apostrophe ("lays"), and whether it is also an everyday word.
     */
    private record Name(List<String> tokens, List<String> unquoted, boolean everyday) {
    }

    private static final String RESOURCE = "catalog/other-brands.tsv";
    /** The list as shipped, read once. */
    private static final List<Name> SHIPPED = read(BrandSpellings.lines(RESOURCE));

    /** Every name of one word, and the names of several words by each of their words: everyday names included. */
    private final Set<String> words = new HashSet<>();
    private final Map<String, List<Part>> parts = new HashMap<>();
    /** The same for the names that are no everyday word. */
    private final Set<String> distinctWords = new HashSet<>();
    private final Map<String, List<Part>> distinctParts = new HashMap<>();

    private OtherBrands(Set<List<String>> tracked, List<Name> names) {
        for (Name n : names) {
            List<List<String>> spellings = List.of(n.tokens(), CatalogMatcher.canonical(n.tokens()), n.unquoted(),
                    CatalogMatcher.canonical(n.unquoted()));
            if (n.tokens().isEmpty() || spellings.stream().anyMatch(tracked::contains)) {
                continue; // the tracked brand's own name wins
            }
            for (List<String> s : spellings) {
                add(s, words, parts);
                if (!n.everyday()) {
                    add(s, distinctWords, distinctParts);
                }
            }
        }
    }

    private static void add(List<String> tokens, Set<String> single, Map<String, List<Part>> several) {
        if (tokens.size() == 1) {
            single.add(tokens.get(0));
            return;
        }
        String[] name = tokens.toArray(new String[0]);
        for (int i = 0; i < name.length; i++) {
            List<Part> in = several.computeIfAbsent(name[i], k -> new ArrayList<>(1));
            if (in.stream().noneMatch(p -> java.util.Arrays.equals(p.name(), name))) {
                in.add(new Part(name, i));
            }
        }
    }

    /** The shipped list, without the names of the catalog's own brands. */
    static OtherBrands of(Catalog catalog) {
        return new OtherBrands(trackedNames(catalog), SHIPPED);
    }

    /** A list of the given lines (the file's format), without the names of the catalog's own brands: for tests. */
    static OtherBrands of(Catalog catalog, List<String> lines) {
        return new OtherBrands(trackedNames(catalog), read(lines));
    }

    /** The tokens of every name and alias of the catalog's brands, as written and as the catalog is matched. */
    private static Set<List<String>> trackedNames(Catalog catalog) {
        Set<List<String>> tracked = new HashSet<>();
        for (Catalog.Brand brand : catalog.brands()) {
            List<String> own = new ArrayList<>(brand.aliases());
            own.add(brand.name());
            for (String alias : own) {
                List<String> tokens = Text.tokens(alias);
                tracked.add(tokens);
                tracked.add(CatalogMatcher.canonical(tokens));
            }
        }
        return tracked;
    }

    private static List<Name> read(List<String> lines) {
        List<Name> out = new ArrayList<>(lines.size());
        int n = 0;
        for (String line : lines) {
            n++;
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": line " + n + " of its data lines is not "
                        + "<name><TAB><category><TAB><countries>[<TAB>word]: " + line);
            }
            String name = f[0].strip();
            boolean everyday = f.length > 3 && f[3].strip().equals("word");
            out.add(new Name(Text.tokens(name), Text.tokens(name.replace("'", "")), everyday));
        }
        return out;
    }

    /** True when a word of one word is an other brand's name (everyday names included): a spelling guard. */
    boolean isName(String token) {
        return words.contains(token);
    }

    /** The names of one word (everyday names included), for spellings closer to them than to a tracked brand. */
    Set<String> singleNames() {
        return words;
    }

    /**
     * True when the token at {@code i} is part of an other brand's name written in full in the tokens (everyday names
     * included when {@code everyday}).
     */
    boolean covers(List<String> tokens, int i, boolean everyday) {
        String t = tokens.get(i);
        if ((everyday ? words : distinctWords).contains(t)) {
            return true;
        }
        List<Part> in = (everyday ? parts : distinctParts).get(t);
        if (in == null) {
            return false;
        }
        for (Part p : in) {
            int start = i - p.at();
            if (start >= 0 && start + p.name().length <= tokens.size() && spells(tokens, start, p.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(List<String> tokens, int start, String[] name) {
        for (int k = 0; k < name.length; k++) {
            if (!tokens.get(start + k).equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    /** The shipped names of one word (everyday names included), tracked or not: for the report model's features. */
    static Set<String> shippedOneWordNames() {
        Set<String> out = new HashSet<>();
        for (Name n : SHIPPED) {
            if (n.tokens().size() == 1) {
                out.add(n.tokens().get(0));
            }
        }
        return out;
    }

    /** No other brands: nothing is guarded, no argument is known to be another brand. */
    static final OtherBrands NONE = new OtherBrands(Set.of(), List.of());
}
