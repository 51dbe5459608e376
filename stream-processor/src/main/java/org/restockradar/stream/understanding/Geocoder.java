package org.restockradar.stream.understanding;

import java.util.Optional;
import org.restockradar.contracts.GeoPoint;

/**
 * An external geocoder (Nominatim, Pelias) for deployments that run one: turns a free-text place ("Lahug, Cebu
 * City") into a point. Implementations do network I/O and may be slow; the understanding stage never calls one
 * on its hot path, only through a {@link CachingGeocoder} whose cache is filled off the stream threads.
 */
public interface Geocoder {
    /**
     * Geocodes a place.
     *
     * @param query       free text, as a person wrote it
     * @param countryCode ISO 3166-1 alpha-2 code to bias the search ("IN", "PH"), or null
     * @return the point, or empty when the geocoder knows no such place
     */
    Optional<GeoPoint> geocode(String query, String countryCode);
}
