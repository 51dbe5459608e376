package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;

final class CachingGeocoderTest {

    /** Our own fake geocoder: answers one place and records every call. */
    private static final class FakeGeocoder implements Geocoder {
        final List<String> calls = new ArrayList<>();

        @Override
        public Optional<GeoPoint> geocode(String query, String countryCode) {
            calls.add(query);
            return query.toLowerCase().contains("lahug") ? Optional.of(new GeoPoint(10.329, 123.899)) : Optional.empty();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void shouldCallTheGeocoderOncePerPlaceWithinTheTtl() {
        FakeGeocoder fake = new FakeGeocoder();
        MutableClock clock = new MutableClock();
        CachingGeocoder cache = new CachingGeocoder(fake, clock, Duration.ofHours(1), 100);
        assertThat(cache.geocode("Lahug, Cebu City", "PH")).isPresent();
        assertThat(cache.geocode("lahug cebu city", "ph")).isPresent();
        assertThat(cache.geocode("Nowhere", "PH")).isEmpty();
        assertThat(cache.geocode("Nowhere", "PH")).isEmpty();
        assertThat(fake.calls).containsExactly("Lahug, Cebu City", "Nowhere");
        clock.now = clock.now.plus(Duration.ofHours(2));
        cache.geocode("Lahug, Cebu City", "PH");
        assertThat(fake.calls).hasSize(3);
    }

    @Test
    void shouldAnswerFromTheCacheAloneWithoutCalling() {
        FakeGeocoder fake = new FakeGeocoder();
        CachingGeocoder cache = new CachingGeocoder(fake, new MutableClock(), Duration.ofHours(1), 100);
        assertThat(cache.cached("Lahug", "PH")).isEmpty();
        assertThat(fake.calls).isEmpty();
        cache.geocode("Lahug", "PH");
        assertThat(cache.cached("Lahug", "PH")).get().satisfies(p -> assertThat(p).isPresent());
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedBeyondTheBound() {
        FakeGeocoder fake = new FakeGeocoder();
        CachingGeocoder cache = new CachingGeocoder(fake, new MutableClock(), Duration.ofHours(1), 2);
        cache.geocode("a", null);
        cache.geocode("b", null);
        cache.geocode("c", null);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.cached("a", null)).isEmpty();
    }
}
