package org.restockradar.contracts;

/** A WGS84 position in decimal degrees, as attached to a post by a device or read from the outlet registry. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be within [-90, 90]: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be within [-180, 180]: " + lon);
        }
    }

    /** The mean earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6_371.0088;

    /** The great-circle distance to another point in kilometres: haversine on a sphere of the mean earth radius. */
    public double distanceKm(GeoPoint to) {
        return distanceKm(lat, lon, to.lat, to.lon);
    }

    /** The great-circle distance between two positions in decimal degrees, in kilometres (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
