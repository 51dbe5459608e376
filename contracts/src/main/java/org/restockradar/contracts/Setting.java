package org.restockradar.contracts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One setting declared: its key, type, default, description and check (after Kafka's {@code ConfigDef.ConfigKey}).
 * A service lists its settings once in a {@link SettingsDeclaration}, which reads them from {@link Settings} at
 * start-up, so that a missing, malformed or out-of-range value fails there, naming the key and the value.
 *
 * <p>A key may hold placeholders in angle brackets, {@code dispatch.sla.brand.<brand>}: it then declares a family of
 * keys, one per name, all of the same type.
 *
 * <pre>{@code
 * static final Setting<Duration> SLA = Setting.duration("dispatch.sla", "48h", "due time after the first report")
 *         .check(Setting.positive(), "a positive duration");
 * }</pre>
 *
 * @param <T> the type a value is read as
 */
public final class Setting<T> {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z-]+>");

    private final String key;
    private final String type;
    private final BiFunction<String, String, T> parser;
    private final String defaultValue;
    private final String description;
    private final Predicate<T> check;
    private final String checkText;
    private final Pattern keyPattern;

    private Setting(String key, String type, BiFunction<String, String, T> parser, String defaultValue, String description,
                    Predicate<T> check, String checkText) {
        this.key = Require.text(key, "key");
        this.type = type;
        this.parser = parser;
        this.defaultValue = defaultValue == null || defaultValue.isBlank() ? null : defaultValue;
        this.description = Require.text(description, "description");
        this.check = check;
        this.checkText = checkText;
        this.keyPattern = isTemplate(key) ? templatePattern(key) : null;
    }

    private static <T> Setting<T> of(String key, String type, BiFunction<String, String, T> parser, String defaultValue, String description) {
        return new Setting<>(key, type, parser, defaultValue, description, null, null);
    }

    /** Text, taken as it is (trimmed). */
    public static Setting<String> text(String key, String defaultValue, String description) {
        return of(key, "text", (k, raw) -> raw.trim(), defaultValue, description);
    }

    /** A whole number ({@code int}). */
    public static Setting<Integer> integer(String key, String defaultValue, String description) {
        return of(key, "whole number", Settings::intOf, defaultValue, description);
    }

    /** A whole number ({@code long}), such as an amount of money in minor units. */
    public static Setting<Long> longInteger(String key, String defaultValue, String description) {
        return of(key, "whole number", (k, raw) -> {
            try {
                return Long.parseLong(raw.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("configuration '" + k + "' must be a whole number: '" + raw.trim() + "'", e);
            }
        }, defaultValue, description);
    }

    /** A decimal number, such as a confidence between 0 and 1. */
    public static Setting<Double> decimal(String key, String defaultValue, String description) {
        return of(key, "number", (k, raw) -> {
            try {
                double value = Double.parseDouble(raw.trim());
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException("not finite");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("configuration '" + k + "' must be a number: '" + raw.trim() + "'", e);
            }
        }, defaultValue, description);
    }

    /** {@code true} or {@code false}. */
    public static Setting<Boolean> flag(String key, String defaultValue, String description) {
        return of(key, "true/false", Settings::booleanOf, defaultValue, description);
    }

    /** A duration: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 48h}, {@code 7d} or ISO-8601 {@code PT48H}. */
    public static Setting<Duration> duration(String key, String defaultValue, String description) {
        return of(key, "duration", Settings::durationOf, defaultValue, description);
    }

    /** A file or directory path. */
    public static Setting<Path> path(String key, String defaultValue, String description) {
        return of(key, "path", (k, raw) -> Path.of(raw.trim()), defaultValue, description);
    }

    /** A comma-separated list; blank items are dropped. */
    public static Setting<List<String>> list(String key, String defaultValue, String description) {
        return of(key, "list", (k, raw) -> Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList(),
                defaultValue, description);
    }

    /**
     * The same setting with a check its value must pass.
     *
     * @param rule what the check asks, for the message and the docs: {@code at least 1}
     */
    public Setting<T> check(Predicate<T> check, String rule) {
        Objects.requireNonNull(check, "check");
        Require.text(rule, "rule");
        Predicate<T> combined = this.check == null ? check : this.check.and(check);
        String text = this.checkText == null ? rule : this.checkText + "; " + rule;
        return new Setting<>(key, type, parser, defaultValue, description, combined, text);
    }

    /** A check that a number is at least {@code min}. */
    public static <N extends Number> Predicate<N> atLeast(long min) {
        return n -> n.doubleValue() >= min;
    }

    /** A check that a number lies in {@code [min, max]}. */
    public static <N extends Number> Predicate<N> between(double min, double max) {
        return n -> n.doubleValue() >= min && n.doubleValue() <= max;
    }

    /** A check that a duration is longer than zero. */
    public static Predicate<Duration> positive() {
        return d -> !d.isNegative() && !d.isZero();
    }

    /** A check that a duration is not negative. */
    public static Predicate<Duration> notNegative() {
        return d -> !d.isNegative();
    }

    /** A check that a text is one of {@code allowed} (case-insensitive). */
    public static Predicate<String> oneOf(String... allowed) {
        List<String> values = Arrays.stream(allowed).map(v -> v.toLowerCase(Locale.ROOT)).toList();
        return v -> values.contains(v.toLowerCase(Locale.ROOT));
    }

    /** The key, or the key template ({@code dispatch.sla.brand.<brand>}). */
    public String key() {
        return key;
    }

    /** The type's name in the docs: {@code duration}, {@code whole number}, ... */
    public String type() {
        return type;
    }

    /** The default as written, or null when the setting has none. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** What the check asks, or null when there is none. */
    public String checkText() {
        return checkText;
    }

    /** Whether the key holds placeholders, declaring one key per name. */
    public boolean isTemplate() {
        return keyPattern != null;
    }

    /** The environment variable that sets it: {@code RR_DISPATCH_SLA}. */
    public String envName() {
        return Settings.envNameOf(key);
    }

    /** The key of one member of a template: {@code dispatch.sla.brand.<brand>} with {@code acme} gives {@code dispatch.sla.brand.acme}. */
    public String keyFor(String... names) {
        if (!isTemplate()) {
            if (names.length > 0) {
                throw new IllegalArgumentException("'" + key + "' has no placeholders: " + Arrays.toString(names));
            }
            return key;
        }
        Matcher placeholders = PLACEHOLDER.matcher(key);
        StringBuilder concrete = new StringBuilder();
        int i = 0;
        while (placeholders.find()) {
            if (i >= names.length) {
                throw new IllegalArgumentException("'" + key + "' needs " + (i + 1) + " or more names: " + Arrays.toString(names));
            }
            placeholders.appendReplacement(concrete, Matcher.quoteReplacement(names[i++]));
        }
        placeholders.appendTail(concrete);
        if (i != names.length) {
            throw new IllegalArgumentException("'" + key + "' takes " + i + " names: " + Arrays.toString(names));
        }
        return concrete.toString();
    }

    /** Whether {@code concreteKey} is this setting's key or a member of its template. */
    boolean matches(String concreteKey) {
        return keyPattern == null ? key.equals(concreteKey) : keyPattern.matcher(concreteKey).matches();
    }

    /** The names a concrete key gives the placeholders, joined by {@code |}: {@code acme|metro-manila}. */
    String namesIn(String concreteKey) {
        if (keyPattern == null) {
            return "";
        }
        Matcher matcher = keyPattern.matcher(concreteKey);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + concreteKey + "' is not a '" + key + "'");
        }
        StringBuilder names = new StringBuilder();
        for (int g = 1; g <= matcher.groupCount(); g++) {
            names.append(g > 1 ? "|" : "").append(matcher.group(g));
        }
        return names.toString();
    }

    /** How many characters of the template are fixed: the most specific template wins a key two match. */
    int specificity() {
        return PLACEHOLDER.matcher(key).replaceAll("").length();
    }

    /**
     * Reads a value written under {@code concreteKey}, then checks it.
     *
     * @throws IllegalArgumentException naming the key and the value when it is malformed or fails the check
     */
    T parse(String concreteKey, String raw) {
        T value = parser.apply(concreteKey, raw);
        if (check != null && !check.test(value)) {
            throw new IllegalArgumentException("configuration '" + concreteKey + "' must be " + checkText + ": '" + raw.trim() + "'");
        }
        return value;
    }

    private static boolean isTemplate(String key) {
        return PLACEHOLDER.matcher(key).find();
    }

    private static Pattern templatePattern(String key) {
        Matcher placeholders = PLACEHOLDER.matcher(key);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(key.substring(last, placeholders.start()))).append("(.+?)");
            last = placeholders.end();
        }
        regex.append(Pattern.quote(key.substring(last)));
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return key + " (" + type + (defaultValue == null ? "" : ", default " + defaultValue) + ")";
    }
}
