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
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * The crews and their territories in PostgreSQL: saved whole (a crew, its localities and pincodes in one transaction), read by id.
 * Every save then looks again, in the same transaction, at the jobs flagged uncovered that the active crews now cover
 * ({@link CoverageRecheck}): they lose the flag and, when the dispatcher auto-assigns, go to a crew.
 */
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

    /** The ids of the active crews that cover a job (its parameter), by the rule of {@link #COVERAGE}. */
    private static final String COVERING = """
            WHERE c.id IN (SELECT c.id FROM crew c CROSS JOIN restock_job j LEFT JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
                           WHERE j.id = ?::bigint AND COALESCE(""" + AutoAssigner.coveredByCrewC("j.territory_key", "o.pincode", "o.lat", "o.lon") + """
            , false))
            ORDER BY c.id
            """;

    private static final String COVERAGE = """
            SELECT c.active, COALESCE(""" + AutoAssigner.coveredByCrewC("j.territory_key", "o.pincode", "o.lat", "o.lon") + """
            , false) AS covers
            FROM crew c CROSS JOIN restock_job j LEFT JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
            WHERE c.id = ? AND j.id = ?
            """;

    /** Whether a crew can be given a job: {@link #coverage}. */
    public enum Coverage {
        /** No crew has the id, or no job the job id. */
        UNKNOWN,
        /** The crew is registered but not active. */
        INACTIVE,
        /** The crew is active, and neither its localities, its pincodes nor its area hold the job's outlet. */
        OUTSIDE,
        /** The crew is active and covers the job, by the rule the auto-assigner places jobs by. */
        COVERS
    }

    /**
     * Whether the crew covers the job, read in the caller's transaction by the same rule as
     * {@link AutoAssigner}'s ({@code AutoAssigner.coveredByCrewC}): what ops' assignments are checked against.
     */
    public static Coverage coverage(Connection connection, String crewId, long jobId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COVERAGE)) {
            select.setString(1, crewId);
            select.setLong(2, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Coverage.UNKNOWN;
                }
                if (!row.getBoolean("active")) {
                    return Coverage.INACTIVE;
                }
                return row.getBoolean("covers") ? Coverage.COVERS : Coverage.OUTSIDE;
            }
        }
    }

    /** The actor of saves that do not name one (a crews file, a test): the dispatcher itself. */
    public static final String SYSTEM_ACTOR = "crew-store";

    private final DataSource dataSource;
    private final Clock clock;
    private final CoverageRecheck coverage;

    /** A store whose saves clear the flag of newly covered jobs without assigning them (the crews claim them). */
    public CrewStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, CoverageRecheck.clearOnly());
    }

    /** @param coverage what a save does with the uncovered jobs the crews now cover */
    public CrewStore(DataSource dataSource, Clock clock, CoverageRecheck coverage) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
    }

    /** Saves the crews on behalf of the dispatcher itself; see {@link #saveAll(List, String, String)}. */
    public CoverageRecheck.Outcome saveAll(List<Crew> crews) {
        return saveAll(crews, SYSTEM_ACTOR, "system");
    }

    /**
     * Saves the crews, each replacing any crew of the same id with its whole territory, then places the uncovered jobs
     * they now cover (up to {@link CoverageRecheck}'s limit), all in one transaction.
     *
     * @param actor who saves them, named in the events of the jobs they come to cover
     * @param actorRole that actor's role code
     * @return the jobs that lost their uncovered flag and those of them given to a crew
     */
    public CoverageRecheck.Outcome saveAll(List<Crew> crews, String actor, String actorRole) {
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                for (Crew crew : crews) {
                    save(connection, crew);
                }
                return coverage.recheck(connection, actor, actorRole, clock.instant());
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot save " + crews.size() + " crews: " + e.getMessage(), e);
        }
    }

    public CoverageRecheck.Outcome save(Crew crew) {
        return saveAll(List.of(crew));
    }

    public CoverageRecheck.Outcome save(Crew crew, String actor, String actorRole) {
        return saveAll(List.of(crew), actor, actorRole);
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
        // Keyed by the function that keys the jobs (V57), so that a crew's locality and a job's always agree.
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crew_territory (crew_id, territory_key) VALUES (?, territory_key_of(?, ?)) ON CONFLICT DO NOTHING")) {
            for (String key : crew.localities()) {
                int bar = key.indexOf('|');
                insert.setString(1, crew.id());
                insert.setString(2, key.substring(0, bar));
                insert.setString(3, key.substring(bar + 1));
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

    /**
     * The active crews that cover a job's outlet, by the rule ops' assignments are checked against ({@link #coverage}):
     * those ops are offered to assign it to. None for a job that does not exist.
     */
    public List<Crew> covering(long jobId) {
        return select(SELECT + COVERING, Long.toString(jobId), new HashMap<>());
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
