package org.restockradar.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one authenticate hook of the API: a request names its actor with {@code Authorization: Bearer <token>} (see
 * {@link TokenStore}); 401 without a known token, else the actor is kept on the request for {@link #actor(Context)}.
 * Every authenticated route set is guarded in the same order: the rate limit first, before the token is even looked up
 * (429 past the limit), then the token (401, also for an expired or revoked one, saying which), then the role (403).
 */
public final class Authentication {
    private static final String ACTOR = "actor";

    /**
     * The roles that may use a route set at all, and the first half of a refusal ({@code "only ops may manage replies"});
     * the refusal goes on with "; {@code <actor>} is {@code <role>}".
     */
    public record Roles(Set<Role> allowed, String refusal) {
        public Roles {
            allowed = Set.copyOf(allowed);
            Objects.requireNonNull(refusal, "refusal");
        }

        /** 403 unless the actor's role is allowed. */
        public void check(Actor actor) {
            if (!allowed.contains(actor.role())) {
                throw new ForbiddenResponse(refusal + "; " + actor.id() + " is " + actor.role().code());
            }
        }
    }

    private Authentication() {
    }

    /**
     * Guards a route set whose paths share one rule of roles: for each path one before-handler that takes the rate limit,
     * then the token, then the roles.
     *
     * @param requestsPerMinute the rate limit per client (and per token), method and path (setting {@code http.rate-limit-per-minute})
     */
    public static void guard(RoutesConfig app, List<String> paths, int requestsPerMinute, TokenStore tokens, Roles roles) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(roles, "roles");
        for (String path : paths) {
            app.before(path, ctx -> {
                rateLimit(ctx, requestsPerMinute);
                roles.check(authenticate(ctx, tokens));
            });
        }
    }

    /**
     * The rate limit of an authenticated route: 429 with {@code Retry-After} past {@code requestsPerMinute} from one
     * client or with one token to one route, counted by the server's {@link RateLimit} (the one {@code HttpApi} keeps
     * as app data under {@link RateLimit#KEY}).
     */
    public static void rateLimit(Context ctx, int requestsPerMinute) {
        ctx.appData(RateLimit.KEY).check(ctx, requestsPerMinute);
    }

    /** The before-handler that authenticates every request of a path by its bearer token. */
    public static Handler bearer(TokenStore tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return ctx -> authenticate(ctx, tokens);
    }

    /**
     * Authenticates a request from its {@code Authorization: Bearer <token>} header: 401 without a known token, else the
     * actor is kept for {@link #actor(Context)}.
     *
     * @return the actor of the token
     */
    public static Actor authenticate(Context ctx, TokenStore tokens) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("send Authorization: Bearer <token>");
        }
        return authenticateToken(ctx, tokens, header.substring(7));
    }

    /**
     * As {@link #authenticate}, but a request without the header may name its token in {@code ?access_token=}: for
     * server-sent events alone, since browsers' EventSource cannot send headers.
     */
    public static Actor authenticateHeaderOrQuery(Context ctx, TokenStore tokens) {
        String query = ctx.queryParam("access_token");
        if (ctx.header("Authorization") == null && query != null) {
            return authenticateToken(ctx, tokens, query);
        }
        return authenticate(ctx, tokens);
    }

    private static Actor authenticateToken(Context ctx, TokenStore tokens, String token) {
        TokenStore.Verdict verdict = tokens.verify(token);
        if (verdict.actor() == null) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse(verdict.refusal());
        }
        ctx.attribute(ACTOR, verdict.actor());
        return verdict.actor();
    }

    /** The actor that {@link #authenticate} found for this request; 401 when the request was not authenticated. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new UnauthorizedResponse("send Authorization: Bearer <token>");
        }
        return actor;
    }
}
