package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiErrors;
import org.restockradar.access.http.ApiJson;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.config.SizeUnit;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.photos.PhotoTooLargeException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.access.RateLimit;
import org.restockradar.contracts.IllegalTransitionException;
import org.restockradar.dispatch.store.JobFilter;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.AccessDeniedException;
import org.restockradar.dispatch.workflow.NoSuchCrewException;
import org.restockradar.dispatch.workflow.NoSuchJobException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's HTTP API (Javalin): the public part here, every other route in {@link WorkApi} (bearer tokens):
 * <ul>
 *   <li>{@code GET /api/health} 200 when the database answers and the report consumer runs, else 503;</li>
 *   <li>{@code GET /api/openapi.json} the OpenAPI 3 document of these, of {@link WorkApi} and of the route sets
 *       served beside them ({@link OpsApi}, and the rewards and replies routes when the launcher runs those services here).</li>
 * </ul>
 * Errors are {@code {"error": "..."}} with the matching status, for every route set alike: 400 for bad input
 * ({@link IllegalArgumentException}), 403 {@link AccessDeniedException}, 404 {@link NoSuchJobException} and
 * {@link NoSuchCrewException}, 409
 * {@link IllegalTransitionException}, 413 {@link PhotoTooLargeException}, 503 {@link StoreUnavailableException}, 500
 * otherwise. Static files are served from the class-path folder {@code /public} when there is one.
 *
 * <p>Every answer carries {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}, every
 * {@code /api} answer {@code Cache-Control: no-store}; a body is refused with 413 past its limit by
 * {@code Content-Length} and, for a chunked one, while it is read ({@link BoundedBodies}); a NUL character in the URL
 * is 400. The authenticated route sets share one {@link RateLimit}.
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    /** The largest body taken (a proof of restock, a crew): anything larger is refused before it is read. */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    /** The largest photo upload taken: a 2 MiB photo and the multipart framing around it. */
    public static final long MAX_UPLOAD_BYTES = PhotoStore.MAX_BYTES + 64 * 1024;
    /** The largest refused body read to its end before the 413 ({@link #discardSmallBody}). */
    private static final long DISCARDED_BODY_BYTES = 1024 * 1024;
    static final String STATIC_FOLDER = "/public";

    private final Javalin app;

    private HttpApi(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param host            the address to bind, or null for every interface
     * @param port            the port, or 0 for any free one (see {@link #port()})
     * @param consumerRunning whether the report consumer is running, for the health check
     */
    public static HttpApi start(String host, int port, JobStore jobs, BooleanSupplier consumerRunning) {
        return start(host, port, jobs, consumerRunning, null);
    }

    /**
     * Starts serving health, the OpenAPI document, static files and, when {@code work} is given, every authenticated
     * route ({@link WorkApi}): without it nothing about jobs is served.
     */
    public static HttpApi start(String host, int port, JobStore jobs, BooleanSupplier consumerRunning, WorkApi.Services work) {
        return start(host, port, jobs, consumerRunning, work, app -> { });
    }

    /** As above, with further routes registered in the app's configuration (ops, and those of the services run beside dispatch). */
    public static HttpApi start(String host, int port, JobStore jobs, BooleanSupplier consumerRunning, WorkApi.Services work,
                                Consumer<RoutesConfig> moreRoutes) {
        return start(host, port, jobs, consumerRunning, work, moreRoutes, Set.of());
    }

    /**
     * As above, behind proxies whose {@code X-Forwarded-For} names the client for the rate limit (see {@link RateLimit}).
     *
     * @param trustedProxies the proxies' addresses (setting {@code http.trusted-proxies}); none: every client is its connection
     */
    public static HttpApi start(String host, int port, JobStore jobs, BooleanSupplier consumerRunning, WorkApi.Services work,
                                Consumer<RoutesConfig> moreRoutes, Set<String> trustedProxies) {
        Javalin app = create(jobs, consumerRunning, work, trustedProxies, moreRoutes);
        if (host == null) {
            app.start(port);
        } else {
            app.start(host, port);
        }
        LOG.info("dispatch API listening on port {}", app.port());
        return new HttpApi(app);
    }

    /** The app, for tests that read its routes (the launcher's OpenApiDocumentIT checks them against openapi.json). */
    public Javalin app() {
        return app;
    }

    /** The port bound, useful after starting on port 0. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    static Javalin create(JobStore jobs, BooleanSupplier consumerRunning) {
        return create(jobs, consumerRunning, null, Set.of(), routes -> { });
    }

    /** The app, every route, handler and mapping given in its configuration (Javalin 7 takes none after it is created). */
    static Javalin create(JobStore jobs, BooleanSupplier consumerRunning, WorkApi.Services work, Set<String> trustedProxies,
                          Consumer<RoutesConfig> moreRoutes) {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(consumerRunning, "consumerRunning");
        Objects.requireNonNull(moreRoutes, "moreRoutes");
        RateLimit rateLimit = new RateLimit(trustedProxies, Clock.systemUTC());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // One count for every route set of this server (Authentication.rateLimit finds it here).
            config.appData(RateLimit.KEY, rateLimit);
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Content-Length is checked below; this counts what is read, for a chunked body that has none.
            config.jetty.modifyServletContextHandler(handler -> {
                FilterHolder bounded = new FilterHolder(new BoundedBodies(
                        request -> isPhotoUpload(request.getMethod(), request.getRequestURI()) ? MAX_UPLOAD_BYTES : MAX_REQUEST_BYTES));
                bounded.setAsyncSupported(true);
                handler.addFilter(bounded, "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            if (HttpApi.class.getResource(STATIC_FOLDER) != null) {
                config.staticFiles.add(STATIC_FOLDER, Location.CLASSPATH);
            }
            routes(config.routes, jobs, consumerRunning, work);
            moreRoutes.accept(config.routes);
        });
    }

    /**
     * Reads and drops a refused body of at most {@link #DISCARDED_BODY_BYTES} (a note a little too long, say), so that
     * the client, still sending it, gets to read the 413 instead of a connection cut under it; a larger body is not
     * read: the connection closes with the answer.
     */
    private static void discardSmallBody(Context ctx) {
        if (ctx.contentLength() > DISCARDED_BODY_BYTES) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.debug("a refused body of {} bytes to {} could not be read to its end", ctx.contentLength(), ctx.path(), e);
        }
    }

    private static void routes(RoutesConfig app, JobStore jobs, BooleanSupplier consumerRunning, WorkApi.Services work) {
        app.before(HttpApi::safetyHeaders);
        app.before(HttpApi::refuseNulInUrl);
        app.before(ctx -> {
            long allowed = isPhotoUpload(ctx.method().name(), ctx.path()) ? MAX_UPLOAD_BYTES : MAX_REQUEST_BYTES;
            if (ctx.contentLength() > allowed) {
                discardSmallBody(ctx);
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                        "request body of " + ctx.contentLength() + " bytes is larger than the " + allowed + " allowed");
            }
        });
        // The pages' second wall against markup in posts: scripts, styles and calls from this origin only; images also from https map tiles.
        app.before(ctx -> ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"));
        app.get("/api/health", ctx -> health(ctx, jobs, consumerRunning));
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        if (work != null) {
            WorkApi.register(app, work);
        }
        mapExceptions(app);
    }

    /**
     * Every exception-to-status mapping of the app, in one place: Javalin's exception handlers hold for the whole app, so
     * a route set that registered one would change what every other set answers, and a set would answer differently
     * depending on which others are on the server. Route sets register none; each gets these, the most specific
     * class winning.
     */
    private static void mapExceptions(RoutesConfig app) {
        ApiErrors.register(app);
        app.exception(PhotoTooLargeException.class, (e, ctx) -> ApiErrors.error(ctx, HttpStatus.CONTENT_TOO_LARGE.getCode(), e.getMessage()));
        app.exception(AccessDeniedException.class, (e, ctx) -> ApiErrors.error(ctx, HttpStatus.FORBIDDEN.getCode(), e.getMessage()));
        app.exception(NoSuchJobException.class, (e, ctx) -> ApiErrors.error(ctx, HttpStatus.NOT_FOUND.getCode(), e.getMessage()));
        app.exception(NoSuchCrewException.class, (e, ctx) -> ApiErrors.error(ctx, HttpStatus.NOT_FOUND.getCode(), e.getMessage()));
        app.exception(IllegalTransitionException.class, (e, ctx) -> ApiErrors.error(ctx, HttpStatus.CONFLICT.getCode(), e.getMessage()));
    }

    private static boolean isPhotoUpload(String method, String path) {
        return "POST".equals(method) && path != null && path.matches("/api/jobs/[^/]+/photos");
    }

    /**
     * The headers of every answer: no guessing of content types, no referrer sent on from the pages, and nothing of
     * the API kept in a cache (its answers are a caller's own; a route that may be cached, a photo, says so itself).
     */
    private static void safetyHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /**
     * 400 for a NUL character in the path or a query parameter: the sender's fault, which PostgreSQL would refuse in
     * text as if the database were down. Checked on the URL before anything else; bodies are checked where they are
     * parsed ({@link ApiJson#refuseNul}).
     */
    private static void refuseNulInUrl(Context ctx) {
        if (ctx.req().getRequestURI().contains("%00")) {
            throw new BadRequestResponse("NUL characters (%00) are not allowed in the path");
        }
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw new BadRequestResponse("NUL characters (%00) are not allowed in query parameter '" + parameter.getKey().replace('\0', '?') + "'");
            }
        }
    }

    private static void health(Context ctx, JobStore jobs, BooleanSupplier consumerRunning) {
        boolean database = jobs.isReachable();
        boolean consumer = consumerRunning.getAsBoolean();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", upOrDown(database && consumer));
        body.put("database", upOrDown(database));
        body.put("consumer", upOrDown(consumer));
        ctx.status(database && consumer ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /** The OpenAPI 3 document of the whole API, kept beside this class. */
    static byte[] openApi() throws java.io.IOException {
        try (java.io.InputStream in = HttpApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new java.io.FileNotFoundException("openapi.json is missing from the class path next to " + HttpApi.class.getName());
            }
            return in.readAllBytes();
        }
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }

    /**
     * The filter of {@code GET /api/jobs}; blank parameters count as absent.
     *
     * @param statuses each {@code status} parameter, each a status or a comma list of them
     */
    static JobFilter filterOf(List<String> statuses, String city, String brand, String crew, String limit) {
        Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
        for (String parameter : statuses == null ? List.<String>of() : statuses) {
            for (String code : parameter.split(",")) {
                if (!code.isBlank()) {
                    try {
                        wanted.add(JobStatus.fromCode(code.trim()));
                    } catch (IllegalArgumentException e) {
                        throw new BadRequestResponse(e.getMessage());
                    }
                }
            }
        }
        int max = JobFilter.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("limit must be a whole number: '" + limit + "'");
            }
            if (max < 1 || max > JobFilter.MAX_LIMIT) {
                throw new BadRequestResponse("limit must be within [1, " + JobFilter.MAX_LIMIT + "]: " + max);
            }
        }
        return new JobFilter(wanted, city, brand, crew, max);
    }

    static long idOf(String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("job id must be a whole number: '" + raw + "'");
        }
    }
}
