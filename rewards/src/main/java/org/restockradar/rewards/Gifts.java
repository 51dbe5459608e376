package org.restockradar.rewards;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thank-you gifts (table {@code gift}): a gift run picks the reporters by the {@link GiftRules} and queues their
 * gifts with a personal note ({@link GiftNote}); marketers list and export them and move them on ({@link GiftStatus}).
 *
 * <p>A run counts a reporter's credits of jobs verified within the period before now, leaving out held credits
 * (unless released) and reporters held now; takes those with at least the minimum, who had fewer than the cap of gifts
 * within the cap window; most verified reports first (then most credits, then the earliest); and queues gifts while
 * the run's budget lasts. Runs take a transaction-scoped advisory lock, so two at once (the Quartz job and ops on the
 * API, or two dispatchers) run one after the other, and the cap keeps the second from queueing anyone twice.
 */
public final class Gifts {
    private static final Logger LOG = LoggerFactory.getLogger(Gifts.class);
    /** The advisory lock of gift runs ("gifts" in ASCII). */
    private static final long RUN_LOCK = 0x6769667473L;

    private static final String CANDIDATES = """
            SELECT p.reporter_id, p.handle, p.source, p.account_id, count(*) AS verified, sum(c.amount) AS credits,
                   (SELECT jr.name FROM job_report jr WHERE jr.source = p.source AND jr.reporter_id = p.account_id AND jr.name IS NOT NULL
                    ORDER BY jr.reported_at DESC LIMIT 1) AS name,
                   array_agg(DISTINCT j.brand ORDER BY j.brand) AS brands,
                   coalesce(array_agg(DISTINCT j.city ORDER BY j.city) FILTER (WHERE j.city IS NOT NULL), '{}') AS cities
            FROM reward_ledger c
            JOIN reporter p ON p.reporter_id = c.reporter_id
            JOIN job j ON j.job_id = c.job_id
            WHERE c.kind = 'credit' AND c.earned_at >= ? AND c.earned_at <= ?
              AND (NOT c.held OR EXISTS (SELECT 1 FROM reward_ledger r WHERE r.kind = 'release' AND r.released_entry_id = c.id))
              AND NOT EXISTS (SELECT 1 FROM reporter_hold h WHERE h.reporter_id = p.reporter_id AND h.released_at IS NULL)
            GROUP BY p.reporter_id, p.handle, p.source, p.account_id
            HAVING count(*) >= ?
               AND (SELECT count(*) FROM gift g WHERE g.reporter_id = p.reporter_id AND g.queued_at > ?) < ?
            ORDER BY verified DESC, credits DESC, min(c.earned_at), p.reporter_id
            """;
    private static final String NOTE_FACTS = """
            SELECT j.outlet_name, j.locality, j.brand, j.sku, min(r.reported_at) AS reported_at, j.restocked_at
            FROM reward_ledger c
            JOIN job j ON j.job_id = c.job_id
            JOIN job_report r ON r.job_id = j.job_id AND r.source = ? AND r.reporter_id = ?
            WHERE c.reporter_id = ? AND c.kind = 'credit' AND c.earned_at >= ? AND c.earned_at <= ?
            GROUP BY j.job_id, j.outlet_name, j.locality, j.brand, j.sku, j.restocked_at
            ORDER BY reported_at, j.job_id
            """;
    private static final String ANSWERED_REPORT = """
            SELECT r.mention_id, r.job_id
            FROM reward_ledger c
            JOIN job_report r ON r.job_id = c.job_id AND r.source = ? AND r.reporter_id = ?
            WHERE c.reporter_id = ? AND c.kind = 'credit' AND c.earned_at >= ? AND c.earned_at <= ?
            ORDER BY r.reported_at DESC, r.mention_id DESC
            LIMIT 1
            """;
    private static final String INSERT = """
            INSERT INTO gift (reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities,
                              gift_type, cost_minor, note, status, queued_at, updated_at, claim_token, answer_mention_id, answer_job_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)
            RETURNING id
            """;
    /** Bytes of randomness in a claim token (128 bits: not guessable). */
    private static final int CLAIM_TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            SELECT g.id, g.reporter_id, g.handle, g.source, g.contact_channel, g.verified_reports, g.brands, g.cities, g.gift_type,
                   g.cost_minor, g.note, g.status, g.queued_at, g.announced_at, c.name, c.address, c.phone, c.claimed_at
            FROM gift g LEFT JOIN gift_claim c ON c.gift_id = g.id
            """;
    private static final String WHERE = """
            WHERE (CAST(? AS timestamptz) IS NULL OR g.queued_at >= ?)
              AND (CAST(? AS timestamptz) IS NULL OR g.queued_at < ?)
              AND (CAST(? AS text) IS NULL OR EXISTS (SELECT 1 FROM unnest(g.brands) b WHERE lower(b) = lower(?)))
              AND (CAST(? AS text) IS NULL OR EXISTS (SELECT 1 FROM unnest(g.cities) c WHERE lower(c) = lower(?)))
              AND (CAST(? AS text) IS NULL OR g.status = ?)
            """;
    private static final String UPDATE_STATUS = """
            UPDATE gift SET status = ?, updated_at = ? WHERE id = ANY(?) AND status <> ?
            """;
    private static final String LOCK_STATUS = "SELECT id, status FROM gift WHERE id = ANY(?) ORDER BY id FOR UPDATE";
    /** Rows fetched at a time when a list is streamed. */
    private static final int FETCH = 500;

    private final DataSource dataSource;
    private final Clock clock;
    private final GiftRules rules;
    private final GiftClaims claims;

    public Gifts(DataSource dataSource, Clock clock, GiftRules rules) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.claims = new GiftClaims(dataSource, clock);
    }

    /** The reporters' claims of these gifts. */
    public GiftClaims claims() {
        return claims;
    }

    /**
     * How a reporter is reached: the source and the handle where the handle is a public name ({@code x:rahul_dadar});
     * where it is a masked phone number (SMS, WhatsApp), which nobody can use, the reply that carries the claim link.
     */
    public static String contactChannel(String source, String handle) {
        return GiftNote.greetingName(source, handle) == null ? source + ": reply with the claim link" : source + ":" + handle;
    }

    /** Runs the selection for the period that ends now and queues the gifts; returns them. */
    public List<Gift> run() {
        Instant now = clock.instant();
        Instant from = now.minus(rules.period());
        try {
            List<Gift> queued = Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, RUN_LOCK);
                    lock.executeQuery().close();
                }
                List<Gift> gifts = new ArrayList<>();
                long spent = 0;
                for (Candidate candidate : candidates(connection, from, now)) {
                    if (spent + rules.costMinor() > rules.budgetMinor()) {
                        LOG.info("gift budget of {} minor units spent after {} gifts; {} and those after wait for the next run",
                                rules.budgetMinor(), gifts.size(), candidate.reporterId());
                        break;
                    }
                    String note = GiftNote.of(GiftNote.greetingName(candidate.source(), candidate.handle(), candidate.name()),
                            noteFacts(connection, candidate, from, now));
                    gifts.add(insert(connection, candidate, note, from, now));
                    spent += rules.costMinor();
                }
                return gifts;
            });
            LOG.info("gift run for [{}, {}) queued {} gifts", from, now, queued.size());
            return queued;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot run the gift selection: " + e.getMessage(), e);
        }
    }

    /** The gifts of the filter, oldest first, at most {@code limit}. */
    public List<Gift> list(GiftFilter filter, int limit) {
        List<Gift> gifts = new ArrayList<>();
        forEach(filter, limit, gifts::add);
        return gifts;
    }

    /** How many gifts the filter matches. */
    public int count(GiftFilter filter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM gift g\n" + WHERE)) {
            bind(select, filter, 0);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot count gifts: " + e.getMessage(), e);
        }
    }

    /** Hands each gift of the filter to {@code sink}, oldest first, reading {@value #FETCH} rows at a time (for large exports). */
    public void forEach(GiftFilter filter, int limit, Consumer<Gift> sink) {
        try (Connection connection = dataSource.getConnection()) {
            // A cursor: PostgreSQL's driver fetches in batches only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(COLUMNS + WHERE + "ORDER BY g.queued_at, g.id LIMIT ?")) {
                select.setFetchSize(FETCH);
                int p = bind(select, filter, 0);
                select.setInt(++p, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        sink.accept(gift(row));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read gifts: " + e.getMessage(), e);
        }
    }

    /**
     * Moves gifts to {@code status}, all or none, in one transaction: each must be there already (left as it is) or allowed
     * to move there ({@link GiftStatus#allowedFrom}).
     *
     * @return how many gifts moved (those already in the status are not counted)
     * @throws GiftMoveRefusedException when an id is of no gift or a gift may not move there; nothing moved then
     */
    public int moveTo(List<Long> ids, GiftStatus status) {
        Objects.requireNonNull(status, "status");
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                Map<Long, GiftStatus> now = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(LOCK_STATUS)) {
                    select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            now.put(row.getLong(1), GiftStatus.fromCode(row.getString(2)));
                        }
                    }
                }
                List<Long> missing = ids.stream().distinct().filter(id -> !now.containsKey(id)).toList();
                Map<Long, GiftStatus> refused = new HashMap<>();
                now.forEach((id, current) -> {
                    if (current != status && !current.canMoveTo(status)) {
                        refused.put(id, current);
                    }
                });
                if (!missing.isEmpty() || !refused.isEmpty()) {
                    throw new GiftMoveRefusedException(status, missing, refused);
                }
                try (PreparedStatement update = connection.prepareStatement(UPDATE_STATUS)) {
                    update.setString(1, status.code());
                    update.setObject(2, Ledger.utc(clock.instant()));
                    update.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
                    update.setString(4, status.code());
                    return update.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot move " + ids.size() + " gifts to " + status.code() + ": " + e.getMessage(), e);
        }
    }

    private record Candidate(String reporterId, String handle, String source, String accountId, String name, int verified,
                             List<String> brands, List<String> cities) {
    }

    private List<Candidate> candidates(Connection connection, Instant from, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
            int p = 0;
            select.setObject(++p, Ledger.utc(from));
            select.setObject(++p, Ledger.utc(now));
            select.setInt(++p, rules.minVerifiedReports());
            select.setObject(++p, Ledger.utc(now.minus(rules.capWindow())));
            select.setInt(++p, rules.maxPerReporter());
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    candidates.add(new Candidate(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(7),
                            row.getInt(5), texts(row.getArray(8)), texts(row.getArray(9))));
                }
            }
            return candidates;
        }
    }

    private static List<GiftNote.Fact> noteFacts(Connection connection, Candidate candidate, Instant from, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(NOTE_FACTS)) {
            bindCreditsOf(select, candidate, from, now);
            List<GiftNote.Fact> facts = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    facts.add(new GiftNote.Fact(row.getString(1), row.getString(2), row.getString(3), row.getString(4), Ledger.instant(row, 5),
                            Ledger.instant(row, 6)));
                }
            }
            return facts;
        }
    }

    private Gift insert(Connection connection, Candidate candidate, String note, Instant from, Instant now) throws SQLException {
        String contact = contactChannel(candidate.source(), candidate.handle());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime at = Ledger.utc(now);
            int p = 0;
            insert.setString(++p, candidate.reporterId());
            insert.setString(++p, candidate.handle());
            insert.setString(++p, candidate.source());
            insert.setString(++p, contact);
            insert.setObject(++p, Ledger.utc(from));
            insert.setObject(++p, at);
            insert.setInt(++p, candidate.verified());
            insert.setArray(++p, connection.createArrayOf("text", candidate.brands().toArray()));
            insert.setArray(++p, connection.createArrayOf("text", candidate.cities().toArray()));
            insert.setString(++p, rules.giftType());
            insert.setLong(++p, rules.costMinor());
            insert.setString(++p, note);
            insert.setObject(++p, at);
            insert.setObject(++p, at);
            insert.setString(++p, claimToken());
            Optional<String[]> answered = answeredReport(connection, candidate, from, now);
            insert.setString(++p, answered.map(a -> a[0]).orElse(null));
            if (answered.isPresent()) {
                insert.setLong(++p, Long.parseLong(answered.get()[1]));
            } else {
                insert.setNull(++p, java.sql.Types.BIGINT);
            }
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Gift(row.getLong(1), candidate.reporterId(), candidate.handle(), candidate.source(), contact, candidate.verified(),
                        candidate.brands(), candidate.cities(), rules.giftType(), rules.costMinor(), note, GiftStatus.QUEUED, now, null, null);
            }
        }
    }

    /** Binds a query over the candidate's reports of jobs credited within [from, now]: source, account id, reporter id, from, now. */
    private static void bindCreditsOf(PreparedStatement select, Candidate candidate, Instant from, Instant now) throws SQLException {
        int p = 0;
        select.setString(++p, candidate.source());
        select.setString(++p, candidate.accountId());
        select.setString(++p, candidate.reporterId());
        select.setObject(++p, Ledger.utc(from));
        select.setObject(++p, Ledger.utc(now));
    }

    /** The reporter's latest report among the jobs the gift counts: the one the gift's message answers (mention id, job id). */
    private static Optional<String[]> answeredReport(Connection connection, Candidate candidate, Instant from, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ANSWERED_REPORT)) {
            bindCreditsOf(select, candidate, from, now);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new String[] {row.getString(1), Long.toString(row.getLong(2))}) : Optional.empty();
            }
        }
    }

    private static String claimToken() {
        byte[] bytes = new byte[CLAIM_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int bind(PreparedStatement statement, GiftFilter filter, int index) throws SQLException {
        int p = index;
        for (Instant instant : Arrays.asList(filter.from(), filter.to())) {
            OffsetDateTime value = instant == null ? null : Ledger.utc(instant);
            statement.setObject(++p, value, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(++p, value, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        }
        for (String text : Arrays.asList(filter.brand(), filter.city(), filter.status() == null ? null : filter.status().code())) {
            statement.setString(++p, text);
            statement.setString(++p, text);
        }
        return p;
    }

    private static Gift gift(ResultSet row) throws SQLException {
        return new Gift(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getInt(6),
                texts(row.getArray(7)), texts(row.getArray(8)), row.getString(9), row.getLong(10), row.getString(11),
                GiftStatus.fromCode(row.getString(12)), Ledger.instant(row, 13), Ledger.instant(row, 14),
                row.getString(15) == null ? null : new Gift.Delivery(row.getString(15), row.getString(16), row.getString(17), Ledger.instant(row, 18)));
    }

    private static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            if (value != null) {
                texts.add(value.toString());
            }
        }
        return texts;
    }
}
