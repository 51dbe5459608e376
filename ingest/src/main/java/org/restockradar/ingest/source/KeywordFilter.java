package org.restockradar.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.restockradar.contracts.Json;

/**
 * The words the tracked brands are known by, from the catalog's brand names, brand aliases, product names
 * and product aliases ({@code catalog.json}, see docs/understanding.md, "Labelled sets"). Sources that cannot filter
 * on the server (Bluesky, Mastodon's public timeline) keep only posts that name one of them; others build
 * their server-side query or rules from them. Matching is case-insensitive and on word boundaries, so
 * {@code hippo} matches "Hippo chips" but not "hippopotamus".
 */
public final class KeywordFilter {
    private final List<String> keywords;
    private final Pattern pattern;

    public KeywordFilter(Collection<String> keywords) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String keyword : keywords) {
            if (keyword != null && !keyword.isBlank()) {
                cleaned.add(keyword.trim().toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("no keywords to filter on");
        }
        this.keywords = List.copyOf(cleaned);
        this.pattern = Pattern.compile(cleaned.stream()
                        .sorted((a, b) -> b.length() - a.length())
                        .map(k -> "(?<![\\p{L}\\p{N}_])" + Pattern.quote(k) + "(?![\\p{L}\\p{N}_])")
                        .collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads the keywords of a catalog file. */
    public static KeywordFilter fromCatalog(Path catalog) {
        try {
            return fromCatalogJson(Files.readString(catalog, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read catalog file " + catalog.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public static KeywordFilter fromCatalogJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read catalog: " + e.getMessage(), e);
        }
        List<String> words = new ArrayList<>();
        for (JsonNode brand : root.path("brands")) {
            words.add(brand.path("brand").asText(""));
            brand.path("aliases").forEach(a -> words.add(a.asText("")));
            for (JsonNode product : brand.path("products")) {
                words.add(product.path("name").asText(""));
                product.path("aliases").forEach(a -> words.add(a.asText("")));
            }
        }
        return new KeywordFilter(words);
    }

    public boolean matches(String text) {
        return text != null && pattern.matcher(text).find();
    }

    /** Every keyword, lower-cased, in catalog order. */
    public List<String> keywords() {
        return keywords;
    }

    /** The hashtag keywords without their {@code #}, for sources that stream by hashtag. */
    public List<String> hashtags() {
        return keywords.stream().filter(k -> k.startsWith("#") && k.length() > 1).map(k -> k.substring(1)).toList();
    }
}
