package org.restockradar.dispatch.crews;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.restockradar.contracts.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads crews from CSV (UTF-8, RFC 4180, header row):
 * <pre>
 * crew_id,name,kind,city,localities,daily_capacity,shift_start,shift_end
 * van-pune-1,Pune Van 1,van,Pune,Kothrud;Baner;Aundh,40,08:00,18:00
 * </pre>
 * {@code localities} are separated by {@code ;} and all lie in {@code city}; a crew spanning cities takes one row per
 * city (rows of the same crew id are merged: their localities, pincodes and, from the first row that has one, area).
 * Optional columns, added after session 1 (files without them read as before):
 * <ul>
 *   <li>{@code pincodes}: postal codes the crew covers, separated by {@code ;};</li>
 *   <li>{@code polygon}: an area it covers, corners {@code lat lon} separated by {@code ;} (at least 3);</li>
 *   <li>{@code base_lat}, {@code base_lon}: where its route starts;</li>
 *   <li>{@code time_zone}: the zone of its shift hours ({@code Asia/Kolkata} when absent).</li>
 * </ul>
 * A row needs at least one of localities, pincodes or polygon. A bad row stops the read with its line number.
 */
public final class CrewsCsv {
    static final String[] HEADER = {"crew_id", "name", "kind", "city", "localities", "daily_capacity", "shift_start", "shift_end"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get();

    private CrewsCsv() {
    }

    public static List<Crew> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read crews file " + file.toAbsolutePath(), e);
        }
    }

    public static List<Crew> read(Reader reader, String origin) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(origin + ": header lacks column '" + column + "'; expected " + String.join(",", HEADER));
                }
            }
            List<Crew> crews = new ArrayList<>();
            for (CSVRecord row : parser) {
                Crew crew = toCrew(row, origin);
                int same = indexOf(crews, crew.id());
                if (same < 0) {
                    crews.add(crew);
                } else {
                    Crew earlier = crews.get(same);
                    Set<String> both = new LinkedHashSet<>(earlier.localities());
                    both.addAll(crew.localities());
                    Set<String> pincodes = new LinkedHashSet<>(earlier.pincodes());
                    pincodes.addAll(crew.pincodes());
                    crews.set(same, earlier.withTerritory(both, pincodes, earlier.area().isEmpty() ? crew.area() : earlier.area()));
                }
            }
            return crews;
        }
    }

    private static int indexOf(List<Crew> crews, String id) {
        for (int i = 0; i < crews.size(); i++) {
            if (crews.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Crew toCrew(CSVRecord row, String origin) {
        try {
            String city = row.get("city");
            Set<String> localities = new LinkedHashSet<>();
            for (String locality : row.get("localities").split(";")) {
                if (!locality.isBlank()) {
                    if (city.isBlank()) {
                        throw new IllegalArgumentException("city is missing");
                    }
                    localities.add(Crew.territoryKey(city, locality));
                }
            }
            Set<String> pincodes = new LinkedHashSet<>();
            for (String pincode : optional(row, "pincodes").split(";")) {
                if (!pincode.isBlank()) {
                    pincodes.add(pincode.trim());
                }
            }
            List<GeoPoint> area = polygon(optional(row, "polygon"));
            String baseLat = optional(row, "base_lat");
            String baseLon = optional(row, "base_lon");
            if (baseLat.isBlank() != baseLon.isBlank()) {
                throw new IllegalArgumentException("base_lat and base_lon come together");
            }
            GeoPoint base = baseLat.isBlank() ? null : new GeoPoint(Double.parseDouble(baseLat), Double.parseDouble(baseLon));
            String zone = optional(row, "time_zone");
            Crew crew = new Crew(row.get("crew_id"), row.get("name"), Crew.Kind.fromCode(row.get("kind")), localities, pincodes, area, base,
                    Integer.parseInt(row.get("daily_capacity")), LocalTime.parse(row.get("shift_start")),
                    LocalTime.parse(row.get("shift_end")), zone.isBlank() ? Crew.DEFAULT_TIME_ZONE : ZoneId.of(zone), true);
            if (!crew.hasTerritory()) {
                throw new IllegalArgumentException("crew " + row.get("crew_id") + " covers no locality, pincode or area");
            }
            return crew;
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            throw new IllegalArgumentException(origin + " line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
    }

    /** {@code "18.50 73.80; 18.52 73.80; 18.52 73.83"}: corners {@code lat lon}; empty for none. */
    static List<GeoPoint> polygon(String text) {
        List<GeoPoint> corners = new ArrayList<>();
        for (String corner : text.split(";")) {
            if (corner.isBlank()) {
                continue;
            }
            String[] parts = corner.trim().split("[\\s,]+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("polygon corners are 'lat lon': '" + corner.trim() + "'");
            }
            corners.add(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        }
        return corners;
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
    }
}
