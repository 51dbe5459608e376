package org.restockradar.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;

/**
 * Compares what the system holds with what the {@link FaultWorld} says must be there, like the verifier of Kafka's
 * own {@code streams_eos_test}: {@value #ALL_DELIVERED}, or each thing that is wrong. It checks
 * <ul>
 *   <li>{@code stockout-reports} (committed records): every expected report exactly once, for its outlet and product,
 *       nothing else (the stream processor's exactly-once);</li>
 *   <li>PostgreSQL: every expected report recorded once, on a job of its outlet and product; one open job per outlet
 *       and product;</li>
 *   <li>when asked, the SLA: each job's warning, breach and escalation exactly once, in {@code job_event} and as one
 *       event each in {@code job-events};</li>
 *   <li>{@code dead-letters}: every poison line there with a reason, and no good line.</li>
 * </ul>
 */
final class Verifier {
    static final String ALL_DELIVERED = "ALL-RECORDS-DELIVERED";
    private static final List<String> SLA_KINDS = List.of(JobEvent.Kind.SLA_WARNING.name(), JobEvent.Kind.SLA_BREACH.name(),
            JobEvent.Kind.ESCALATED.name());
    private static final int MAX_LISTED = 20;

    /** Where PostgreSQL is. */
    record Database(String jdbcUrl, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }

    /** What the verifier found: the problems (none when all is well) and what it counted. */
    record Verdict(List<String> problems, Map<String, Long> counts, Map<PoisonKind, String> deadLetterReasons) {
        boolean delivered() {
            return problems.isEmpty();
        }

        String summary() {
            return delivered() ? ALL_DELIVERED : String.join("\n", problems);
        }
    }

    private final FaultWorld world;
    private final TopicContents topics;
    private final Database database;

    Verifier(FaultWorld world, String bootstrapServers, Database database) {
        this.world = world;
        this.topics = new TopicContents(bootstrapServers);
        this.database = database;
    }

    Verdict verify(boolean checkSla) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, FaultWorld.Line> byId = world.lines().stream()
                .collect(Collectors.toMap(FaultWorld.Line::mentionId, Function.identity()));
        List<FaultWorld.Line> expected = world.lines().stream().filter(l -> l.outcome() == FaultWorld.Outcome.REPORT).toList();
        counts.put("expected reports", (long) expected.size());

        checkReportsTopic(byId, expected, problems, counts);
        checkDatabase(byId, expected, checkSla, problems, counts);
        Map<PoisonKind, String> reasons = checkDeadLetters(byId, problems, counts);
        return new Verdict(List.copyOf(problems), counts, reasons);
    }

    /** How many SLA alerts have fired: it grows while the sweeps work; -1 when PostgreSQL cannot be asked. */
    long alertCount() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sla_alert")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException notNow) {
            return -1;
        }
    }

    /** True once there are jobs and each has its escalation (the last SLA alert). */
    boolean everyJobEscalated() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT count(*), count(*) FILTER (WHERE NOT EXISTS
                         (SELECT 1 FROM sla_alert a WHERE a.job_id = j.id AND a.kind = 'ESCALATED')) FROM restock_job j""")) {
            rows.next();
            return rows.getLong(1) > 0 && rows.getLong(2) == 0;
        }
    }

    private void checkReportsTopic(Map<String, FaultWorld.Line> byId, List<FaultWorld.Line> expected, List<String> problems,
            Map<String, Long> counts) {
        Map<String, List<StockoutReport>> seen = new HashMap<>();
        for (ConsumerRecord<String, StockoutReport> record : topics.readAll(Topics.STOCKOUT_REPORTS)) {
            seen.computeIfAbsent(record.value().mentionId(), id -> new ArrayList<>()).add(record.value());
        }
        counts.put("stockout-reports records", seen.values().stream().mapToLong(List::size).sum());
        List<String> missing = expected.stream().map(FaultWorld.Line::mentionId).filter(id -> !seen.containsKey(id)).toList();
        report(problems, "stockout-reports: missing (lost)", missing);
        report(problems, "stockout-reports: written more than once", seen.entrySet().stream()
                .filter(e -> e.getValue().size() > 1).map(e -> e.getKey() + " x" + e.getValue().size()).toList());
        // Poison included: ingest and the stream processor dead-letter every kind of it (NUL characters too) before a report.
        report(problems, "stockout-reports: not expected", seen.keySet().stream().filter(id -> {
            FaultWorld.Line line = byId.get(id);
            return line == null || line.outcome() != FaultWorld.Outcome.REPORT;
        }).toList());
        report(problems, "stockout-reports: wrong outlet or product", seen.entrySet().stream().filter(e -> {
            FaultWorld.Line line = byId.get(e.getKey());
            return line != null && line.outcome() == FaultWorld.Outcome.REPORT && e.getValue().stream()
                    .anyMatch(r -> !line.outletId().equals(r.outletId()) || !line.sku().equals(r.sku()));
        }).map(Map.Entry::getKey).toList());
        List<String> review = topics.readAll(Topics.NEEDS_LOCATION).stream().map(r -> r.value().mentionId())
                .filter(byId::containsKey).toList();
        report(problems, "stockout-reports.needs-location: sent to review instead", review);
    }

    private void checkDatabase(Map<String, FaultWorld.Line> byId, List<FaultWorld.Line> expected, boolean checkSla,
            List<String> problems, Map<String, Long> counts) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            Map<String, String> recorded = new HashMap<>();
            List<String> twice = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT r.mention_id, j.outlet_id || '|' || coalesce(j.sku, '') FROM stockout_report r
                    JOIN restock_job j ON j.id = r.job_id""")) {
                while (rows.next()) {
                    if (recorded.put(rows.getString(1), rows.getString(2)) != null) {
                        twice.add(rows.getString(1));
                    }
                }
            }
            counts.put("reports recorded", (long) recorded.size());
            report(problems, "PostgreSQL: report not recorded (lost)", expected.stream().map(FaultWorld.Line::mentionId)
                    .filter(id -> !recorded.containsKey(id)).toList());
            report(problems, "PostgreSQL: report recorded more than once", twice);
            report(problems, "PostgreSQL: report not expected", recorded.keySet().stream().filter(id -> {
                FaultWorld.Line line = byId.get(id);
                return line == null || line.outcome() != FaultWorld.Outcome.REPORT;
            }).toList());
            report(problems, "PostgreSQL: report on a job of another outlet or product", recorded.entrySet().stream().filter(e -> {
                FaultWorld.Line line = byId.get(e.getKey());
                return line != null && line.outcome() == FaultWorld.Outcome.REPORT
                        && !(line.outletId() + "|" + line.sku()).equals(e.getValue());
            }).map(Map.Entry::getKey).toList());

            List<String> doubled = new ArrayList<>();
            long openJobs = 0;
            try (ResultSet rows = statement.executeQuery("""
                    SELECT outlet_id, product_key, count(*) FROM restock_job
                    WHERE status IN ('reported', 'assigned', 'accepted', 'en_route') GROUP BY outlet_id, product_key""")) {
                while (rows.next()) {
                    openJobs += rows.getLong(3);
                    if (rows.getLong(3) > 1) {
                        doubled.add(rows.getString(1) + "/" + rows.getString(2) + " x" + rows.getLong(3));
                    }
                }
            }
            counts.put("open jobs", openJobs);
            long expectedJobs = expected.stream().map(l -> l.outletId() + "|" + l.sku()).distinct().count();
            counts.put("expected jobs", expectedJobs);
            report(problems, "PostgreSQL: more than one open job per outlet and product", doubled);
            if (openJobs != expectedJobs && doubled.isEmpty()) {
                problems.add("PostgreSQL: " + openJobs + " open jobs, expected " + expectedJobs);
            }
            if (checkSla) {
                checkSla(statement, problems, counts);
            }
        }
    }

    private void checkSla(Statement statement, List<String> problems, Map<String, Long> counts) throws SQLException {
        Map<String, Long> inTable = new TreeMap<>();
        List<Long> jobs = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT id FROM restock_job")) {
            while (rows.next()) {
                jobs.add(rows.getLong(1));
            }
        }
        try (ResultSet rows = statement.executeQuery("""
                SELECT job_id, kind, count(*) FROM job_event
                WHERE kind IN ('SLA_WARNING', 'SLA_BREACH', 'ESCALATED') GROUP BY job_id, kind""")) {
            while (rows.next()) {
                inTable.put(rows.getLong(1) + "/" + rows.getString(2), rows.getLong(3));
            }
        }
        Map<String, Set<String>> inTopic = new TreeMap<>();
        for (ConsumerRecord<String, JobEvent> record : topics.readAll(Topics.JOB_EVENTS)) {
            JobEvent event = record.value();
            if (SLA_KINDS.contains(event.kind().name())) {
                inTopic.computeIfAbsent(event.jobId() + "/" + event.kind().name(), k -> new HashSet<>()).add(event.eventId());
            }
        }
        counts.put("SLA events in job_event", inTable.values().stream().mapToLong(Long::longValue).sum());
        counts.put("SLA events in job-events", inTopic.values().stream().mapToLong(Set::size).sum());
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<String> notPublished = new ArrayList<>();
        for (long job : jobs) {
            for (String kind : SLA_KINDS) {
                String key = job + "/" + kind;
                long n = inTable.getOrDefault(key, 0L);
                if (n == 0) {
                    missing.add(key);
                } else if (n > 1) {
                    twice.add(key + " x" + n);
                }
                int published = inTopic.getOrDefault(key, Set.of()).size();
                if (published != 1 && n == 1) {
                    notPublished.add(key + " x" + published);
                }
            }
        }
        report(problems, "SLA: alert missing in job_event", missing);
        report(problems, "SLA: alert more than once in job_event", twice);
        report(problems, "SLA: alert not published exactly once to job-events (distinct events)", notPublished);
    }

    private Map<PoisonKind, String> checkDeadLetters(Map<String, FaultWorld.Line> byId, List<String> problems, Map<String, Long> counts) {
        List<DeadLetter> letters = topics.readAll(Topics.DEAD_LETTERS).stream().map(ConsumerRecord::value).toList();
        counts.put("dead letters", (long) letters.size());
        Map<PoisonKind, String> reasons = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<String> withoutReason = new ArrayList<>();
        for (FaultWorld.Line line : world.lines()) {
            List<DeadLetter> mine = letters.stream().filter(letter -> isAbout(letter, line)).toList();
            if (line.outcome() == FaultWorld.Outcome.DEAD_LETTER) {
                if (mine.isEmpty()) {
                    missing.add(line.mentionId() + " (" + line.poison() + ", line " + line.number() + ")");
                } else if (mine.stream().anyMatch(letter -> letter.reason() == null || letter.reason().isBlank())) {
                    withoutReason.add(line.mentionId());
                } else {
                    reasons.putIfAbsent(line.poison(), mine.get(0).origin() + ": " + mine.get(0).reason());
                }
            } else if (!mine.isEmpty()) {
                problems.add("dead-letters: a good mention was dead-lettered: " + line.mentionId() + ": " + mine.get(0).reason());
            }
        }
        report(problems, "dead-letters: poison missing", missing);
        report(problems, "dead-letters: poison without a reason", withoutReason);
        return reasons;
    }

    /** A dead letter is about a line when it names the line of the replayed file, or carries the mention's id. */
    private static boolean isAbout(DeadLetter letter, FaultWorld.Line line) {
        if (letter.origin() != null && letter.origin().startsWith("replay:") && letter.origin().endsWith(":" + line.number())) {
            return true;
        }
        String quoted = "\"" + line.mentionId() + "\"";
        return line.mentionId().equals(letter.key()) || (letter.payload() != null && letter.payload().contains(quoted));
    }

    private static void report(List<String> problems, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            List<String> sorted = ids.stream().sorted().toList();
            problems.add(what + ": " + ids.size() + " " + sorted.subList(0, Math.min(MAX_LISTED, sorted.size()))
                    + (sorted.size() > MAX_LISTED ? " ..." : ""));
        }
    }
}
