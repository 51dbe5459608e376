package org.restockradar.dispatch.crews;

import org.restockradar.contracts.GeoPoint;

/** Distances on the earth's surface: the haversine great-circle distance on a sphere of the mean earth radius. */
public final class Geo {
    /** The mean earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6_371.0088;

    private Geo() {
    }

    /** The great-circle distance between two points, in kilometres. */
    public static double distanceKm(GeoPoint from, GeoPoint to) {
        double lat1 = Math.toRadians(from.lat());
        double lat2 = Math.toRadians(to.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.lon() - from.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
