package org.restockradar.launcher.browser;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.restockradar.access.Actor;
import org.restockradar.contracts.Settings;
import org.restockradar.launcher.LocalSystem;

/**
 * One whole system (broker, PostgreSQL, every service, the demo outlets and catalog) for the browser classes that can
 * share it, started by the first of them that asks for a {@link Running} in its {@code @BeforeAll} and closed when the
 * test run ends: it is kept in the root {@link ExtensionContext}'s store. Starting it costs the most of a browser class.
 *
 * <p>The classes keep apart by what they own, so that none depends on another having run or not: each has its own
 * crew and territory (a locality no other crew covers and no test fills from the demo stream), its own outlets, mention
 * ids and reporter handles, and reads only its own jobs. The settings are what each of them needs: jobs wait for a
 * claim, one verified report earns a gift, one "shelf already full" holds its reporter, the SLA sweep runs every second
 * and its alerts go to an incoming webhook recorded here. Each sharing class asks for its {@link BrowserSession} on the
 * system as a parameter too, and its browser goes when the class is done. {@code DemoPagesIT} (the demo mode's settings,
 * which are the whole system's) and {@code MapPagesIT} (a third of the demo stream, as {@code PagesIT}'s screenshots
 * take it, and PagesIT's Dadar shops on its crew's round, which has a base location) keep systems of their own.
 */
final class SharedSystem implements ParameterResolver {
    /** The crews of every sharing class; no two cover a locality. */
    static final String CREWS = """
            crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end
            van-dadar,Dadar Van,van,Mumbai,Dadar West;Dadar East,20,00:00,23:59
            rep-kothrud,Kothrud Rep,field_rep,Pune,Kothrud,10,00:00,23:59
            van-hadapsar,Hadapsar Van,van,Pune,Hadapsar,20,00:00,23:59
            van-shivajinagar,Shivajinagar Van,van,Pune,Shivajinagar,20,00:00,23:59
            """;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSystem.class);
    /** How long a start may take to import every demo outlet (Kafka to dispatch), on a loaded machine too. */
    private static final Duration OUTLETS_IMPORTED = Duration.ofSeconds(240);
    /** How long a sharing class waits for what a page shows or the system does: a bound, each wait ends when it holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * Waits until every outlet of the file is imported and known to dispatch, before a mention names one (the registry
     * is read from Kafka); for a system started by a class of its own too.
     */
    static void awaitOutlets(LocalSystem system, Path outletsFile) throws IOException {
        long outlets = Files.readAllLines(outletsFile, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
        String token = system.tokens().issue(Actor.ops("ops-outlets-imported"));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + system.httpPort() + "/api/outlets"))
                .header("Authorization", "Bearer " + token).build();
        await().atMost(OUTLETS_IMPORTED).ignoreExceptions()
                .until(() -> BrowserSession.JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).size(),
                        n -> n >= outlets);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Running.class || type == BrowserSession.class;
    }

    /**
     * The shared system, or a {@link BrowserSession} on it for the asking class: one a class, kept in the class's store,
     * which quits its browser when the class is done (mentions {@code x-<class name>-<n>}, a 90 s patience).
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        if (parameter.getParameter().getType() == Running.class) {
            return running;
        }
        String mentionIds = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(BrowserSession.class,
                key -> BrowserSession.on(running.system(), mentionIds, PATIENCE), BrowserSession.class);
    }

    /** The started system, the webhook's posts, and the folder both live in; closed by JUnit at the end of the run. */
    static final class Running implements AutoCloseable {
        private final Path dir;
        private final HttpServer webhook;
        private final List<String> alerts;
        private final LocalSystem system;

        private Running(Path dir, HttpServer webhook, List<String> alerts, LocalSystem system) {
            this.dir = dir;
            this.webhook = webhook;
            this.alerts = alerts;
            this.system = system;
        }

        static Running start() {
            HttpServer webhook = null;
            try {
                Path dir = Files.createTempDirectory("browser-system-");
                List<String> alerts = new CopyOnWriteArrayList<>();
                webhook = recordingWebhook(alerts);
                int port = freePort();
                Path crews = dir.resolve("crews.csv");
                Files.writeString(crews, CREWS, StandardCharsets.UTF_8);
                Path demo = dir.resolve("demo");
                Settings overrides = Settings.of(Map.of("dispatch.crews-file", crews.toString(), "dispatch.auto-assign", "false",
                        "rewards.gift.min-verified-reports", "1", "rewards.fraud.shelf-full-min", "1",
                        "dispatch.sla-sweep-interval", "1s", "alerts.send-interval", "200ms",
                        "alerts.webhook.secret-url", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                        "alerts.ops-page-url", "http://localhost:" + port + "/"));
                LocalSystem system = LocalSystem.start(new LocalSystem.Options(dir.resolve("data"), true, port,
                        LocalSystem.extractResource("demo/catalog.json", demo), LocalSystem.extractResource("demo/outlets.csv", demo),
                        null, 0, overrides), Clock.systemUTC());
                Running running = new Running(dir, webhook, alerts, system);
                awaitOutlets(system, demo.resolve("outlets.csv"));
                return running;
            } catch (IOException e) {
                if (webhook != null) {
                    webhook.stop(0);
                }
                throw new IllegalStateException("cannot start the browser tests' shared system", e);
            }
        }

        LocalSystem system() {
            return system;
        }

        /** The texts the alerts webhook was sent, in order. */
        List<String> alerts() {
            return alerts;
        }

        @Override
        public void close() throws IOException {
            // The system, then the webhook, then their folder, each whatever became of the one before.
            try {
                system.close();
            } finally {
                webhook.stop(0);
                BrowserSession.deleteTree(dir);
            }
        }

        private static HttpServer recordingWebhook(List<String> alerts) throws IOException {
            ObjectMapper json = new ObjectMapper();
            HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            webhook.createContext("/hook", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    alerts.add(json.readTree(in).get("text").asText());
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            webhook.start();
            return webhook;
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

    }
}
