package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restockradar.alerts.AlertsSettings;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.monitoring.DeadLetterMeter;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.replies.RepliesSettings;
import org.restockradar.rewards.RewardsSettings;
import org.restockradar.dispatch.api.MonitoringRoutes;
import org.restockradar.dispatch.intake.ReportIntake;
import org.restockradar.dispatch.scheduling.SlaSweeper;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.embedded.LocalPostgres;
import org.restockradar.ingest.IngestSettings;
import org.restockradar.stream.StreamProcessorSettings;
import org.restockradar.stream.metrics.StreamMeters;
import org.restockradar.stream.metrics.StreamsStateWatch;
import org.restockradar.stream.metrics.TimedUnderstanding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yml, its Prometheus scrape configuration and its Grafana provisioning, checked on the files: no
 * Docker engine runs in the tests. Each Restock Radar service is checked against the settings its main class
 * declares; ports, volumes, dependencies, healthchecks and scrape targets against each other; the dashboard's
 * queries against the meters the code declares (MonitoringIT checks them against a real scrape too).
 */
final class ComposeFileTest {
    private static final Path DOCKER = Path.of("..", "docker");
    private static final String APP_IMAGE = "restock-radar:local";
    /** The settings each service's main class reads. */
    private static final Map<String, SettingsDeclaration> DECLARATIONS = Map.of(
            "org.restockradar.ingest.IngestMain", IngestSettings.SETTINGS,
            "org.restockradar.stream.StreamProcessorMain", StreamProcessorSettings.SETTINGS,
            "org.restockradar.dispatch.DispatchMain", DispatchSettings.SETTINGS,
            "org.restockradar.launcher.JobServicesMain", DispatchSettings.SETTINGS);
    /** What a main runs beside its own declaration: the jobs service runs rewards, replies and alerts in its process. */
    private static final Map<String, List<SettingsDeclaration>> COMPANIONS = Map.of(
            "org.restockradar.launcher.JobServicesMain", List.of(RewardsSettings.SETTINGS, RepliesSettings.SETTINGS, AlertsSettings.SETTINGS));
    /** The ports the third-party images listen on, by image name without the tag. */
    private static final Map<String, Set<Integer>> IMAGE_PORTS = Map.of(
            "postgres", Set.of(5432), "prom/prometheus", Set.of(9090), "grafana/grafana", Set.of(3000));
    private static final Pattern LOCAL_URL = Pattern.compile("http://localhost:(\\d+)(/\\S*)");

    private final Map<String, Object> compose = yaml(DOCKER.resolve("compose.yml"));
    private final Map<String, Map<String, Object>> services = children(compose, "services");

    @Test
    void shouldSetEveryRequiredSettingOfEachServiceAndNoUndeclaredOne() {
        assertThat(appServices()).containsKeys("init", "stream-processor", "dispatch", "ingest");
        appServices().forEach((name, service) -> declarations(name, service).forEach(declaration -> {
            Settings settings = Settings.load(Map.of(), null, environment(service));
            // An undeclared key in a namespace the service owns, or a malformed value, fails here as at start-up.
            TypedSettings typed = declaration.read(settings);
            for (Setting<?> setting : declaration.settings()) {
                if (mustBeSetInCompose(setting)) {
                    assertThat(settings.asMap()).as("%s sets %s (%s)", name, setting.envName(), setting.key()).containsKey(setting.key());
                }
            }
            assertThat(typed).isNotNull();
        }));
    }

    /** Required, or a default that only works on one machine (localhost), or dispatch's database password. */
    private static boolean mustBeSetInCompose(Setting<?> setting) {
        return setting.description().contains("(required)")
                || setting.defaultValue() != null && setting.defaultValue().contains("localhost")
                || setting.key().equals(DispatchSettings.DB_PASSWORD.key());
    }

    @Test
    void shouldRunPostgresWithTheEmbeddedServersAutovacuumNaptime() {
        // V60's row thresholds assume autovacuum looks at the intake's tables this often (docs/operations.md)
        assertThat(services.get("postgres").get("command")).asList()
                .contains("autovacuum_naptime=" + LocalPostgres.AUTOVACUUM_NAPTIME);
    }

    @Test
    void shouldPublishOnlyPortsTheServicesListenOnEachHostPortOnce() {
        Set<String> hostPorts = new HashSet<>();
        services.forEach((name, service) -> {
            for (Object mapping : list(service.get("ports"))) {
                String[] parts = mapping.toString().split(":");
                int container = Integer.parseInt(parts[parts.length - 1]);
                String host = String.join(":", List.of(parts).subList(0, parts.length - 1));
                assertThat(listeningPorts(name, service)).as("%s listens on %d, published as %s", name, container, mapping).contains(container);
                assertThat(hostPorts.add(host)).as("host port %s published once", host).isTrue();
            }
        });
        assertThat(hostPorts).contains("8080", "127.0.0.1:9090", "127.0.0.1:3000");
    }

    @Test
    void shouldCheckEveryLongRunningServiceHealthOnAPortItListensOn() {
        services.forEach((name, service) -> {
            boolean oneShot = "no".equals(String.valueOf(service.get("restart")));
            if (oneShot) {
                return;
            }
            Map<String, Object> healthcheck = child(service, "healthcheck");
            assertThat(healthcheck).as("%s has a healthcheck", name).isNotEmpty();
            String test = String.join(" ", list(healthcheck.get("test")).stream().map(Object::toString).toList());
            Matcher url = LOCAL_URL.matcher(test);
            if (url.find()) {
                assertThat(listeningPorts(name, service)).as("%s's healthcheck port", name).contains(Integer.parseInt(url.group(1)));
                if (APP_IMAGE.equals(service.get("image"))) {
                    assertThat(url.group(2)).as("%s is checked on its readiness", name).isEqualTo("/health/ready");
                }
            }
        });
    }

    @Test
    void shouldExposeInTheImageEveryPortItsServicesListenOn() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Matcher expose = Pattern.compile("(?m)^EXPOSE (.+)$").matcher(dockerfile);
        assertThat(expose.find()).as("docker/Dockerfile has an EXPOSE line").isTrue();
        Set<String> exposed = Set.of(expose.group(1).trim().split("\\s+"));
        appServices().forEach((name, service) -> assertThat(exposed).as("the image exposes %s's port", name)
                .containsAll(listeningPorts(name, service).stream().map(String::valueOf).toList()));
    }

    @Test
    void shouldDependOnlyOnServicesThatExistInAStateTheyCanReach() {
        services.forEach((name, service) -> children(service, "depends_on").forEach((other, dependency) -> {
            assertThat(services).as("%s depends on %s", name, other).containsKey(other);
            Object condition = dependency.get("condition");
            if ("service_healthy".equals(condition)) {
                assertThat(child(services.get(other), "healthcheck")).as("%s waits for %s to be healthy", name, other).isNotEmpty();
            } else if ("service_completed_successfully".equals(condition)) {
                assertThat(services.get(other).get("restart")).as("%s waits for one-shot %s", name, other).isEqualTo("no");
            }
        }));
    }

    @Test
    void shouldDeclareEveryNamedVolumeItUsesAndFindEveryFileItMounts() {
        Set<String> declared = child(compose, "volumes").keySet();
        Set<String> used = new HashSet<>();
        services.forEach((name, service) -> {
            for (Object volume : list(service.get("volumes"))) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(DOCKER.resolve(source)).as("%s mounts %s", name, source).exists();
                } else {
                    assertThat(declared).as("%s's volume %s is declared", name, source).contains(source);
                    used.add(source);
                }
            }
        });
        assertThat(used).as("every declared volume is used").containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void shouldScrapeEveryRestockRadarServiceOnAPortItListensOn() {
        Map<String, Object> prometheus = yaml(DOCKER.resolve("prometheus/prometheus.yml"));
        Set<String> scraped = new HashSet<>();
        for (Object each : list(prometheus.get("scrape_configs"))) {
            Map<String, Object> job = map(each);
            assertThat(job.getOrDefault("metrics_path", "/metrics")).isEqualTo("/metrics");
            List<String> targets = new ArrayList<>();
            for (Object config : list(job.get("static_configs"))) {
                list(map(config).get("targets")).forEach(target -> targets.add(target.toString()));
            }
            for (Object config : list(job.get("dns_sd_configs"))) {
                Map<String, Object> dns = map(config);
                list(dns.get("names")).forEach(host -> targets.add(host + ":" + dns.get("port")));
            }
            assertThat(targets).as("job %s has targets", job.get("job_name")).isNotEmpty();
            for (String target : targets) {
                String[] hostPort = target.split(":");
                assertThat(services).as("scrape target %s is a service", target).containsKey(hostPort[0]);
                assertThat(listeningPorts(hostPort[0], services.get(hostPort[0]))).as("scrape target %s", target)
                        .contains(Integer.parseInt(hostPort[1]));
                scraped.add(hostPort[0]);
            }
        }
        Set<String> serving = new HashSet<>(appServices().keySet());
        serving.remove("init");
        assertThat(scraped).containsAll(serving);
    }

    @Test
    void shouldProvisionTheDashboardWithTheComposePrometheusAsItsDataSource() throws IOException {
        Map<String, Object> datasource = map(list(yaml(DOCKER.resolve("grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0));
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        assertThat(listeningPorts("prometheus", services.get("prometheus"))).contains(9090);

        Map<String, Object> provider = map(list(yaml(DOCKER.resolve("grafana/provisioning/dashboards/restock-radar.yml")).get("providers")).get(0));
        String dashboardsPath = map(provider.get("options")).get("path").toString();
        assertThat(list(services.get("grafana").get("volumes"))).map(Object::toString)
                .contains("./grafana/dashboards:" + dashboardsPath + ":ro", "./grafana/provisioning:/etc/grafana/provisioning:ro");

        String dashboard = Files.readString(DashboardQueries.DASHBOARD, StandardCharsets.UTF_8);
        assertThat(dashboard).contains("\"uid\": \"" + datasource.get("uid") + "\"");
    }

    @Test
    void shouldQueryOnlyMetersTheCodeRegisters() {
        DashboardQueries dashboard = DashboardQueries.read();
        Set<String> declared = new HashSet<>();
        for (String counter : List.of(StreamMeters.MENTIONS, StreamMeters.REPORTS, DeadLetterMeter.NAME, ReportIntake.REPORTS,
                ReportIntake.JOBS_OPENED, JobWorkflow.RESTOCKED, SlaSweeper.ALERTS)) {
            declared.add(prometheus(counter) + "_total");
        }
        for (String timer : List.of(TimedUnderstanding.NAME, JobWorkflow.CLAIMS, MonitoringRoutes.HTTP_REQUESTS)) {
            for (String series : List.of("_bucket", "_count", "_sum", "_max")) {
                declared.add(prometheus(timer) + "_seconds" + series);
            }
        }
        declared.add(prometheus(StreamsStateWatch.STATE));

        assertThat(dashboard.queries()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(dashboard.unbracedRanges()).as("every selector is written name{...}").isEmpty();
        // Business meters by name; the bound libraries' meters (Kafka clients and Streams, the Hikari pool, JVM) by prefix.
        assertThat(dashboard.meterNames()).allSatisfy(name -> assertThat(declared.contains(name)
                || name.startsWith("kafka_") || name.startsWith("hikaricp_") || name.startsWith("jvm_") || name.startsWith("process_"))
                .as("%s is a meter the code registers", name).isTrue());
        assertThat(dashboard.meterNames()).contains("stream_mentions_total", "dead_letters_total", "stream_understanding_seconds_bucket",
                "dispatch_claims_seconds_bucket", "dispatch_sla_alerts_total", "kafka_consumer_fetch_manager_records_lag_max", "stream_state");
    }

    private static String prometheus(String meter) {
        return meter.replace('.', '_');
    }

    /** What a service listens on: an app service its HTTP or management port, another its image's ports or Kafka's listeners. */
    private Set<Integer> listeningPorts(String name, Map<String, Object> service) {
        String image = String.valueOf(service.get("image"));
        if (APP_IMAGE.equals(image)) {
            if (runsScript(service)) {
                return Set.of(); // one-shot commands (import, crews, tokens) that listen on nothing
            }
            SettingsDeclaration declaration = declaration(name, service);
            TypedSettings typed = declaration.read(Settings.load(Map.of(), null, environment(service)));
            // Every service has its management port (/metrics, /health/*); dispatch its public HTTP port too.
            return declaration == DispatchSettings.SETTINGS ? Set.of(typed.get(DispatchSettings.HTTP_PORT), typed.get(ManagementServer.PORT))
                    : Set.of(typed.get(ManagementServer.PORT));
        }
        if (image.startsWith("apache/kafka:")) {
            Set<Integer> ports = new HashSet<>();
            Matcher port = Pattern.compile(":(\\d+)").matcher(environment(service).getOrDefault("KAFKA_LISTENERS", ""));
            while (port.find()) {
                ports.add(Integer.parseInt(port.group(1)));
            }
            return ports;
        }
        return IMAGE_PORTS.getOrDefault(image.split(":")[0], Set.of());
    }

    private Map<String, Map<String, Object>> appServices() {
        Map<String, Map<String, Object>> app = new HashMap<>();
        services.forEach((name, service) -> {
            if (APP_IMAGE.equals(service.get("image"))) {
                app.put(name, service);
            }
        });
        return app;
    }

    /** A service whose entrypoint is a shell runs a script of commands, each naming its main class. */
    private static boolean runsScript(Map<String, Object> service) {
        return service.get("entrypoint") != null && list(service.get("entrypoint")).get(0).toString().endsWith("sh");
    }

    /** The settings of every main class the service runs: its command's main, or each main its script names. */
    private static List<SettingsDeclaration> declarations(String name, Map<String, Object> service) {
        if (!runsScript(service)) {
            List<SettingsDeclaration> all = new ArrayList<>(List.of(declaration(name, service)));
            all.addAll(COMPANIONS.getOrDefault(list(service.get("command")).get(0).toString(), List.of()));
            return all;
        }
        Matcher main = Pattern.compile("org\\.restockradar\\.[a-z.]+\\.[A-Za-z]+Main").matcher(String.join("\n", list(service.get("command")).stream().map(String::valueOf).toList()));
        List<SettingsDeclaration> found = new ArrayList<>();
        while (main.find()) {
            assertThat(DECLARATIONS).as("%s runs a known main class", name).containsKey(main.group());
            found.add(DECLARATIONS.get(main.group()));
        }
        assertThat(found).as("%s's script runs a main class", name).isNotEmpty();
        return found.stream().distinct().toList();
    }

    private static SettingsDeclaration declaration(String name, Map<String, Object> service) {
        String main = list(service.get("command")).get(0).toString();
        assertThat(DECLARATIONS).as("%s runs a known main class", name).containsKey(main);
        return DECLARATIONS.get(main);
    }

    /** The service's environment as the container sees it: {@code ${VAR:-default}} taken at its default. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new HashMap<>();
        child(service, "environment").forEach((key, value) -> {
            String resolved = String.valueOf(value).replaceAll("\\$\\{[A-Za-z0-9_]+:-([^}]*)}", "$1");
            assertThat(resolved).as("%s has a default in compose.yml", key).doesNotContain("${");
            env.put(key, resolved);
        });
        return env;
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // SnakeYAML resolves the merge keys (<<: *app) as Compose does.
            return new Yaml(new LoaderOptions()).load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return map(parent.get(key));
    }

    private static Map<String, Map<String, Object>> children(Map<String, Object> parent, String key) {
        Map<String, Map<String, Object>> children = new HashMap<>();
        child(parent, key).forEach((name, value) -> children.put(name, map(value)));
        return children;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
