package org.restockradar.dispatch;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.restockradar.access.TokenStore;
import org.restockradar.dbkit.store.Database;

/**
 * A service run beside dispatch in one process, as the launcher runs rewards and replies: started by the caller's
 * {@link Starter} once dispatch's shared parts exist, its routes served on dispatch's HTTP port (registered before the
 * server starts), closed before those parts. Dispatch knows none of them: the mains and the launcher wire them.
 */
public interface Companion extends AutoCloseable {
    /** Adds the companion's routes to dispatch's app. */
    void routes(RoutesConfig app);

    /**
     * What dispatch shares with its companions.
     *
     * @param tokens            the API's bearer tokens (one sign-in for every route set)
     * @param database          dispatch's PostgreSQL server; a companion keeps its tables in a schema of its own there, and
     *                          its periodic work on a clustered scheduler of its own name (Quartz's tables are dispatch's)
     * @param clusterCheckIn    how often a scheduler instance tells its cluster it is alive ({@code dispatch.sla-cluster-checkin})
     * @param kafka             client properties without the {@code kafka.} prefix
     * @param requestsPerMinute the rate limit of every authenticated route ({@code http.rate-limit-per-minute})
     */
    record Shared(TokenStore tokens, Database database, Duration clusterCheckIn, Map<String, String> kafka, Clock clock, MeterRegistry meters,
                  int requestsPerMinute) {
        public Shared {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(clusterCheckIn, "clusterCheckIn");
            Objects.requireNonNull(database, "database");
            kafka = Map.copyOf(kafka);
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(meters, "meters");
        }
    }

    /** Starts a companion from what dispatch shares. */
    @FunctionalInterface
    interface Starter {
        Companion start(Shared shared);
    }

    /** A companion made of a service to close and the routes it serves. */
    static Companion of(AutoCloseable service, java.util.function.Consumer<RoutesConfig> routes) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(routes, "routes");
        return new Companion() {
            @Override
            public void routes(RoutesConfig app) {
                routes.accept(app);
            }

            @Override
            public void close() throws Exception {
                service.close();
            }
        };
    }
}
