package org.restockradar.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restockradar.contracts.Language;

/**
 * The reply texts per language and kind, read from {@code templates.properties} beside this class (UTF-8).
 * A template is filled with the job's brand, product and shop only: never with the reporter's own text, so a
 * reply cannot be made to repeat what someone wrote. A language without a template for a kind falls back to English.
 * {@code {within}} is the promised time, the configured SLA ({@link #promising}), in the language's words
 * ({@code <language>.within.hours} for whole hours, else {@code .minutes}).
 */
public final class ReplyTemplates {
    static final String RESOURCE = "templates.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    /** The promise of {@link #load()}: dispatch's default SLA ({@code dispatch.sla}). */
    public static final Duration DEFAULT_PROMISE = Duration.ofHours(48);
    private static final String WITHIN = "within";
    private static final String HOURS = "hours";
    private static final String MINUTES = "minutes";

    private final Map<Language, Map<ReplyKind, String>> templates;
    private final Map<Language, Map<String, String>> within;
    private final Duration promise;

    ReplyTemplates(Map<Language, Map<ReplyKind, String>> templates) {
        this(templates, Map.of(Language.EN, Map.of(HOURS, "{n} hours", MINUTES, "{n} minutes")), DEFAULT_PROMISE);
    }

    private ReplyTemplates(Map<Language, Map<ReplyKind, String>> templates, Map<Language, Map<String, String>> within, Duration promise) {
        this.templates = templates;
        this.within = within;
        this.promise = Objects.requireNonNull(promise, "promise");
        if (promise.isNegative() || promise.isZero()) {
            throw new IllegalArgumentException("the promised time must be positive: " + promise);
        }
        for (Map<String, String> words : within.values()) {
            for (String unit : words.keySet()) {
                if (!unit.equals(HOURS) && !unit.equals(MINUTES)) {
                    throw new IllegalArgumentException("unknown unit '" + unit + "' of {within}: hours or minutes");
                }
            }
        }
        if (!within.getOrDefault(Language.EN, Map.of()).keySet().containsAll(Set.of(HOURS, MINUTES))) {
            throw new IllegalArgumentException("en.within.hours and en.within.minutes are missing: they are the fallback of every language");
        }
        for (ReplyKind kind : ReplyKind.values()) {
            if (kind.templated() && !templates.getOrDefault(Language.EN, Map.of()).containsKey(kind)) {
                throw new IllegalArgumentException("the English template of " + kind.code() + " is missing: it is the fallback of every language");
            }
        }
    }

    /** These templates promising {@code sla} (the configured {@code dispatch.sla}) wherever they say {@code {within}}. */
    public ReplyTemplates promising(Duration sla) {
        return new ReplyTemplates(templates, within, sla);
    }

    /** The promised time in the language's words: whole hours as hours, anything else as minutes (rounded up). */
    String within(Language language) {
        boolean wholeHours = promise.toMinutesPart() == 0 && promise.toSecondsPart() == 0 && promise.toNanosPart() == 0;
        String unit = wholeHours ? HOURS : MINUTES;
        long n = wholeHours ? promise.toHours() : (promise.toSeconds() + 59) / 60;
        String words = within.getOrDefault(language, Map.of()).getOrDefault(unit, within.get(Language.EN).get(unit));
        return words.replace("{n}", Long.toString(n));
    }

    /** The templates shipped in the jar, promising {@link #DEFAULT_PROMISE}. */
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
        Map<Language, Map<String, String>> within = new EnumMap<>(Language.class);
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            Language language = dot < 0 ? null : Language.fromCode(key.substring(0, dot))
                    .orElseThrow(() -> new IllegalArgumentException("unknown language in template key '" + key + "'"));
            if (language == null) {
                throw new IllegalArgumentException("template key '" + key + "' is not <language>.<kind>");
            }
            if (key.startsWith(WITHIN + ".", dot + 1)) {
                within.computeIfAbsent(language, l -> new HashMap<>()).put(key.substring(dot + 2 + WITHIN.length()), properties.getProperty(key).strip());
                continue;
            }
            ReplyKind kind = ReplyKind.fromCode(key.substring(dot + 1));
            String text = properties.getProperty(key).strip();
            Matcher unknown = PLACEHOLDER.matcher(text);
            while (unknown.find()) {
                if (!Placeholders.NAMES.contains(unknown.group(1)) && !unknown.group(1).equals(WITHIN)) {
                    throw new IllegalArgumentException("template " + key + " has an unknown placeholder {" + unknown.group(1) + "}");
                }
            }
            templates.computeIfAbsent(language, l -> new EnumMap<>(ReplyKind.class)).put(kind, text);
        }
        if (within.isEmpty()) {
            return new ReplyTemplates(templates);
        }
        return new ReplyTemplates(templates, within, DEFAULT_PROMISE);
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
            String value = matcher.group(1).equals(WITHIN) ? within(used) : values.value(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
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
