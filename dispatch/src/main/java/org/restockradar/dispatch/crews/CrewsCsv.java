package org.restockradar.dispatch.crews;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
 * city (rows of the same crew id are merged). A bad row stops the read with its line number.
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
                    crews.set(same, new Crew(earlier.id(), earlier.name(), earlier.kind(), both, earlier.dailyCapacity(),
                            earlier.shiftStart(), earlier.shiftEnd(), earlier.active()));
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
            if (city.isBlank()) {
                throw new IllegalArgumentException("city is missing");
            }
            Set<String> localities = new LinkedHashSet<>();
            for (String locality : row.get("localities").split(";")) {
                if (!locality.isBlank()) {
                    localities.add(Crew.territoryKey(city, locality));
                }
            }
            if (localities.isEmpty()) {
                throw new IllegalArgumentException("crew " + row.get("crew_id") + " covers no locality");
            }
            return new Crew(row.get("crew_id"), row.get("name"), Crew.Kind.fromCode(row.get("kind")), localities,
                    Integer.parseInt(row.get("daily_capacity")), LocalTime.parse(row.get("shift_start")),
                    LocalTime.parse(row.get("shift_end")), true);
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
            throw new IllegalArgumentException(origin + " line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
    }
}
