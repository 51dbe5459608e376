package org.restockradar.ingest.source.webhook;

import io.javalin.config.RoutesConfig;

/** One inbound webhook (a gateway or a platform), registered on the shared webhook server. */
public interface WebhookHandler {

    /** The source this handler feeds, such as {@code whatsapp}. */
    String source();

    /** The path the sender is configured to call, such as {@code /webhooks/whatsapp}. */
    String path();

    /**
     * Adds the handler's routes.
     *
     * @param maxBodyBytes the largest body accepted; larger ones are refused with 413
     */
    void register(RoutesConfig app, int maxBodyBytes);
}
