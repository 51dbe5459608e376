package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restockradar.alerts.AlertsSettings;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.ingest.IngestSettings;
import org.restockradar.replies.RepliesSettings;
import org.restockradar.rewards.RewardsSettings;
import org.restockradar.stream.StreamProcessorSettings;

/**
 * The docs' configuration against the declarations: docs/configuration.md is generated from them (run this test with
 * {@code -Ddocs.write=true} to rewrite it), and every other table in docs/ that names a setting names a declared one,
 * with its declared default and environment variable.
 */
final class ConfigurationDocsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Path GENERATED = DOCS.resolve("configuration.md");
    private static final Map<String, SettingsDeclaration> SERVICES = Map.of(
            "ingest", IngestSettings.SETTINGS,
            "stream-processor", StreamProcessorSettings.SETTINGS,
            "dispatch", DispatchSettings.SETTINGS,
            "rewards", RewardsSettings.SETTINGS,
            "replies", RepliesSettings.SETTINGS,
            "alerts", AlertsSettings.SETTINGS,
            "launcher", LauncherSettings.SETTINGS);
    private static final List<String> ORDER = List.of("ingest", "stream-processor", "dispatch", "rewards", "replies", "alerts", "launcher");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern TICKED_WITH_DEFAULT = Pattern.compile("`([a-z][a-z0-9.<>-]*)` \\(([^);]+)\\)");
    private static final Pattern PROPERTY = Pattern.compile("#? *([a-z][a-z0-9.-]*) *=.*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9<>-]+)+");
    /** A file name such as {@code catalog.json} looks like a key of the {@code catalog.} namespace. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|jsonl|js|csv|md|html|css|xml|properties|sql)");

    static String generated() {
        StringBuilder text = new StringBuilder("""
                # Configuration reference

                <!-- Generated from the settings declarations (IngestSettings, StreamProcessorSettings, DispatchSettings, RewardsSettings,
                     RepliesSettings, AlertsSettings, LauncherSettings); ConfigurationDocsTest fails when this file differs. Rewrite it with
                     ./mvnw -o -pl launcher -am test -Dtest=ConfigurationDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.write=true -->

                Every key each process reads, with its type, default and check. Settings come in three layers, each
                overriding the one before: these defaults, a properties file (`--config FILE`), then `RR_*` environment
                variables (see [operations.md](operations.md#configuration)). Each process checks its keys at start-up: a
                malformed value, one that fails its check, or an undeclared key in a namespace the process owns (a typo)
                stops it with a message naming the key and the value. A key with `<name>` declares one key per name.
                The all-in-one launcher hands one set of settings to every service; each reads its own.
                """);
        for (String service : ORDER) {
            SettingsDeclaration declaration = SERVICES.get(service);
            text.append("\n## ").append(service).append("\n\n");
            text.append("Owns ").append(declaration.namespaces().stream().map(n -> "`" + n + "`").reduce((a, b) -> a + ", " + b).orElse(""))
                    .append(".\n\n");
            text.append(declaration.markdownTable());
        }
        return text.toString();
    }

    @Test
    void shouldKeepTheConfigurationReferenceEqualToTheDeclarations() throws IOException {
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(GENERATED, generated(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(GENERATED, StandardCharsets.UTF_8))
                .as("docs/configuration.md is generated from the declarations; rewrite it with -Ddocs.write=true")
                .isEqualTo(generated());
    }

    @Test
    void shouldNameOnlyDeclaredSettingsWithTheirDefaultsInTheDocsTables() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> docs;
        try (Stream<Path> files = Files.list(DOCS)) {
            docs = files.filter(f -> f.toString().endsWith(".md") && !f.equals(GENERATED)).sorted().toList();
        }
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            int defaultColumn = -1;
            boolean properties = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                String where = doc.getFileName() + ":" + (i + 1);
                if (line.startsWith("```")) {
                    properties = line.equals("```properties");
                    continue;
                }
                if (properties) {
                    Matcher assignment = PROPERTY.matcher(line);
                    if (assignment.matches() && isSettingKey(assignment.group(1)) && declared(assignment.group(1)).isEmpty()) {
                        problems.add(where + ": `" + assignment.group(1) + "` is not a declared setting");
                    }
                    continue;
                }
                if (!line.startsWith("|")) {
                    defaultColumn = -1;
                    continue;
                }
                List<String> cells = cells(line);
                if (i + 1 < lines.size() && lines.get(i + 1).trim().startsWith("|---")) {
                    defaultColumn = indexOfIgnoringCase(cells, "default");
                    continue;
                }
                if (line.startsWith("|---")) {
                    continue;
                }
                checkRow(cells, defaultColumn, where, problems);
            }
        }

        assertThat(problems).as("settings named in the docs' tables against the declarations").isEmpty();
    }

    @Test
    void shouldFindAWrongDefaultOrAnUndeclaredKey() {
        List<String> problems = new ArrayList<>();

        checkRow(cells("| `dispatch.sla` | 24h | due time |"), 1, "row 1", problems);
        checkRow(cells("| `dispatch.slaa` | 48h | due time |"), 1, "row 2", problems);
        checkRow(cells("| `replies.retry-base` / `replies.retry-max` | 30s / 2h | back-off |"), 1, "row 3", problems);
        checkRow(cells("| `db.url` | `RR_DB_URI` | the database |"), -1, "row 4", problems);

        assertThat(problems).hasSize(4).anyMatch(p -> p.contains("dispatch.sla") && p.contains("48h"))
                .anyMatch(p -> p.contains("dispatch.slaa")).anyMatch(p -> p.contains("replies.retry-max"))
                .anyMatch(p -> p.contains("RR_DB_URL"));
    }

    private static void checkRow(List<String> cells, int defaultColumn, String where, List<String> problems) {
        String row = String.join(" | ", cells);
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String parent = null;
            Matcher ticked = TICKED.matcher(cells.get(c));
            while (ticked.find()) {
                String token = ticked.group(1);
                if (token.startsWith(".") && parent != null) {
                    token = parent + token;
                } else if (!isSettingKey(token)) {
                    continue;
                }
                parent = token.substring(0, token.lastIndexOf('.'));
                if (declared(token).isEmpty()) {
                    problems.add(where + ": `" + token + "` is not a declared setting");
                } else if (c == 0) {
                    keys.add(token);
                }
            }
        }
        Matcher withDefault = TICKED_WITH_DEFAULT.matcher(row);
        while (withDefault.find()) {
            declared(withDefault.group(1)).filter(s -> !s.isTemplate())
                    .ifPresent(s -> compareDefault(s, withDefault.group(2), where, problems));
        }
        if (keys.isEmpty()) {
            return;
        }
        Matcher env = Pattern.compile("`(RR_[A-Z0-9_<>]+)`").matcher(row);
        if (env.find() && keys.size() == 1) {
            String expected = declared(keys.get(0)).orElseThrow().envName();
            if (!env.group(1).equals(expected)) {
                problems.add(where + ": `" + keys.get(0) + "` is set by " + expected + ", not " + env.group(1));
            }
        }
        if (defaultColumn < 0 || defaultColumn >= cells.size()) {
            return;
        }
        String cell = cells.get(defaultColumn);
        List<String> defaults = keys.size() == 1 ? List.of(cell)
                : Arrays.asList(cell.contains(" / ") ? cell.split(" / ") : cell.split(", "));
        if (defaults.size() == 1 && keys.size() > 1) {
            defaults = keys.stream().map(k -> cell).toList();
        }
        if (defaults.size() != keys.size()) {
            problems.add(where + ": " + keys.size() + " keys but " + defaults.size() + " defaults: " + row);
            return;
        }
        for (int k = 0; k < keys.size(); k++) {
            compareDefault(declared(keys.get(k)).orElseThrow(), defaults.get(k), where, problems);
        }
    }

    private static void compareDefault(Setting<?> setting, String written, String where, List<String> problems) {
        String value = written.trim().replace("`", "").replaceAll("^\"|\"$", "");
        String normalized = value.isEmpty() || value.equals("—") || value.equals("-") || value.equals("(none)") ? null : value;
        if (!Objects.equals(normalized, setting.defaultValue())) {
            problems.add(where + ": `" + setting.key() + "` defaults to " + (setting.defaultValue() == null ? "nothing" : setting.defaultValue())
                    + ", the docs say " + written.trim());
        }
    }

    private static boolean isSettingKey(String token) {
        if (!KEY.matcher(token).matches() || FILE_NAME.matcher(token).matches()) {
            return false;
        }
        return SERVICES.values().stream().anyMatch(d -> Stream.concat(d.namespaces().stream(), d.passThrough().stream()).anyMatch(token::startsWith));
    }

    private static Optional<Setting<?>> declared(String key) {
        for (SettingsDeclaration declaration : SERVICES.values()) {
            if (declaration.passThrough().stream().anyMatch(key::startsWith)
                    && declaration.settings().stream().noneMatch(s -> s.key().equals(key))) {
                return Optional.of(Setting.text(key, null, "passed through"));
            }
            for (Setting<?> setting : declaration.settings()) {
                if (setting.key().equals(key)) {
                    return Optional.of(setting);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> cells(String line) {
        String inner = line.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(inner.split("(?<!\\\\)\\|")).map(String::trim).toList();
    }

    private static int indexOfIgnoringCase(List<String> cells, String name) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
