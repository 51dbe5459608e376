package org.restockradar.dispatch.outlets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.restockradar.contracts.Outlet;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * Table {@code outlet}: dispatch's copy of the outlet registry. {@link #upsert} and {@link #remove} are idempotent (the
 * same record applied twice leaves the same row), so the topic can be read again from its start at any time.
 */
public final class OutletStore {
    private static final String UPSERT = """
            INSERT INTO outlet (id, name, address, locality, city, region, country, lat, lon, pincode, removed_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, address = EXCLUDED.address, locality = EXCLUDED.locality,
                city = EXCLUDED.city, region = EXCLUDED.region, country = EXCLUDED.country, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
                pincode = EXCLUDED.pincode, removed_at = NULL, updated_at = EXCLUDED.updated_at
            """;
    private static final String REMOVE = "UPDATE outlet SET removed_at = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL";
    private static final String OPEN_JOBS = "(SELECT count(*) FROM restock_job j WHERE j.outlet_id = o.id"
            + " AND j.status IN ('reported', 'assigned', 'accepted', 'en_route'))";
    private static final String SELECT = "SELECT o.id, o.name, o.address, o.locality, o.city, o.region, o.country, o.lat, o.lon, o.pincode, "
            + OPEN_JOBS + " AS open_jobs FROM outlet o WHERE o.removed_at IS NULL";

    /** An outlet as listed: the registry's fields, the pincode read from its address, and its open jobs now. */
    public record Listed(String id, String name, String address, String locality, String city, String region, String country,
                         double lat, double lon, String pincode, long openJobs) {
        public Listed {
            Objects.requireNonNull(id, "id");
            if (openJobs < 0) {
                throw new IllegalArgumentException("open jobs cannot be negative: " + openJobs);
            }
        }
    }

    private final DataSource dataSource;
    private final Clock clock;

    public OutletStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Inserts or replaces the outlet (and brings back one marked removed), with the pincode parsed from its address. */
    public void upsert(Outlet outlet) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bindUpsert(upsert, outlet, now);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot save outlet " + outlet.outletId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One outlet's changes within a batch, folded: its last version seen (null if none) and whether a tombstone came
     * after it.
     */
    public record Change(String outletId, Outlet latest, boolean removed) {
        public Change {
            Objects.requireNonNull(outletId, "outletId");
            if (latest == null && !removed) {
                throw new IllegalArgumentException("a change of outlet " + outletId + " needs a version or a removal");
            }
        }

        /** This change followed by a new version of the outlet. */
        public Change then(Outlet next) {
            return new Change(outletId, next, false);
        }

        /** This change followed by the outlet's tombstone. */
        public Change thenRemoved() {
            return new Change(outletId, latest, true);
        }
    }

    /**
     * Applies many registry changes in one transaction, leaving the rows as {@link #upsert} and {@link #remove} one by
     * one in order would: each outlet's last version written, then marked removed when a tombstone followed it.
     */
    public void applyAll(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT); PreparedStatement remove = connection.prepareStatement(REMOVE)) {
                for (Change change : changes) {
                    if (change.latest() != null) {
                        bindUpsert(upsert, change.latest(), now);
                        upsert.addBatch();
                    }
                    if (change.removed()) {
                        remove.setObject(1, now);
                        remove.setObject(2, now);
                        remove.setString(3, change.outletId());
                        remove.addBatch();
                    }
                }
                upsert.executeBatch();
                remove.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot save " + changes.size() + " outlets (first " + changes.iterator().next().outletId()
                    + "): " + e.getMessage(), e);
        }
    }

    private static void bindUpsert(PreparedStatement upsert, Outlet outlet, OffsetDateTime now) throws SQLException {
        int i = 0;
        upsert.setString(++i, outlet.outletId());
        upsert.setString(++i, outlet.name());
        upsert.setString(++i, outlet.address());
        upsert.setString(++i, outlet.locality());
        upsert.setString(++i, outlet.city());
        upsert.setString(++i, outlet.region());
        upsert.setString(++i, outlet.country());
        upsert.setDouble(++i, outlet.location().lat());
        upsert.setDouble(++i, outlet.location().lon());
        Optional<String> pincode = Pincodes.parse(outlet.address(), outlet.country());
        if (pincode.isPresent()) {
            upsert.setString(++i, pincode.get());
        } else {
            upsert.setNull(++i, Types.VARCHAR);
        }
        upsert.setObject(++i, now);
    }

    /** Marks the outlet removed (a tombstone on the topic); unknown or already removed outlets are left alone. */
    public void remove(String outletId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection(); PreparedStatement remove = connection.prepareStatement(REMOVE)) {
            remove.setObject(1, now);
            remove.setObject(2, now);
            remove.setString(3, outletId);
            remove.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot mark outlet " + outletId + " removed: " + e.getMessage(), e);
        }
    }

    /**
     * The outlets not removed, by city then name.
     *
     * @param withOpenJobsOnly only those with at least one open job (reported, assigned, accepted, en route)
     */
    public List<Listed> list(boolean withOpenJobsOnly) {
        String sql = SELECT + (withOpenJobsOnly ? " AND EXISTS (SELECT 1 FROM restock_job j WHERE j.outlet_id = o.id"
                + " AND j.status IN ('reported', 'assigned', 'accepted', 'en_route'))" : "") + " ORDER BY o.city, o.name, o.id";
        return select(sql, null);
    }

    /** One outlet, removed or not. */
    public Optional<Listed> find(String outletId) {
        List<Listed> found = select("SELECT o.id, o.name, o.address, o.locality, o.city, o.region, o.country, o.lat, o.lon, o.pincode, "
                + OPEN_JOBS + " AS open_jobs FROM outlet o WHERE o.id = ?", outletId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Listed> select(String sql, String id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            List<Listed> outlets = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outlets.add(new Listed(rows.getString("id"), rows.getString("name"), rows.getString("address"), rows.getString("locality"),
                            rows.getString("city"), rows.getString("region"), rows.getString("country"), rows.getDouble("lat"),
                            rows.getDouble("lon"), rows.getString("pincode"), rows.getLong("open_jobs")));
                }
            }
            return outlets;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read outlets: " + e.getMessage(), e);
        }
    }
}
