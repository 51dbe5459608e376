package org.restockradar.access;

import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The rate limit of the authenticated routes, one per server: at most {@code requestsPerMinute} requests in a minute
 * (a fixed window of the clock's minutes) to one route from one client, and as many with one bearer token, so that
 * neither a rotating token nor a rotating address gets round it. Past either, 429 with {@code Retry-After}: the seconds
 * left in the minute.
 *
 * <p>The client is the address of the connection. Only when that address is a trusted proxy (setting
 * {@code http.trusted-proxies}) is the client taken from {@code X-Forwarded-For}: the right-most address there that is
 * not itself a trusted proxy, the last hop a trusted proxy saw; the hops to its left are what the client said and
 * prove nothing. Javalin's {@code NaiveRateLimit}, used before, keyed on the header's first value, which any client
 * sets as it likes.
 */
public final class RateLimit {
    /** Where the server keeps its limit, for {@link Authentication#rateLimit}. */
    public static final Key<RateLimit> KEY = new Key<>("restockradar.rate-limit");
    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Set<String> trustedProxies;
    private final Clock clock;
    private final AtomicReference<Window> window;

    /** One minute's counts; the next minute starts from none. */
    private record Window(long index, ConcurrentHashMap<String, AtomicInteger> counts) {
    }

    /**
     * @param trustedProxies the addresses of the proxies whose {@code X-Forwarded-For} is believed, as the server sees
     *                       them ({@code 10.0.0.5}); none to believe no header
     */
    public RateLimit(Set<String> trustedProxies, Clock clock) {
        this.trustedProxies = trustedProxies.stream().map(RateLimit::normal).collect(Collectors.toUnmodifiableSet());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = new AtomicReference<>(new Window(Long.MIN_VALUE, new ConcurrentHashMap<>()));
    }

    /** The trusted proxies of setting {@code http.trusted-proxies}: a comma list of addresses, blank for none. */
    public static Set<String> trustedProxies(String setting) {
        return setting == null ? Set.of() : List.of(setting.split(",")).stream().map(String::trim).filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** 429 with {@code Retry-After} when the request's client or token has had its {@code requestsPerMinute} on this route. */
    public void check(Context ctx, int requestsPerMinute) {
        // The path of the handler checking: a guard's before-path, or the route's own.
        String route = ctx.method() + " " + ctx.endpoint().path;
        String client = client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        Optional<Duration> wait = take(client, bearer(ctx), route, requestsPerMinute);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "Rate limit exceeded: at most " + requestsPerMinute
                    + " requests a minute to this route from one client or with one token; try again in " + seconds + " s");
        }
    }

    /**
     * Counts a request of a client (and its token, when it sent one) to a route.
     *
     * @return empty when it may go on, else how long until the limit lets it in again
     */
    Optional<Duration> take(String client, String token, String route, int requestsPerMinute) {
        long now = clock.millis();
        Window current = current(Math.floorDiv(now, WINDOW_MILLIS));
        boolean refused = count(current, "address " + client + " " + route) > requestsPerMinute
                // Counted only for a client within its own limit, so that one client cannot fill the table with tokens.
                || token != null && count(current, "token " + TokenStore.digest(token) + " " + route) > requestsPerMinute;
        return refused ? Optional.of(Duration.ofMillis((current.index() + 1) * WINDOW_MILLIS - now)) : Optional.empty();
    }

    /**
     * The client of a request: the connection's address, unless that is a trusted proxy; then the right-most hop of
     * {@code X-Forwarded-For} that is not a trusted proxy (the left-most when all are).
     */
    String client(String remoteAddress, String forwardedFor) {
        String peer = normal(remoteAddress);
        if (!trustedProxies.contains(peer) || forwardedFor == null) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String leftMost = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normal(hops[i]);
            if (hop.isEmpty()) {
                continue;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
            leftMost = hop;
        }
        return leftMost;
    }

    private Window current(long index) {
        Window current = window.get();
        while (current.index() < index) {
            Window next = new Window(index, new ConcurrentHashMap<>());
            if (window.compareAndSet(current, next)) {
                return next;
            }
            current = window.get();
        }
        return current;
    }

    private static int count(Window window, String key) {
        return window.counts().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return ctx.queryParam("access_token");
    }

    private static String normal(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }
}
