package org.restockradar.stream.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words for the container a product is sold in (can, bottle, pouch, sachet, jar, box, carton) in the posts' languages
 * and scripts: {@code quantities/containers.tsv}. A catalog product whose name carries one is sold in it; a post that
 * writes one beside the brand keeps the brand's products in that container.
 */
final class Containers {
    /** Each word (normalised) to its container. */
    private static final Map<String, String> WORDS = read("quantities/containers.tsv");

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

    /** The container a product's name or aliases name; null when none does. */
    static String ofProduct(Catalog.Product product) {
        List<String> names = new java.util.ArrayList<>(product.aliases());
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

    private static Map<String, String> read(String resource) {
        Map<String, String> words = new HashMap<>();
        for (String line : BrandSpellings.lines(resource)) {
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalStateException("expected 2 fields in " + resource + ": " + line);
            }
            words.put(f[0], f[1]);
        }
        return WordTable.mapOf(words);
    }
}
