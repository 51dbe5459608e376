package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.contracts.Settings;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.LocalPostgres;
import org.restockradar.replies.RepliesService;
import org.restockradar.rewards.FraudRules;
import org.restockradar.rewards.Ledger;
import org.restockradar.rewards.Rewards;
import org.restockradar.rewards.RewardsSettings;

/**
 * The upgrade from a dispatch that kept rewards and replies in its own tables (its migrations V20 and V30), on a real
 * PostgreSQL: rewards' and the replies' first start copies the jobs, reports, ledger, holds, gifts, replies, opt-outs and
 * contacts into their own schemas, once, and what was credited or planned before is not credited or planned again.
 */
@Tag("integration")
final class UpgradeFromDispatchTablesIT {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private static LocalPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void oldDeployment() throws SQLException {
        postgres = LocalPostgres.throwaway();
        database = postgres.dataSource();
        DispatchSchema.migrate(database);
        execute("""
                INSERT INTO restock_job (id, outlet_id, outlet_name, city, locality, brand, sku, product_key, status, created_at, first_reported_at,
                                         due_at, report_count, updated_at, crew_id, restocked_at) OVERRIDING SYSTEM VALUE VALUES
                    (1, 'o-1', 'Sharma Stores', 'Mumbai', 'Dadar', 'Parle', NULL, 'brand:Parle', 'reported', '2026-11-20T08:00:00Z',
                     '2026-11-20T08:00:00Z', '2026-11-22T08:00:00Z', 1, '2026-11-20T08:00:00Z', NULL, NULL),
                    (2, 'o-2', 'Gupta Kirana', 'Pune', 'Baner', 'Amul', 'amul-butter-100g', 'amul-butter-100g', 'verified', '2026-11-19T08:00:00Z',
                     '2026-11-19T08:00:00Z', '2026-11-21T08:00:00Z', 2, '2026-11-19T20:00:00Z', 'van-1', '2026-11-19T18:00:00Z')
                """);
        execute("""
                INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, text, reported_at, received_at) VALUES
                    ('x-1', 1, 'x', 'u-1', 'rahul', 'no parle-g at sharma stores', '2026-11-20T08:00:00Z', '2026-11-20T08:00:01Z'),
                    ('x-2', 2, 'x', 'u-1', 'rahul', 'amul butter gone', '2026-11-19T08:00:00Z', '2026-11-19T08:00:01Z'),
                    ('x-3', 2, 'x', 'u-2', 'priya', 'no amul butter', '2026-11-19T09:00:00Z', '2026-11-19T09:00:01Z')
                """);
        execute("""
                INSERT INTO reporter (reporter_id, source, account_id, handle, first_seen_at, updated_at) VALUES
                    ('x:u-1', 'x', 'u-1', 'rahul', '2026-11-19T08:00:00Z', '2026-11-19T20:00:00Z'),
                    ('x:u-2', 'x', 'u-2', 'priya', '2026-11-19T09:00:00Z', '2026-11-19T20:00:00Z')
                """);
        execute("""
                INSERT INTO reporter_hold (reporter_id, reason, held_at, released_at, released_by) VALUES
                    ('x:u-2', 'too many reports', '2026-11-19T19:00:00Z', '2026-11-19T21:00:00Z', 'meera')
                """);
        execute("""
                INSERT INTO reward_ledger (reporter_id, kind, job_id, amount, rank, held, hold_reason, released_entry_id, cause, earned_at, recorded_at)
                VALUES ('x:u-1', 'credit', 2, 10, 'first', false, NULL, NULL, 'e-verified', '2026-11-19T20:00:00Z', '2026-11-19T20:00:01Z'),
                       ('x:u-2', 'credit', 2, 4, 'later', true, 'too many reports', NULL, 'e-verified', '2026-11-19T20:00:00Z', '2026-11-19T20:00:01Z')
                """);
        execute("""
                INSERT INTO reward_ledger (reporter_id, kind, job_id, amount, rank, held, released_entry_id, cause, earned_at, recorded_at)
                SELECT reporter_id, 'release', job_id, amount, rank, false, id, 'meera', '2026-11-19T21:00:00Z', '2026-11-19T21:00:00Z'
                FROM reward_ledger WHERE held
                """);
        execute("""
                INSERT INTO gift (reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities, gift_type,
                                  cost_minor, note, queued_at, updated_at)
                VALUES ('x:u-1', 'rahul', 'x', 'x', '2026-11-13T00:00:00Z', '2026-11-20T00:00:00Z', 1, '{Amul}', '{Pune}', 'thank-you hamper',
                        50000, 'Thanks for Gupta Kirana', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')
                """);
        execute("""
                INSERT INTO reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, planned_at, next_attempt_at, sent_at)
                VALUES (1, 'job_opened', 'x', 'u-1', 'rahul', 'x-1', 'sent', 1, '2026-11-20T08:00:02Z', '2026-11-20T08:00:02Z', '2026-11-20T08:00:03Z')
                """);
        execute("INSERT INTO reply_opt_out (source, reporter_id, opted_out_at, reason) VALUES ('x', 'u-2', '2026-11-19T10:00:00Z', 'message: STOP')");
        execute("INSERT INTO reply_contact (source, reporter_id, address, updated_at) VALUES ('sms', 'p-9', '+919800000000', '2026-11-19T10:00:00Z')");

        Rewards.migrations("rewards").migrate(database);
        RepliesService.migrations("replies").migrate(database);
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldCopyEveryJobAndReportIntoEachReadersCopy() throws SQLException {
        for (String schema : List.of("rewards", "replies")) {
            assertThat(rows("SELECT job_id, status, outlet_name, as_of FROM " + schema + ".job ORDER BY job_id")).as(schema).containsExactly(
                    "1|reported|Sharma Stores|2026-11-20 08:00:00+00", "2|verified|Gupta Kirana|2026-11-19 20:00:00+00");
            assertThat(rows("SELECT mention_id, job_id, reporter_id, handle FROM " + schema + ".job_report ORDER BY mention_id")).as(schema)
                    .containsExactly("x-1|1|u-1|rahul", "x-2|2|u-1|rahul", "x-3|2|u-2|priya");
        }
    }

    @Test
    void shouldCarryTheLedgerHoldsAndGiftsOverWithTheirIds() throws SQLException {
        assertThat(rows("SELECT id, reporter_id, kind, amount, held, released_entry_id FROM rewards.reward_ledger ORDER BY id"))
                .containsExactlyElementsOf(rows("SELECT id, reporter_id, kind, amount, held, released_entry_id FROM public.reward_ledger ORDER BY id"))
                .hasSize(3);
        assertThat(rows("SELECT reporter_id, handle FROM rewards.reporter ORDER BY 1")).containsExactly("x:u-1|rahul", "x:u-2|priya");
        assertThat(rows("SELECT reporter_id, released_by FROM rewards.reporter_hold")).containsExactly("x:u-2|meera");
        assertThat(rows("SELECT reporter_id, note FROM rewards.gift")).containsExactly("x:u-1|Thanks for Gupta Kirana");
        assertThat(rows("""
                INSERT INTO rewards.gift (reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities,
                                          gift_type, cost_minor, note, queued_at, updated_at)
                SELECT reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities, gift_type,
                       cost_minor, 'next', queued_at, updated_at FROM rewards.gift
                RETURNING id
                """)).as("a new gift numbers on from the copied ones").containsExactly("2");
    }

    @Test
    void shouldCarryTheRepliesOptOutsAndContactsOver() throws SQLException {
        assertThat(rows("SELECT id, job_id, kind, reporter_id, status FROM replies.reply")).containsExactly("1|1|job_opened|u-1|sent");
        assertThat(rows("SELECT source, reporter_id FROM replies.reply_opt_out")).containsExactly("x|u-2");
        assertThat(rows("SELECT source, reporter_id, address FROM replies.reply_contact")).containsExactly("sms|p-9|+919800000000");
    }

    @Test
    void shouldNotCreditAJobTheOldLedgerCreditedWhenItsEventIsReadAgain() throws SQLException {
        // A new consumer group reads job-events from the start: the old verification, written without the job's facts.
        JobEvent oldVerification = new JobEvent(UUID.randomUUID().toString(), 2, JobEvent.Kind.STATUS_CHANGED, JobStatus.RESTOCKED.code(),
                JobStatus.VERIFIED.code(), "van-1", "meera", "ops", null, Map.of(), Instant.parse("2026-11-19T20:00:00Z"));
        try (HikariDataSource rewards = new Database(postgres.jdbcUrl(), postgres.user(), postgres.password()).pool("upgrade-it", 2, "rewards")) {
            RewardsSettings settings = RewardsSettings.from(Settings.of(Map.of()));
            Ledger ledger = new Ledger(rewards, Clock.fixed(T0, ZoneOffset.UTC), new FraudRules(settings.fraud()), settings.firstReporterCredit(),
                    settings.laterReporterCredit());

            assertThat(ledger.record(oldVerification)).as("credits written again").isZero();
            assertThat(ledger.record(oldVerification)).as("and a second time").isZero();
        }
        assertThat(rows("SELECT count(*) FROM rewards.reward_ledger WHERE kind = 'credit'")).containsExactly("2");
        assertThat(rows("SELECT status FROM rewards.job WHERE job_id = 2")).containsExactly("verified");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Each row's columns joined by {@code |}, timestamps as PostgreSQL prints them in UTC. */
    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            try (ResultSet result = statement.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(result.getString(i));
                    }
                    rows.add(String.join("|", values));
                }
            }
        }
        return rows;
    }
}
