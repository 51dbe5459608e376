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
}
