package org.restockradar.contracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings a service reads, declared once (after Kafka's {@code ConfigDef}): each {@link Setting} with its key,
 * type, default, description and check, and the namespaces the service owns. {@link #read} lays the caller's
 * {@link Settings} over the defaults and checks every value at start-up: a malformed or failing value, and a key
 * in an owned namespace that nothing declares (a typo such as {@code dispatch.slaa}), fail there with one message
 * naming each key and value. Keys of other namespaces belong to other services sharing the file and are left alone.
 * Keys under a pass-through prefix ({@code kafka.}) go to a client as they are.
 *
 * <p>The docs' configuration tables are generated from the declarations ({@link #markdownTable()}).
 */
public final class SettingsDeclaration {
    private final String service;
    private final List<String> namespaces;
    private final Map<String, String> passThrough;
    private final Map<String, Setting<?>> settings;

    private SettingsDeclaration(String service, List<String> namespaces, Map<String, String> passThrough, Map<String, Setting<?>> settings) {
        this.service = service;
        this.namespaces = List.copyOf(namespaces);
        this.passThrough = passThrough;
        this.settings = settings;
    }

    /**
     * Starts a declaration.
     *
     * @param service    the service's name, in messages
     * @param namespaces the key prefixes it owns, such as {@code dispatch.}: an undeclared key under one fails
     */
    public static Builder builder(String service, String... namespaces) {
        return new Builder(service, List.of(namespaces));
    }

    /** Collects the settings of a declaration; {@link #build()} checks every default against its setting. */
    public static final class Builder {
        private final String service;
        private final List<String> namespaces;
        private final Map<String, String> passThrough = new LinkedHashMap<>();
        private final Map<String, Setting<?>> settings = new LinkedHashMap<>();

        private Builder(String service, List<String> namespaces) {
            this.service = Require.text(service, "service");
            this.namespaces = namespaces;
        }

        public Builder define(Setting<?>... declared) {
            for (Setting<?> setting : declared) {
                if (settings.putIfAbsent(setting.key(), setting) != null) {
                    throw new IllegalArgumentException(service + " declares '" + setting.key() + "' twice");
                }
            }
            return this;
        }

        /** Every setting of another declaration (a part of this service with keys of its own), and its namespaces. */
        public Builder include(SettingsDeclaration part) {
            part.settings.values().forEach(this::define);
            part.namespaces.stream().filter(n -> !namespaces.contains(n)).forEach(n -> {
                throw new IllegalArgumentException(service + " includes " + part.service + " but does not own its namespace '" + n + "'");
            });
            part.passThrough.forEach(this::passThrough);
            return this;
        }

        /**
         * Keys under {@code prefix} (such as {@code kafka.}) are passed on as they are, declared or not.
         *
         * @param description where they go, for the docs
         */
        public Builder passThrough(String prefix, String description) {
            passThrough.putIfAbsent(Require.text(prefix, "prefix"), Require.text(description, "description"));
            return this;
        }

        public SettingsDeclaration build() {
            for (Setting<?> setting : settings.values()) {
                if (setting.defaultValue() != null && !setting.isTemplate()) {
                    setting.parse(setting.key(), setting.defaultValue());
                }
            }
            return new SettingsDeclaration(service, namespaces, new LinkedHashMap<>(passThrough), new LinkedHashMap<>(settings));
        }
    }

    public String service() {
        return service;
    }

    /** The settings in the order declared. */
    public List<Setting<?>> settings() {
        return List.copyOf(settings.values());
    }

    /** The prefixes whose keys are passed on as they are. */
    public List<String> passThrough() {
        return List.copyOf(passThrough.keySet());
    }

    /** The prefixes this service owns: an undeclared key under one fails {@link #read}. */
    public List<String> namespaces() {
        return namespaces;
    }

    /** The defaults of the plain keys, the bottom layer of {@link Settings#load}. */
    public Map<String, String> defaults() {
        Map<String, String> defaults = new TreeMap<>();
        settings.values().stream().filter(s -> s.defaultValue() != null && !s.isTemplate())
                .forEach(s -> defaults.put(s.key(), s.defaultValue()));
        return defaults;
    }

    /**
     * The caller's settings laid over the defaults, every value read and checked.
     *
     * @throws IllegalArgumentException listing each malformed value and each undeclared key of an owned namespace,
     *                                  with its value
     */
    public TypedSettings read(Settings given) {
        Settings effective = Settings.of(defaults()).with(given.asMap());
        List<String> problems = new ArrayList<>();
        effective.asMap().forEach((key, value) -> {
            if (value.isBlank() || passThrough.keySet().stream().anyMatch(key::startsWith)) {
                return;
            }
            Optional<Setting<?>> setting = settingOf(key);
            if (setting.isPresent()) {
                try {
                    setting.get().parse(key, value);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            } else if (namespaces.stream().anyMatch(key::startsWith)) {
                problems.add("unknown configuration '" + key + "' = '" + (Settings.isSecret(key) ? "****" : value) + "': " + service
                        + " declares no such setting (see docs/configuration.md)");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(service + " cannot start: " + String.join("; ", problems));
        }
        return new TypedSettings(this, effective);
    }

    /** The declared setting a concrete key belongs to: its own, else the most specific template that matches it. */
    Optional<Setting<?>> settingOf(String key) {
        Setting<?> exact = settings.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return settings.values().stream().filter(Setting::isTemplate).filter(s -> s.matches(key))
                .max(Comparator.comparingInt(Setting::specificity));
    }

    boolean declares(Setting<?> setting) {
        return settings.get(setting.key()) == setting;
    }

    /**
     * The settings as a Markdown table: key, environment variable, type, default and what it does, with the check.
     * docs/configuration.md holds one per service and a test keeps it equal to this.
     */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| key | environment variable | type | default | meaning |\n|---|---|---|---|---|\n");
        passThrough.forEach((prefix, description) -> table.append("| `").append(prefix).append("*` | `").append(Settings.envNameOf(prefix))
                .append("*` | text | — | ").append(description).append(" |\n"));
        for (Setting<?> setting : settings.values()) {
            table.append("| `").append(setting.key()).append("` | `").append(setting.envName()).append("` | ").append(setting.type())
                    .append(" | ").append(setting.defaultValue() == null ? "—" : "`" + setting.defaultValue() + "`")
                    .append(" | ").append(setting.description().replace("|", "\\|"))
                    .append(setting.checkText() == null ? "" : "; must be " + setting.checkText()).append(" |\n");
        }
        return table.toString();
    }

    @Override
    public String toString() {
        return "SettingsDeclaration[" + service + ", " + settings.size() + " settings]";
    }
}
