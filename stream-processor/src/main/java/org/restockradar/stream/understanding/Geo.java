package org.restockradar.stream.understanding;

import org.restockradar.contracts.GeoPoint;

/** Distances on the globe. */
public final class Geo {
    private static final double EARTH_KM = 6371.0088;

    private Geo() {
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double km(GeoPoint a, GeoPoint b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}
