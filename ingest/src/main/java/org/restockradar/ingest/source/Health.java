package org.restockradar.ingest.source;

import java.time.Instant;
import java.util.Objects;

/**
 * What an adapter is doing now, for the launcher's health report.
 *
 * @param detail a short human explanation, such as the last error; never holds a credential
 * @param since  when the adapter entered this state
 */
public record Health(State state, String detail, Instant since) {

    public enum State {
        /** Not started yet, or connecting for the first time. */
        STARTING,
        /** Connected and reading (or serving, for webhooks). */
        UP,
        /** Lost its connection and waiting to retry. */
        RECONNECTING,
        /** Stopped on request. */
        STOPPED
    }

    public Health {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        detail = detail == null ? "" : detail;
    }

    /** The worst of several: an adapter with one stream reconnecting is reconnecting. */
    public static Health worst(Iterable<Health> all, Instant now) {
        Health worst = null;
        for (Health health : all) {
            if (worst == null || rank(health.state) > rank(worst.state)) {
                worst = health;
            }
        }
        return worst == null ? new Health(State.STOPPED, "no streams", now) : worst;
    }

    private static int rank(State state) {
        return switch (state) {
            case UP -> 0;
            case STOPPED -> 1;
            case STARTING -> 2;
            case RECONNECTING -> 3;
        };
    }
}
