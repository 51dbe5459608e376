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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.dispatch.store.StoreUnavailableException;
import org.restockradar.dispatch.store.Transactions;

/** The crews and their territories in PostgreSQL: saved whole (a crew and its localities in one transaction), read by id. */
public final class CrewStore {
    private static final String UPSERT = """
            INSERT INTO crew (id, name, kind, daily_capacity, shift_start, shift_end, active, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, daily_capacity = EXCLUDED.daily_capacity,
                shift_start = EXCLUDED.shift_start, shift_end = EXCLUDED.shift_end, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at
            """;
    private static final String SELECT = """
            SELECT c.id, c.name, c.kind, c.daily_capacity, c.shift_start, c.shift_end, c.active,
                   ARRAY(SELECT t.territory_key FROM crew_territory t WHERE t.crew_id = c.id ORDER BY 1) AS localities
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
            upsert.executeUpdate();
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

    public Optional<Crew> find(String id) {
        List<Crew> found = select(SELECT + "WHERE c.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Crew> list() {
        return select(SELECT + "ORDER BY c.id", null);
    }

    private List<Crew> select(String sql, String id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            List<Crew> crews = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Array keys = rows.getArray("localities");
                    Set<String> localities;
                    try {
                        localities = new HashSet<>(List.of((String[]) keys.getArray()));
                    } finally {
                        keys.free();
                    }
                    crews.add(new Crew(rows.getString("id"), rows.getString("name"), Crew.Kind.fromCode(rows.getString("kind")), localities,
                            rows.getInt("daily_capacity"), rows.getObject("shift_start", LocalTime.class),
                            rows.getObject("shift_end", LocalTime.class), rows.getBoolean("active")));
                }
            }
            return crews;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read crews: " + e.getMessage(), e);
        }
    }
}
