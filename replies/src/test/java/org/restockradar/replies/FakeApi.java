package org.restockradar.replies;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Base of the local fakes of the sources' sending APIs: a Javalin on 127.0.0.1, every request it saw (headers with
 * lower-case names, the raw body as UTF-8), and refusals queued for the next calls.
 */
abstract class FakeApi implements AutoCloseable {
    record Request(String method, String path, Map<String, String> headers, String body, Map<String, List<String>> form) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String formValue(String name) {
            List<String> values = form.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    record Refusal(int status, Map<String, String> headers, String body) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    private volatile Javalin app;

    /** Serves the subclass's routes (Javalin 7 takes them in the app's configuration). */
    final void start(Consumer<RoutesConfig> routes) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            routes.accept(config.routes);
        });
        app.start("127.0.0.1", 0);
    }

    final String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    final void refuseNext(int status, Map<String, String> headers, String body) {
        refusals.add(new Refusal(status, headers, body));
    }

    final List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Records the request; answers it with the next queued refusal, if any, and then returns true. */
    final boolean recordAndMaybeRefuse(Context ctx) {
        Map<String, String> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> form = ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded")
                ? ctx.formParamMap() : Map.of();
        requests.add(new Request(ctx.method().name(), ctx.path(), headers, body, form));
        Refusal refusal = refusals.poll();
        if (refusal == null) {
            return false;
        }
        refusal.headers().forEach(ctx::header);
        ctx.status(refusal.status()).contentType("application/json").result(refusal.body());
        return true;
    }

    @Override
    public void close() {
        app.stop();
    }
}
