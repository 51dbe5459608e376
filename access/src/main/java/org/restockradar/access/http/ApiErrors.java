package org.restockradar.access.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception-to-status mappings every API shares, registered once on the app by the server that owns it (Javalin's
 * exception handlers hold for the whole app, so a route set registers none of its own): an {@link HttpResponseException}
 * its own status, {@link IllegalArgumentException} 400 (a parameter, body or value that a parser, record or store
 * refused), {@link StoreUnavailableException} 503, anything else 500 {@code internal error} (logged). Every error has one
 * shape: {@code {"error": "..."}}. A server adds the mappings of its own exceptions; the most specific class wins.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    /** Registers the shared mappings on the app. */
    public static void register(RoutesConfig app) {
        // Javalin answers an unknown route with a NotFoundResponse too, so every error takes this one shape.
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage()));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.error("{} {} failed: database unavailable", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "the database is unavailable; try again shortly");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error");
        });
    }

    /** Answers {@code {"error": message}} with the status. */
    public static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null || message.isBlank() ? "HTTP " + status : message));
    }
}
