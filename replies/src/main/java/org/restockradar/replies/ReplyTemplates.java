package org.restockradar.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restockradar.contracts.Language;

/**
 * The reply texts per language and kind, read from {@code templates.properties} beside this class (UTF-8).
 * A template is filled with the job's brand, product and shop only: never with the reporter's own text, so a
 * reply cannot be made to repeat what someone wrote. A language without a template for a kind falls back to English.
 */
public final class ReplyTemplates {
    static final String RESOURCE = "templates.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Map<Language, Map<ReplyKind, String>> templates;

    ReplyTemplates(Map<Language, Map<ReplyKind, String>> templates) {
        this.templates = templates;
        for (ReplyKind kind : ReplyKind.values()) {
            if (kind.templated() && !templates.getOrDefault(Language.EN, Map.of()).containsKey(kind)) {
                throw new IllegalArgumentException("the English template of " + kind.code() + " is missing: it is the fallback of every language");
            }
        }
    }

    /** The templates shipped in the jar. */
    public static ReplyTemplates load() {
        try (InputStream in = ReplyTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path next to " + ReplyTemplates.class.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ReplyTemplates read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<Language, Map<ReplyKind, String>> templates = new EnumMap<>(Language.class);
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            Language language = dot < 0 ? null : Language.fromCode(key.substring(0, dot))
                    .orElseThrow(() -> new IllegalArgumentException("unknown language in template key '" + key + "'"));
            if (language == null) {
                throw new IllegalArgumentException("template key '" + key + "' is not <language>.<kind>");
            }
            ReplyKind kind = ReplyKind.fromCode(key.substring(dot + 1));
            String text = properties.getProperty(key).strip();
            Matcher unknown = PLACEHOLDER.matcher(text);
            while (unknown.find()) {
                if (!Placeholders.NAMES.contains(unknown.group(1))) {
                    throw new IllegalArgumentException("template " + key + " has an unknown placeholder {" + unknown.group(1) + "}");
                }
            }
            templates.computeIfAbsent(language, l -> new EnumMap<>(ReplyKind.class)).put(kind, text);
        }
        return new ReplyTemplates(templates);
    }

    /** The text of a reply: the language's template of the kind (or the English one) with the placeholders filled. */
    public Rendered render(Language language, ReplyKind kind, Placeholders values) {
        Objects.requireNonNull(values, "values");
        if (!kind.templated()) {
            throw new IllegalArgumentException(kind.code() + " replies carry their own text: there is no template of them");
        }
        String template = templates.getOrDefault(language, Map.of()).get(kind);
        Language used = language;
        if (template == null) {
            template = templates.get(Language.EN).get(kind);
            used = Language.EN;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(values.value(matcher.group(1))));
        }
        matcher.appendTail(text);
        return new Rendered(used, text.toString());
    }

    /** A filled template and the language it is in. */
    public record Rendered(Language language, String text) {
        public Rendered {
            Objects.requireNonNull(language, "language");
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a reply text cannot be blank");
            }
        }
    }

    /**
     * What a template may name, taken from the job (the outlet registry and the brand catalogue), never from the
     * reporter's text.
     */
    public record Placeholders(String brand, String sku, String shop, String locality) {
        static final java.util.Set<String> NAMES = java.util.Set.of("brand", "product", "shop", "place");

        public Placeholders {
            if (brand == null || brand.isBlank()) {
                throw new IllegalArgumentException("a reply needs the job's brand: '" + brand + "'");
            }
            if (shop == null || shop.isBlank()) {
                throw new IllegalArgumentException("a reply needs the job's shop: '" + shop + "'");
            }
        }

        String value(String name) {
            return switch (name) {
                case "brand" -> brand;
                case "product" -> sku == null || sku.isBlank() ? brand : sku;
                case "shop" -> shop;
                case "place" -> locality == null || locality.isBlank() ? shop : shop + ", " + locality;
                default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
            };
        }
    }
}
