package org.restockradar.stream.understanding;

import org.restockradar.contracts.GeoPoint;

/** Distances on the globe for the stage's hot path, in the one rule of {@link GeoPoint#distanceKm}. */
final class Geo {
    private Geo() {
    }

    /** Great-circle distance in kilometres (haversine). */
    static double km(GeoPoint a, GeoPoint b) {
        return a.distanceKm(b);
    }

    /** Great-circle distance in kilometres between two positions in decimal degrees, without building points. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        return GeoPoint.distanceKm(lat1, lon1, lat2, lon2);
    }
}
