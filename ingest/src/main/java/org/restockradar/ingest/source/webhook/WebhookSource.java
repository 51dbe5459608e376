package org.restockradar.ingest.source.webhook;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.restockradar.ingest.source.Health;
import org.restockradar.ingest.source.SourceAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server that receives pushed messages (SMS gateways, the WhatsApp Cloud API): one Javalin
 * server for every enabled {@link WebhookHandler}. A sender is answered 200 only after its mentions are
 * acknowledged by Kafka, so a failure makes the sender retry (at-least-once); the retry is then dropped as
 * a duplicate by message id. Requests run on Jetty's bounded thread pool and block while Kafka is slow.
 */
public final class WebhookSource implements SourceAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSource.class);

    /**
     * @param host         the interface to listen on
     * @param port         the port, 0 for any free one
     * @param maxBodyBytes the largest request body accepted
     */
    public record Config(String host, int port, int maxBodyBytes) {
        public Config {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("webhook port must be within [0, 65535]: " + port);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("webhook max body bytes must be positive: " + maxBodyBytes);
            }
        }
    }

    private final Config config;
    private final List<WebhookHandler> handlers;
    private final Clock clock;
    private volatile Javalin app;
    private volatile Health health;

    public WebhookSource(Config config, List<WebhookHandler> handlers, Clock clock) {
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("webhook server without any handler");
        }
        this.config = config;
        this.handlers = List.copyOf(handlers);
        this.clock = clock;
        this.health = new Health(Health.State.STARTING, "not started", clock.instant());
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public synchronized void start() {
        if (app != null) {
            throw new IllegalStateException("webhook server already started");
        }
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            handlers.forEach(h -> h.register(cfg.routes, config.maxBodyBytes()));
        });
        server.start(config.host(), config.port());
        app = server;
        health = new Health(Health.State.UP, "listening on " + config.host() + ":" + server.port(), clock.instant());
        LOG.info("Webhooks listening on {}:{} for {}", config.host(), server.port(),
                handlers.stream().map(h -> h.source() + " at " + h.path()).toList());
    }

    /** The port actually bound, once started. */
    public int port() {
        Javalin server = app;
        if (server == null) {
            throw new IllegalStateException("webhook server not started");
        }
        return server.port();
    }

    @Override
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
            health = new Health(Health.State.STOPPED, "stopped", clock.instant());
        }
    }

    @Override
    public Health health() {
        return health;
    }

    public List<WebhookHandler> handlers() {
        return handlers;
    }
}
