package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words for the container a product is sold in (can, bottle, pouch, sachet, jar, box, carton) in the posts' languages
 * and scripts: {@code quantities/containers.tsv}. A catalog product whose name carries one is sold in it; a post that
 * writes one beside the brand keeps the brand's products in that container.
 */
final class Containers {
    /** Each word (normalised) to its container. */
    private static final Map<String, String> WORDS;
    /** Per word, the words after which it is no container ("can" before "t", "be": the verb). */
    private static final Map<String, Set<String>> NOT_BEFORE;
    /** Per container, the like container a post may mean by it ({@code quantities/container-kin.tsv}: pouch, sachet). */
    private static final Map<String, String> KIN;

    static {
        Map<String, String> words = new HashMap<>();
        Map<String, Set<String>> notBefore = new HashMap<>();
        read("quantities/containers.tsv", words, notBefore);
        WORDS = WordTable.mapOf(words);
        NOT_BEFORE = WordTable.mapOf(notBefore);
        Map<String, String> kin = new HashMap<>();
        read("quantities/container-kin.tsv", kin, new HashMap<>());
        KIN = WordTable.mapOf(kin);
    }

    private Containers() {
    }

    /** The container a token (of {@link Text#tokens}) names, a Latin plural read as its singular; null for none. */
    static String of(String token) {
        String c = WORDS.get(token);
        int n = token.length();
        if (c == null && n > 3 && token.charAt(n - 1) == 's' && token.charAt(0) < 0x80) {
            c = WORDS.get(token.endsWith("es") && WORDS.containsKey(token.substring(0, n - 2))
                    ? token.substring(0, n - 2) : token.substring(0, n - 1));
        }
        return c;
    }

    /** The container token {@code i} names, unless the word after it makes it another word ("can be"). */
    static String at(List<String> tokens, int i) {
        String c = of(tokens.get(i));
        if (c == null || i + 1 >= tokens.size()) {
            return c;
        }
        Set<String> unless = NOT_BEFORE.get(tokens.get(i));
        return unless != null && unless.contains(tokens.get(i + 1)) ? null : c;
    }

    /**
     * The like container a post may mean by {@code container} when the brand has no product in it ("pouch" for a
     * sachet); null when there is none.
     */
    static String kinOf(String container) {
        return KIN.get(container);
    }

    /** The container a product's name or aliases name; null when none does. */
    static String ofProduct(Catalog.Product product) {
        List<String> names = new ArrayList<>(product.aliases());
        if (product.name() != null) {
            names.add(0, product.name());
        }
        for (String name : names) {
            for (String t : Text.tokens(name)) {
                String c = of(t);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static void read(String resource, Map<String, String> words, Map<String, Set<String>> notBefore) {
        for (String line : BrandSpellings.lines(resource)) {
            String[] f = line.split("\\s+");
            if (f.length < 2) {
                throw new IllegalStateException("expected a word and its container in " + resource + ": " + line);
            }
            words.put(f[0], f[1]);
            if (f.length > 2) {
                notBefore.put(f[0], Set.of(Arrays.copyOfRange(f, 2, f.length)));
            }
        }
    }
}
