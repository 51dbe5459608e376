package org.restockradar.dispatch.crews;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A crew that restocks outlets: a distributor van or a field rep, the localities it covers, how many open jobs it
 * may hold at once and its shift hours.
 *
 * @param localities the territory, each entry {@code city|locality} as {@link #territoryKey} makes it
 */
public record Crew(String id, String name, Kind kind, Set<String> localities, int dailyCapacity, LocalTime shiftStart,
                   LocalTime shiftEnd, boolean active) {

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
            if (!locality.contains("|") || locality.startsWith("|") || locality.endsWith("|")) {
                throw new IllegalArgumentException("crew " + id + " territory entries are city|locality: '" + locality + "'");
            }
            keys.add(locality.trim().toLowerCase(Locale.ROOT));
        }
        localities = Set.copyOf(keys);
    }

    /** The territory key of a locality in a city, as jobs carry it: {@code pune|kothrud}. */
    public static String territoryKey(String city, String locality) {
        return (city == null ? "" : city.trim().toLowerCase(Locale.ROOT)) + "|" + (locality == null ? "" : locality.trim().toLowerCase(Locale.ROOT));
    }
}
