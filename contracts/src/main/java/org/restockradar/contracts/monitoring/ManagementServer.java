package org.restockradar.contracts.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port of a service: {@code GET /metrics}
 * (Prometheus text format), {@code GET /health/live} (200 while the process serves) and {@code GET /health/ready}
 * (200 when every readiness check is up, else 503; the body names each check). The JDK's own HTTP server: two
 * threads, nothing else to configure. Every service serves its meters here, never on a public port: dispatch's HTTP
 * port keeps {@code /health/*} only, and the stream processor and ingest have no other port.
 */
public final class ManagementServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);

    public static final Setting<Integer> PORT = Setting.integer("management.port", "8081",
            "port of `/metrics`, `/health/live` and `/health/ready`, apart from any public port (0: any free port; the all-in-one launcher takes `--management-port` instead)")
            .check(Setting.between(0, 65535), "between 0 and 65535");

    private final HttpServer server;
    private final ExecutorService threads;

    private ManagementServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Declares {@link #PORT} on a service's settings. */
    public static SettingsDeclaration.Builder declareOn(SettingsDeclaration.Builder builder) {
        return builder.define(PORT);
    }

    /** Starts serving on every interface; port 0 takes any free one ({@link #port()}). */
    public static ManagementServer start(int port, Monitoring monitoring) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the management port " + port + " (setting " + PORT.key() + ")", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "management-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/metrics", exchange -> answer(exchange, 200, Monitoring.CONTENT_TYPE, monitoring.scrape()));
        server.createContext("/health/live", exchange -> answer(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", exchange -> {
            Readiness.Report report = monitoring.readiness().report();
            answer(exchange, report.ready() ? 200 : 503, "application/json", report.toJson());
        });
        server.start();
        LOG.info("Management port {}: /metrics, /health/live, /health/ready", server.getAddress().getPort());
        return new ManagementServer(server, threads);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (!path.equals(exchange.getHttpContext().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
