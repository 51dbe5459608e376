package org.restockradar.contracts;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A service's settings read through its {@link SettingsDeclaration}: the defaults with the caller's layers on top,
 * every value already checked. The getters are typed by the {@link Setting} asked for, which must be one the
 * declaration holds.
 */
public final class TypedSettings {
    private final SettingsDeclaration declaration;
    private final Settings values;

    TypedSettings(SettingsDeclaration declaration, Settings values) {
        this.declaration = declaration;
        this.values = values;
    }

    /**
     * The value of a setting, or its default.
     *
     * @throws IllegalArgumentException when it has neither, naming the key and its environment variable
     */
    public <T> T get(Setting<T> setting) {
        return get(setting, new String[0]);
    }

    /** The value of one member of a template ({@code get(CALENDAR_DAYS, "metro-manila")}), or the template's default. */
    public <T> T get(Setting<T> setting, String... names) {
        String key = declared(setting).keyFor(names);
        String raw = values.find(key).orElse(setting.defaultValue());
        if (raw == null) {
            values.get(key);  // throws, naming the key and its variable
        }
        return setting.parse(key, raw);
    }

    /** The value of a setting when it is set or has a default; empty when it has neither. */
    public <T> Optional<T> find(Setting<T> setting) {
        return find(setting, new String[0]);
    }

    /** As {@link #find(Setting)} for one member of a template. */
    public <T> Optional<T> find(Setting<T> setting, String... names) {
        String key = declared(setting).keyFor(names);
        return Optional.ofNullable(values.find(key).orElse(setting.defaultValue())).map(raw -> setting.parse(key, raw));
    }

    /**
     * The members of a template that are set, by the names the key gives its placeholders (joined by {@code |}
     * when there are several): {@code dispatch.sla.brand.<brand>.region.<region>} gives {@code acme|metro-manila}.
     * A key that a more specific template also matches belongs to that one.
     */
    public <T> Map<String, T> members(Setting<T> setting) {
        declared(setting);
        Map<String, T> members = new TreeMap<>();
        values.asMap().forEach((key, raw) -> {
            if (!raw.isBlank() && setting.matches(key) && declaration.settingOf(key).orElse(null) == setting) {
                members.put(setting.namesIn(key), setting.parse(key, raw));
            }
        });
        return members;
    }

    /** The keys under a pass-through prefix, without it: {@code passedThrough("kafka.")} gives the client properties. */
    public Map<String, String> passedThrough(String prefix) {
        if (!declaration.passThrough().contains(prefix)) {
            throw new IllegalArgumentException(declaration.service() + " passes nothing through under '" + prefix + "'");
        }
        return values.subset(prefix);
    }

    /** The layered settings underneath, every key (for handing on to a part that reads them itself). */
    public Settings settings() {
        return values;
    }

    private <T> Setting<T> declared(Setting<T> setting) {
        Objects.requireNonNull(setting, "setting");
        if (!declaration.declares(setting)) {
            throw new IllegalArgumentException(declaration.service() + " does not declare '" + setting.key() + "'");
        }
        return setting;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
