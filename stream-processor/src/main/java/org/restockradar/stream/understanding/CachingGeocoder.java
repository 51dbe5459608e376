package org.restockradar.stream.understanding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.restockradar.contracts.GeoPoint;

/**
 * A bounded, expiring cache in front of a {@link Geocoder}; misses are cached too, so one unknown place costs one
 * call per {@code ttl}. {@link #cached} answers from the cache alone and never calls the delegate: that is the
 * only call allowed on a stream thread. Keys are normalised ({@link Text#key}) with the country code. Thread-safe.
 */
public final class CachingGeocoder implements Geocoder {
    private record Cached(Optional<GeoPoint> point, Instant expires) {
    }

    private final Geocoder delegate;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache;

    public CachingGeocoder(Geocoder delegate, Clock clock, Duration ttl, int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    private static String key(String query, String countryCode) {
        return (countryCode == null ? "" : countryCode.toUpperCase(java.util.Locale.ROOT)) + "|" + Text.key(query);
    }

    /** Answers from the cache; calls the delegate on a miss or an expired entry and caches its answer. */
    @Override
    public Optional<GeoPoint> geocode(String query, String countryCode) {
        String key = key(query, countryCode);
        Instant now = clock.instant();
        synchronized (cache) {
            Cached hit = cache.get(key);
            if (hit != null && now.isBefore(hit.expires())) {
                return hit.point();
            }
        }
        Optional<GeoPoint> point = delegate.geocode(query, countryCode);
        synchronized (cache) {
            cache.put(key, new Cached(point, now.plus(ttl)));
        }
        return point;
    }

    /** The cached answer without calling the delegate: empty when the place was never geocoded or has expired. */
    public Optional<Optional<GeoPoint>> cached(String query, String countryCode) {
        synchronized (cache) {
            Cached hit = cache.get(key(query, countryCode));
            if (hit == null || !clock.instant().isBefore(hit.expires())) {
                return Optional.empty();
            }
            return Optional.of(hit.point());
        }
    }

    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
