package org.restockradar.dispatch.crews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The claim workload shared by {@code ConcurrentClaimsIT} and the claim benchmark: {@code jobs} unclaimed jobs spread
 * over {@link #LOCALITIES} localities of Pune, and {@code crews} crews each covering two neighbouring localities, so
 * that every job is wanted by several crews at once.
 */
public final class ClaimSeed {
    public static final int LOCALITIES = 8;

    private ClaimSeed() {
    }

    /** Inserts the jobs directly (one statement), due one second apart from {@code firstDue}. */
    public static void jobs(DataSource database, int jobs, Instant firstDue) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status,
                                         created_at, first_reported_at, due_at, report_count, updated_at)
                SELECT 'OUT-' || g, 'Outlet ' || g, 'Pune', 'Locality ' || (g % ?), 'Hippo', 'SKU', 'SKU', 'reported',
                       ?, ?, ? + g * interval '1 second', 1, ?
                FROM generate_series(1, ?) AS g
                """)) {
            OffsetDateTime at = OffsetDateTime.ofInstant(firstDue, ZoneOffset.UTC);
            insert.setInt(1, LOCALITIES);
            insert.setObject(2, at);
            insert.setObject(3, at);
            insert.setObject(4, at);
            insert.setObject(5, at);
            insert.setInt(6, jobs);
            insert.executeUpdate();
        }
    }

    /** Crews {@code crew-0 ...}, crew i covering localities i and i+1 (mod 8), each able to hold every job. */
    public static List<Crew> crews(int crews, int capacity) {
        return crews(crews, capacity, 2);
    }

    /** Crews {@code crew-0 ...}, crew i covering {@code localities} localities from i on (mod 8), each able to hold every job. */
    public static List<Crew> crews(int crews, int capacity, int localities) {
        List<Crew> all = new ArrayList<>();
        for (int i = 0; i < crews; i++) {
            Set<String> territory = new HashSet<>();
            for (int l = 0; l < localities; l++) {
                territory.add(Crew.territoryKey("Pune", "Locality " + ((i + l) % LOCALITIES)));
            }
            all.add(new Crew("crew-" + i, "Crew " + i, Crew.Kind.VAN, territory, capacity, LocalTime.of(0, 0), LocalTime.of(23, 59), true));
        }
        return all;
    }
}
