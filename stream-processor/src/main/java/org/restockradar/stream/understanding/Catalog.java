package org.restockradar.stream.understanding;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the brands track: each brand with its aliases (names, misspellings, hashtags, handles) and its products.
 * Read from a {@code catalog.json} as docs/understanding.md ("Labelled sets") describes it; no brand or product is named in code.
 */
public record Catalog(List<Brand> brands) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public Catalog {
        if (brands == null || brands.isEmpty()) {
            throw new IllegalArgumentException("catalog has no brands");
        }
        brands = List.copyOf(brands);
    }

    /**
     * A tracked brand.
     *
     * @param categoryWords optional words that place the brand among products ("chips", "juice"): with the brand's
     *                      name they mark a product, as "pack" or "flavour" do for every brand
     * @param otherSenses   optional words that mark another meaning of the brand's name ("yoga", "resort"): without
     *                      a product word, the post is about that other meaning
     */
    public record Brand(@JsonProperty("brand") String name, List<String> aliases, List<Product> products,
                        @JsonProperty("category_words") List<String> categoryWords,
                        @JsonProperty("other_senses") List<String> otherSenses) {
        public Brand {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("catalog brand without a name");
            }
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            products = products == null ? List.of() : List.copyOf(products);
            categoryWords = categoryWords == null ? List.of() : List.copyOf(categoryWords);
            otherSenses = otherSenses == null ? List.of() : List.copyOf(otherSenses);
        }

        /** A brand without category words or other senses, as catalogs before these fields read. */
        public Brand(String name, List<String> aliases, List<Product> products) {
            this(name, aliases, products, null, null);
        }

        /**
         * Every text the catalog writes for this brand, in order: its name, aliases and category words, then each
         * product's name (when it has one) and aliases. The brand's own words are the tokens or keys of these.
         */
        public List<String> ownTexts() {
            List<String> out = new java.util.ArrayList<>();
            out.add(name);
            out.addAll(aliases);
            out.addAll(categoryWords);
            for (Product p : products) {
                if (p.name() != null) {
                    out.add(p.name());
                }
                out.addAll(p.aliases());
            }
            return out;
        }

        // brands are map keys and compared on every mention: hash the name only, not every alias and product
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Brand b && name.equals(b.name) && aliases.equals(b.aliases) && products.equals(b.products)
                    && categoryWords.equals(b.categoryWords) && otherSenses.equals(b.otherSenses);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    public record Product(String sku, String name, List<String> aliases) {
        public Product {
            if (sku == null || sku.isBlank()) {
                throw new IllegalArgumentException("catalog product without a sku: " + name);
            }
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Product p && sku.equals(p.sku) && java.util.Objects.equals(name, p.name) && aliases.equals(p.aliases);
        }

        @Override
        public int hashCode() {
            return sku.hashCode();
        }
    }

    public static Catalog parse(String json) {
        try {
            return MAPPER.readValue(json, Catalog.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read catalog: " + e.getMessage(), e);
        }
    }

    public static Catalog load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read catalog file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
