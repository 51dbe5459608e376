package org.restockradar.dispatch.crews;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.sql.Types;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.postgresql.geometric.PGpoint;
import org.postgresql.geometric.PGpolygon;
import org.restockradar.contracts.GeoPoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.dispatch.store.StoreUnavailableException;
import org.restockradar.dispatch.store.Transactions;

/** The crews and their territories in PostgreSQL: saved whole (a crew, its localities and pincodes in one transaction), read by id. */
public final class CrewStore {
    private static final String UPSERT = """
            INSERT INTO crew (id, name, kind, daily_capacity, shift_start, shift_end, active, updated_at, area, base_lat, base_lon, time_zone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, daily_capacity = EXCLUDED.daily_capacity,
                shift_start = EXCLUDED.shift_start, shift_end = EXCLUDED.shift_end, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at,
                area = EXCLUDED.area, base_lat = EXCLUDED.base_lat, base_lon = EXCLUDED.base_lon, time_zone = EXCLUDED.time_zone
            """;
    private static final String SELECT = """
            SELECT c.id, c.name, c.kind, c.daily_capacity, c.shift_start, c.shift_end, c.active, c.area, c.base_lat, c.base_lon,
                   c.time_zone, c.open_jobs,
                   ARRAY(SELECT t.territory_key FROM crew_territory t WHERE t.crew_id = c.id ORDER BY 1) AS localities,
                   ARRAY(SELECT p.pincode FROM crew_pincode p WHERE p.crew_id = c.id ORDER BY 1) AS pincodes
            FROM crew c
            """;

    private final DataSource dataSource;
    private final Clock clock;

    public CrewStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Saves the crews, each replacing any crew of the same id with its whole territory, all in one transaction. */
    public void saveAll(List<Crew> crews) {
        try {
            Transactions.inTransaction(dataSource, connection -> {
                for (Crew crew : crews) {
                    save(connection, crew);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot save " + crews.size() + " crews: " + e.getMessage(), e);
        }
    }

    public void save(Crew crew) {
        saveAll(List.of(crew));
    }

    private void save(Connection connection, Crew crew) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            int i = 0;
            upsert.setString(++i, crew.id());
            upsert.setString(++i, crew.name());
            upsert.setString(++i, crew.kind().code());
            upsert.setInt(++i, crew.dailyCapacity());
            upsert.setObject(++i, crew.shiftStart());
            upsert.setObject(++i, crew.shiftEnd());
            upsert.setBoolean(++i, crew.active());
            upsert.setObject(++i, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (crew.area().isEmpty()) {
                upsert.setNull(++i, Types.OTHER);
            } else {
                upsert.setObject(++i, new PGpolygon(crew.area().stream().map(corner -> new PGpoint(corner.lat(), corner.lon())).toArray(PGpoint[]::new)));
            }
            if (crew.base() == null) {
                upsert.setNull(++i, Types.DOUBLE);
                upsert.setNull(++i, Types.DOUBLE);
            } else {
                upsert.setDouble(++i, crew.base().lat());
                upsert.setDouble(++i, crew.base().lon());
            }
            upsert.setString(++i, crew.timeZone().getId());
            upsert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM crew_pincode WHERE crew_id = ?")) {
            delete.setString(1, crew.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crew_pincode (crew_id, pincode) VALUES (?, ?)")) {
            for (String pincode : crew.pincodes()) {
                insert.setString(1, crew.id());
                insert.setString(2, pincode);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM crew_territory WHERE crew_id = ?")) {
            delete.setString(1, crew.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crew_territory (crew_id, territory_key) VALUES (?, ?)")) {
            for (String key : crew.localities()) {
                insert.setString(1, crew.id());
                insert.setString(2, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Set<String> strings(Array array) throws SQLException {
        try {
            return new HashSet<>(List.of((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }

    /** The open jobs (assigned, accepted, en route) each crew holds now, by crew id. */
    public Map<String, Integer> loads() {
        Map<String, Integer> loads = new HashMap<>();
        select(SELECT + "ORDER BY c.id", null, loads);
        return loads;
    }

    public Optional<Crew> find(String id) {
        List<Crew> found = select(SELECT + "WHERE c.id = ?", id, new HashMap<>());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Crew> list() {
        return select(SELECT + "ORDER BY c.id", null, new HashMap<>());
    }

    private List<Crew> select(String sql, String id, Map<String, Integer> loads) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            List<Crew> crews = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Set<String> localities = strings(rows.getArray("localities"));
                    Set<String> pincodes = strings(rows.getArray("pincodes"));
                    List<GeoPoint> area = List.of();
                    if (rows.getString("area") != null) {
                        PGpolygon polygon = rows.getObject("area", PGpolygon.class);
                        area = java.util.Arrays.stream(polygon.points).map(point -> new GeoPoint(point.x, point.y)).toList();
                    }
                    double baseLat = rows.getDouble("base_lat");
                    GeoPoint base = rows.wasNull() ? null : new GeoPoint(baseLat, rows.getDouble("base_lon"));
                    crews.add(new Crew(rows.getString("id"), rows.getString("name"), Crew.Kind.fromCode(rows.getString("kind")), localities,
                            pincodes, area, base, rows.getInt("daily_capacity"), rows.getObject("shift_start", LocalTime.class),
                            rows.getObject("shift_end", LocalTime.class), ZoneId.of(rows.getString("time_zone")), rows.getBoolean("active")));
                    loads.put(rows.getString("id"), rows.getInt("open_jobs"));
                }
            }
            return crews;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read crews: " + e.getMessage(), e);
        }
    }
}
