package org.restockradar.contracts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Configuration in three layers, each overriding the one before: the caller's defaults, an optional
 * properties file, then environment variables. An environment variable {@code RR_KAFKA_BOOTSTRAP_SERVERS}
 * sets the key {@code kafka.bootstrap.servers}: the prefix {@code RR_} is dropped, the rest lower-cased,
 * {@code __} becomes {@code -} and {@code _} becomes {@code .}.
 *
 * <p>Values of keys that look secret (password, secret, token, key) are masked in {@link #toString()}.
 */
public final class Settings {
    public static final String ENV_PREFIX = "RR_";
    private static final Pattern SECRET = Pattern.compile(".*(password|secret|token|credential|api[.-]?key).*");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /**
     * Loads the three layers.
     *
     * @param file a properties file (UTF-8), or null for none
     * @param env  the environment, normally {@code System.getenv()}
     */
    public static Settings load(Map<String, String> defaults, Path file, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>(defaults);
        if (file != null) {
            merged.putAll(readProperties(file));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                merged.put(keyOfEnv(name), value);
            }
        });
        return new Settings(merged);
    }

    static String keyOfEnv(String name) {
        return name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace("__", "-").replace('_', '.');
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read configuration file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name).trim()));
        return map;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(
                "missing configuration '" + key + "' (set it in the properties file or as " + envNameOf(key) + ")"));
    }

    public String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    public int getInt(String key) {
        return intOf(key, get(key));
    }

    public boolean getBoolean(String key) {
        return booleanOf(key, get(key));
    }

    /** A duration as ISO-8601 ({@code PT48H}) or a number with a unit: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 48h}, {@code 7d}. */
    public Duration getDuration(String key) {
        return durationOf(key, get(key));
    }

    static int intOf(String key, String value) {
        String raw = value.trim();
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + key + "' must be a whole number: '" + raw + "'", e);
        }
    }

    static boolean booleanOf(String key, String value) {
        String raw = value.trim().toLowerCase(Locale.ROOT);
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.parseBoolean(raw);
        }
        throw new IllegalArgumentException("configuration '" + key + "' must be true or false: '" + raw + "'");
    }

    static Duration durationOf(String key, String value) {
        String raw = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (raw.startsWith("p")) {
                return Duration.parse(raw.toUpperCase(Locale.ROOT));
            }
            if (raw.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(raw.substring(0, raw.length() - 2)));
            }
            long amount = Long.parseLong(raw.substring(0, raw.length() - 1));
            return switch (raw.charAt(raw.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException("unknown unit");
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("configuration '" + key + "' must be a duration such as 30s, 5m, 48h or PT48H: '" + raw + "'", e);
        }
    }

    public Path getPath(String key) {
        return Path.of(get(key));
    }

    /** The keys under {@code prefix}, with the prefix removed: {@code subset("kafka.")} gives client properties. */
    public Map<String, String> subset(String prefix) {
        Map<String, String> sub = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                sub.put(key.substring(prefix.length()), value);
            }
        });
        return sub;
    }

    /** Every key and value. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A copy with {@code overrides} laid on top. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }

    static String envNameOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace("-", "__").replace('.', '_');
    }

    /** Whether a key looks secret (password, secret, token, credential, api key): its value is never printed. */
    static boolean isSecret(String key) {
        return SECRET.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Settings{");
        new TreeMap<>(values).forEach((key, value) -> text.append(key).append('=')
                .append(isSecret(key) ? "****" : value).append(", "));
        if (!values.isEmpty()) {
            text.setLength(text.length() - 2);
        }
        return text.append('}').toString();
    }
}
