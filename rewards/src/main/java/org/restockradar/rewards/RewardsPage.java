package org.restockradar.rewards;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The rewards page, kept with the module whose API it uses: {@code /rewards.html} and its script {@code /rewards.js}, and
 * the reporters' claim page {@code /claim.html} ({@code /claim.js}),
 * read once from this module's class-path folder {@code /rewards-page}. The modules it imports ({@code /common/*.js})
 * and the style sheet are the host's static files (dispatch's pages), so the page looks and signs in like the others.
 */
final class RewardsPage {
    private static final String FOLDER = "/rewards-page/";
    /** The page's address on the host. */
    static final String PATH = "/rewards.html";
    private static final Map<String, String> FILES = Map.of(
            "rewards.html", "text/html; charset=utf-8",
            "rewards.js", "text/javascript; charset=utf-8",
            "claim.html", "text/html; charset=utf-8",
            "claim.js", "text/javascript; charset=utf-8");

    private RewardsPage() {
    }

    /** Serves the page's files at the root of the app. */
    static void register(RoutesConfig app) {
        FILES.forEach((name, contentType) -> {
            byte[] body = read(name);
            app.get("/" + name, ctx -> serve(ctx, body, contentType));
        });
    }

    private static void serve(Context ctx, byte[] body, String contentType) {
        ctx.contentType(contentType).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = RewardsPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the rewards page file " + FOLDER + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rewards page file " + FOLDER + name, e);
        }
    }
}
