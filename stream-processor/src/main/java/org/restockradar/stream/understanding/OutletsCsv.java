package org.restockradar.stream.understanding;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

/**
 * Reads an outlet registry file ({@code outlets.csv}: UTF-8, RFC 4180, header
 * {@code outlet_id,name,address,locality,city,region,country,lat,lon}) into {@link Outlet} records.
 */
public final class OutletsCsv {
    static final String[] HEADER = {"outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"};

    private OutletsCsv() {
    }

    public static List<Outlet> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlets file " + file.toAbsolutePath(), e);
        }
    }

    /** Reads outlets from a reader; {@code origin} names the source in error messages. */
    public static List<Outlet> read(Reader reader, String origin) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Outlet> outlets = new ArrayList<>();
        for (CSVRecord r : format.parse(reader)) {
            try {
                outlets.add(new Outlet(r.get("outlet_id"), r.get("name"), blankToNull(r.get("address")),
                        blankToNull(r.get("locality")), r.get("city"), blankToNull(r.get("region")),
                        blankToNull(r.get("country")),
                        new GeoPoint(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " record " + r.getRecordNumber() + ": " + e.getMessage(), e);
            }
        }
        return outlets;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
