package org.restockradar.contracts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the outlet registry file {@code outlets.csv}: UTF-8, a header row
 * {@code outlet_id,name,address,locality,city,region,country,lat,lon}, RFC 4180 quoting.
 * A bad row stops the import with its line number and the reason, so that a registry is never half-read silently.
 */
public final class OutletsCsv {
    static final String[] HEADER = {"outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private OutletsCsv() {
    }

    public static List<Outlet> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlets file " + file.toAbsolutePath(), e);
        }
    }

    public static List<Outlet> read(Reader reader, String origin) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(origin + ": header lacks column '" + column + "'; expected " + String.join(",", HEADER));
                }
            }
            List<Outlet> outlets = new ArrayList<>();
            for (CSVRecord row : parser) {
                outlets.add(toOutlet(row, origin));
            }
            return outlets;
        }
    }

    private static Outlet toOutlet(CSVRecord row, String origin) {
        try {
            return new Outlet(
                    row.get("outlet_id"), row.get("name"), Strings.blankToNull(row.get("address")), Strings.blankToNull(row.get("locality")),
                    row.get("city"), Strings.blankToNull(row.get("region")), Strings.blankToNull(row.get("country")),
                    new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(origin + " line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
    }
}
