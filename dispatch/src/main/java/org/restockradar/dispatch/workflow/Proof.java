package org.restockradar.dispatch.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a crew sends when it marks a job restocked.
 *
 * @param unitsRestocked how many units it put on the shelf, at least 1
 * @param note           free text, or null
 * @param photoRef       where the uploaded photo is kept, or null
 * @param latitude       the device's latitude when it completed, or null with longitude
 * @param longitude      the device's longitude, or null with latitude
 */
public record Proof(int unitsRestocked, String note, String photoRef, Double latitude, Double longitude) {
    /** The longest note kept. */
    public static final int MAX_NOTE_CHARS = 2_000;

    public Proof {
        if (unitsRestocked < 1) {
            throw new IllegalArgumentException("units restocked must be at least 1: " + unitsRestocked);
        }
        if (note != null && note.length() > MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("note is " + note.length() + " characters; at most " + MAX_NOTE_CHARS + " are kept");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("device location needs both latitude and longitude: " + latitude + ", " + longitude);
        }
        if (latitude != null && (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180))) {
            throw new IllegalArgumentException("device location out of range: " + latitude + ", " + longitude);
        }
    }

    /** The proof as the facts of its event, and as the job's {@code proof} column. */
    public Map<String, String> asDetail() {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("units_restocked", Integer.toString(unitsRestocked));
        if (note != null) {
            detail.put("note", note);
        }
        if (photoRef != null) {
            detail.put("photo_ref", photoRef);
        }
        if (latitude != null) {
            detail.put("latitude", latitude.toString());
            detail.put("longitude", longitude.toString());
        }
        return detail;
    }
}
