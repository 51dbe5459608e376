package org.restockradar.dispatch.crews;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.restockradar.contracts.GeoPoint;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A crew that restocks outlets: a distributor van or a field rep, the territory it covers (localities, pincodes and an
 * area, any of them), how many open jobs it may hold at once, its shift hours and where its route starts.
 *
 * @param localities the localities it covers, each entry {@code city|locality} as {@link #territoryKey} makes it
 * @param pincodes   the postal codes it covers (an outlet whose address carries one of them is covered)
 * @param area       a polygon (at least 3 corners, in order) it covers, or empty for none
 * @param base       where its route starts (a depot, a rep's home), or null when not known
 * @param timeZone   the zone its shift hours are read in
 */
public record Crew(String id, String name, Kind kind, Set<String> localities, Set<String> pincodes, List<GeoPoint> area,
                   GeoPoint base, int dailyCapacity, LocalTime shiftStart, LocalTime shiftEnd, ZoneId timeZone, boolean active) {

    /** The zone of shift hours when none is given. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Kolkata");

    /** A crew covering localities only, with no base, its shift hours in {@link #DEFAULT_TIME_ZONE}. */
    public Crew(String id, String name, Kind kind, Set<String> localities, int dailyCapacity, LocalTime shiftStart,
                LocalTime shiftEnd, boolean active) {
        this(id, name, kind, localities, Set.of(), List.of(), null, dailyCapacity, shiftStart, shiftEnd, DEFAULT_TIME_ZONE, active);
    }

    /** What the crew is. */
    public enum Kind {
        VAN, FIELD_REP;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (code != null && kind.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown crew kind '" + code + "' (expected van or field_rep)");
        }
    }

    public Crew {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("crew id must be 1 to 64 letters, digits, '.', '_' or '-': '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("crew " + id + " has no name");
        }
        Objects.requireNonNull(kind, "kind");
        if (dailyCapacity < 1) {
            throw new IllegalArgumentException("crew " + id + " daily capacity must be at least 1: " + dailyCapacity);
        }
        Objects.requireNonNull(shiftStart, "shiftStart");
        Objects.requireNonNull(shiftEnd, "shiftEnd");
        if (!shiftEnd.isAfter(shiftStart)) {
            throw new IllegalArgumentException("crew " + id + " shift must end after it starts: " + shiftStart + "-" + shiftEnd);
        }
        Set<String> keys = new TreeSet<>();
        for (String locality : localities) {
            int bar = locality.indexOf('|');
            if (bar < 0 || locality.substring(0, bar).isBlank() || locality.substring(bar + 1).isBlank()) {
                throw new IllegalArgumentException("crew " + id + " territory entries are city|locality: '" + locality + "'");
            }
            keys.add(territoryKey(locality.substring(0, bar), locality.substring(bar + 1)));
        }
        localities = Set.copyOf(keys);
        Set<String> codes = new TreeSet<>();
        for (String pincode : pincodes == null ? Set.<String>of() : pincodes) {
            String code = pincode == null ? "" : pincode.trim();
            if (!code.matches("[0-9]{4,6}")) {
                throw new IllegalArgumentException("crew " + id + " pincodes are 4 to 6 digits: '" + pincode + "'");
            }
            codes.add(code);
        }
        pincodes = Set.copyOf(codes);
        area = area == null ? List.of() : List.copyOf(area);
        if (!area.isEmpty() && area.size() < 3) {
            throw new IllegalArgumentException("crew " + id + " area needs at least 3 corners: " + area.size());
        }
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** Whether the crew covers anything at all. */
    public boolean hasTerritory() {
        return !localities.isEmpty() || !pincodes.isEmpty() || !area.isEmpty();
    }

    /** The same crew with another territory. */
    public Crew withTerritory(Set<String> newLocalities, Set<String> newPincodes, List<GeoPoint> newArea) {
        return new Crew(id, name, kind, newLocalities, newPincodes, newArea, base, dailyCapacity, shiftStart, shiftEnd, timeZone, active);
    }

    /**
     * The territory key of a locality in a city, as jobs carry it: {@code pune|kothrud}, each part trimmed and in
     * lower case. The database keys jobs and stored territories with its function {@code territory_key_of} (V57),
     * which does the same; this one keys a crew before it is stored.
     */
    public static String territoryKey(String city, String locality) {
        return (city == null ? "" : city.trim().toLowerCase(Locale.ROOT)) + "|" + (locality == null ? "" : locality.trim().toLowerCase(Locale.ROOT));
    }
}
