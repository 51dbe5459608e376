package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GiftEvent;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dbkit.store.Database;
import org.restockradar.fixtures.FakeMastodon;

/**
 * Planning from job events and sending on a real PostgreSQL (the replies' own schema), through the real channels pointed
 * at local fakes: each reply planned once, sent once (also by two senders at once and after a crash), opt-outs and
 * limits honoured, retries paced.
 */
@Tag("integration")
final class ReplySenderIT {
    private static final Instant T0 = Instant.parse("2026-11-20T09:30:00Z");
    private static final ReplySender.Limits LIMITS = new ReplySender.Limits(50, 3, Duration.ofSeconds(30), Duration.ofMinutes(10),
            Duration.ofMinutes(5), 3);

    private static HikariDataSource database;
    private final MutableClock clock = new MutableClock(T0.plusSeconds(60));
    private FakeMastodon mastodon;
    private FakeSmsGateway sms;
    private FakeXStatuses x;
    private JobEvents jobs;
    private ReplyPlanner planner;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startDatabase() {
        database = new Database(TestPostgres.freshDatabase(), "postgres", "postgres").pool("replies-it", 8, "replies");
        RepliesService.migrations("replies").migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void setUp() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE reply, reply_opt_out, reply_contact, job_report, job RESTART IDENTITY CASCADE");
        mastodon = new FakeMastodon("tok-m");
        sms = new FakeSmsGateway("s3cret");
        x = new FakeXStatuses();
        jobs = new JobEvents(clock);
        planner = new ReplyPlanner(database, clock, Set.of("verified"));
    }

    @AfterEach
    void stopFakes() {
        mastodon.close();
        sms.close();
        x.close();
    }

    private ReplySender sender(ReplySender.Limits limits, Map<Source, Integer> perSecond) {
        return new ReplySender(database, clock, List.of(
                new MastodonReplies(new MastodonReplies.Config(mastodon.baseUrl().toString(), "tok-m", "unlisted"), clock),
                new SmsReplies(new SmsReplies.Config(sms.url(), "s3cret", null), clock),
                new XReplies(new XReplies.Config(x.restBaseUrl(), "ck", "cs", "at", "ats"), clock)),
                ReplyTemplates.load(), new SourceRateLimiter(clock, perSecond), limits, meters);
    }

    private ReplySender sender() {
        return sender(LIMITS, Map.of());
    }

    private static StockoutReport report(String mentionId, Source source, String reporterId, String text, String outletId) {
        return new StockoutReport(mentionId, source, T0, new Author(reporterId, "h-" + reporterId, null, null, null), text,
                "Hippo", "HIPPO-CHIPS-50G", outletId, "Sharma General Store", "Kothrud", "Pune", 0.9);
    }

    private static StockoutReport report(String mentionId, Source source, String reporterId) {
        return report(mentionId, source, reporterId, "can't find Hippo chips at Sharma General Store", "OUT-1");
    }

    @Test
    void shouldPlanOneJobOpenedReplyPerReporterHoweverOftenPlannedAnsweringTheirFirstReport() throws SQLException {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        clock.advance(Duration.ofMinutes(1));
        jobs.record(report("mastodon-102", Source.MASTODON, "asha"));
        jobs.record(report("sms-SM9", Source.SMS, "phone-00aa"));

        assertThat(planner.plan(jobs.last(job))).isEqualTo(2);
        assertThat(planner.plan(jobs.last(job))).isZero();
        assertThat(planner.scan(Duration.ofHours(1))).isZero();

        assertThat(query("SELECT kind || ':' || source || ':' || reporter_id || ':' || mention_id FROM reply ORDER BY id"))
                .containsExactly("job_opened:mastodon:asha:mastodon-101", "job_opened:sms:phone-00aa:sms-SM9");
    }

    @Test
    void shouldPlanFromJobEventsOnceAndPassOverEventsOlderThanTheMaximumAge() throws Exception {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        long old = jobs.record(report("mastodon-900", Source.MASTODON, "ravi", "no Hippo", "OUT-9"));
        // No broker here: records are handed to the consumer's handler directly.
        ReplyEventsConsumer.Handler handler = new ReplyEventsConsumer.Handler(planner, new OptOuts(database, clock), new GiftReplies(database, clock), clock, Duration.ofDays(1));
        handler.handle(record(jobs.last(job)));
        handler.handle(record(jobs.last(job)));
        handler.handle(record(JobEvents.at(jobs.last(old), clock.instant().minus(Duration.ofDays(2)))));
        handler.handle(record(jobs.restock(job)));
        handler.handle(record(jobs.move(job, "verified")));
        handler.handle(record(jobs.last(job)));

        assertThat(query("SELECT kind || ':' || reporter_id FROM reply ORDER BY id")).containsExactly("job_opened:asha", "restocked:asha");
    }

    private static org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record(JobEvent event) {
        return new org.apache.kafka.clients.consumer.ConsumerRecord<>(Topics.JOB_EVENTS.name(), 0, 0L, Long.toString(event.jobId()),
                Topics.JOB_EVENTS.valueSerde().serializer().serialize(Topics.JOB_EVENTS.name(), event));
    }

    @Test
    void shouldPlanTheReplyOfAReporterWhoJoinedAnOpenJobFromItsEvent() throws SQLException {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        planner.plan(jobs.last(job));
        clock.advance(Duration.ofMinutes(10));
        jobs.record(report("mastodon-205", Source.MASTODON, "ravi"));

        assertThat(planner.plan(jobs.last(job))).as("the REPORT_ADDED event carries the joining reporter").isEqualTo(1);
        assertThat(planner.scan(Duration.ofHours(1))).isZero();
        assertThat(query("SELECT reporter_id FROM reply ORDER BY id")).containsExactly("asha", "ravi");
    }

    @Test
    void shouldPlanTheRestockedReplyOnlyOnceTheJobIsVerified() throws SQLException {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        assertThat(planner.plan(jobs.last(job))).as("the job-opened reply only").isEqualTo(1);
        jobs.restock(job);
        assertThat(planner.plan(jobs.last(job))).as("restocked, not yet verified").isZero();
        assertThat(planner.plan(jobs.last(job))).as("a job no longer open gets no job-opened reply").isZero();

        jobs.move(job, "verified");

        assertThat(planner.plan(jobs.last(job))).isEqualTo(1);
        assertThat(planner.scan(Duration.ofHours(1))).isZero();
    }

    @Test
    void shouldSendEachReplyOnceInTheReportersLanguageToTheirPost() throws SQLException {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha", "Hippo chips nahi mil rahe yaar, Sharma store mein", "OUT-1"));
        planner.plan(jobs.last(job));

        ReplySender.Round first = sender().sendDue();
        ReplySender.Round second = sender().sendDue();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(second.claimed()).isZero();
        assertThat(mastodon.requests()).singleElement().satisfies(request -> {
            assertThat(request.body()).contains("\"in_reply_to_id\":\"101\"", "Batane ke liye shukriya", "@h-asha").doesNotContain("nahi mil rahe");
        });
        assertThat(query("SELECT status || ':' || language || ':' || attempts || ':' || (external_id IS NOT NULL) FROM reply"))
                .containsExactly("sent:hinglish:1:true");
        assertThat(meters.get("dispatch.replies").tags("source", "mastodon", "outcome", "sent").counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldAnswerAGiftOnceWithItsTextAndClaimLinkOnTheReportersOwnSource() throws Exception {
        long job = jobs.record(report("sms-SM9", Source.SMS, "phone-00aa"));
        ReplyEventsConsumer.Handler handler = new ReplyEventsConsumer.Handler(planner, new OptOuts(database, clock), new GiftReplies(database, clock),
                clock, Duration.ofDays(1));
        handler.handle(record(jobs.last(job)));
        String text = "Thank you for your reports! Shelves got restocked, and a hamper is waiting for you. Claim it here: https://radar.example/claim.html#tok";
        GiftEvent gift = new GiftEvent("7f0c0d52-0d0a-3b8e-9a7e-1f0f6f0b0c01", 41, "sms", "phone-00aa", "+9198XXXX2210", "sms-SM9", job, text,
                "https://radar.example/claim.html#tok", clock.instant());
        GiftEvent unknownReport = new GiftEvent("7f0c0d52-0d0a-3b8e-9a7e-1f0f6f0b0c02", 42, "sms", "phone-00bb", "+9198XXXX1111", "sms-NOPE", job,
                text, "https://radar.example/claim.html#tok2", clock.instant());

        handler.handle(giftRecord(gift));
        handler.handle(giftRecord(gift));
        handler.handle(giftRecord(unknownReport));
        assertThat(query("SELECT kind || ':' || source || ':' || reporter_id || ':' || mention_id || ':' || gift_id FROM reply WHERE kind = 'gift'"))
                .as("one reply per gift, to a report replies knows").containsExactly("gift:sms:phone-00aa:sms-SM9:41");

        sender().sendDue();
        assertThat(sms.requests()).anySatisfy(request -> assertThat(request.body()).contains("SM9").contains("Claim it here: https://radar.example/claim.html#tok"));
        assertThat(query("SELECT status || ':' || language FROM reply WHERE kind = 'gift'")).containsExactly("sent:en");
    }

    private static org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> giftRecord(GiftEvent event) {
        return new org.apache.kafka.clients.consumer.ConsumerRecord<>(Topics.GIFT_EVENTS.name(), 0, 0L, Long.toString(event.giftId()),
                Topics.GIFT_EVENTS.valueSerde().serializer().serialize(Topics.GIFT_EVENTS.name(), event));
    }

    @Test
    void shouldSkipAReporterWhoOptedOut() throws SQLException {
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        planner.plan(jobs.last(job));
        new OptOuts(database, clock).optOut(Source.MASTODON, "asha", "message mastodon-300");

        ReplySender.Round round = sender().sendDue();

        assertThat(round.skipped()).isEqualTo(1);
        assertThat(mastodon.requests()).isEmpty();
        assertThat(query("SELECT status || ':' || last_error FROM reply")).containsExactly("skipped:the reporter opted out of replies");
    }

    @Test
    void shouldSkipRepliesPastTheReportersDailyLimit() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            long job = jobs.record(report("sms-SM" + i, Source.SMS, "phone-00aa", "no Hippo", "OUT-" + i));
            planner.plan(jobs.last(job));
        }

        sender(new ReplySender.Limits(50, 3, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(5), 2), Map.of()).sendDue();

        assertThat(sms.requests()).hasSize(2);
        assertThat(query("SELECT status FROM reply ORDER BY id")).containsExactly("sent", "sent", "skipped");
    }

    @Test
    void shouldLeaveRepliesPendingBeyondTheSourcesRequestsPerSecond() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            planner.plan(jobs.last(jobs.record(report("sms-SM" + i, Source.SMS, "phone-" + i))));
        }
        ReplySender limited = sender(LIMITS, Map.of(Source.SMS, 1));

        limited.sendDue();
        assertThat(sms.requests()).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        limited.sendDue();

        assertThat(sms.requests()).hasSize(2);
        assertThat(query("SELECT status FROM reply ORDER BY status")).containsExactly("pending", "sent", "sent");
    }

    @Test
    void shouldRetryNotBeforeTheRateLimitResetThenGiveUpAfterTheLastAttempt() throws SQLException {
        planner.plan(jobs.last(jobs.record(report("mastodon-101", Source.MASTODON, "asha"))));
        Instant reset = clock.instant().plusSeconds(600);
        mastodon.refuseNext(429, Map.of("X-RateLimit-Reset", reset.toString()), "{\"error\":\"Too many requests\"}");
        ReplySender sender = sender();

        assertThat(sender.sendDue().retried()).isEqualTo(1);
        assertThat(query("SELECT status || ' ' || attempts FROM reply")).containsExactly("pending 1");
        assertThat(instant("SELECT next_attempt_at FROM reply")).isEqualTo(reset);
        clock.advance(Duration.ofSeconds(599));
        assertThat(sender.sendDue().claimed()).as("not before the reset").isZero();

        clock.advance(Duration.ofSeconds(1));
        mastodon.refuseNext(503, Map.of(), "{\"error\":\"down\"}");
        sender.sendDue();
        assertThat(instant("SELECT next_attempt_at FROM reply")).as("second failure: twice the base").isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        mastodon.refuseNext(503, Map.of(), "{\"error\":\"down\"}");
        sender.sendDue();

        assertThat(query("SELECT status || ' ' || attempts || ' ' || last_error FROM reply"))
                .singleElement().asString().startsWith("failed 3 gave up after 3 attempts: mastodon answered HTTP 503");
        assertThat(mastodon.requests()).hasSize(3);
    }

    @Test
    void shouldResendAReplyLeftSendingByACrashOnlyThroughAnIdempotentChannel() throws Exception {
        planner.plan(jobs.last(jobs.record(report("mastodon-101", Source.MASTODON, "asha"))));
        planner.plan(jobs.last(jobs.record(report("x-1861234567890123456", Source.X, "priya", "no Hippo", "OUT-2"))));
        // A sender claimed both and went down during the calls: the Mastodon one had reached the server.
        TestPostgres.execute(database, "UPDATE reply SET status = 'sending', attempts = 1, sending_since = '" + Timestamp.from(clock.instant()) + "'");
        long mastodonReply = query("SELECT id FROM reply WHERE source = 'mastodon'").stream().mapToLong(Long::parseLong).findFirst().orElseThrow();
        new MastodonReplies(new MastodonReplies.Config(mastodon.baseUrl().toString(), "tok-m", "unlisted"), clock)
                .send(new OutgoingReply(mastodonReply, Source.MASTODON, "101", "h-asha", null, "Thanks for telling us!", T0));

        assertThat(sender().sendDue().recovered()).as("not stale yet").isZero();
        clock.advance(Duration.ofMinutes(6));
        ReplySender.Round round = sender().sendDue();

        assertThat(round.recovered()).isEqualTo(2);
        assertThat(mastodon.statusesCreated()).as("the repeat carried the same Idempotency-Key").isEqualTo(1);
        assertThat(x.requests()).as("X takes no idempotency key: never sent blindly again").isEmpty();
        assertThat(query("SELECT source || ':' || status FROM reply ORDER BY source")).containsExactly("mastodon:sent", "x:failed");
    }

    @Test
    void shouldSendEachReplyOnceWhenTwoSendersRunAtOnce() throws Exception {
        int reporters = 40;
        for (int i = 1; i <= reporters; i++) {
            planner.plan(jobs.last(jobs.record(report("sms-SM" + i, Source.SMS, "phone-" + i, "no Hippo", "OUT-" + (i % 5)))));
        }
        List<ReplySender> senders = List.of(sender(new ReplySender.Limits(7, 3, Duration.ofSeconds(30), Duration.ofMinutes(10),
                Duration.ofMinutes(5), 3), Map.of()), sender(new ReplySender.Limits(7, 3, Duration.ofSeconds(30), Duration.ofMinutes(10),
                Duration.ofMinutes(5), 3), Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (ReplySender sender : senders) {
                rounds.add(() -> {
                    int sent = 0;
                    for (int round = 0; round < 10; round++) {
                        sent += sender.sendDue().sent();
                    }
                    return sent;
                });
            }
            int sent = 0;
            for (Future<Integer> result : pool.invokeAll(rounds)) {
                sent += result.get();
            }
            assertThat(sent).isEqualTo(reporters);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sms.requests()).as("one call per reply: none claimed by both senders").hasSize(reporters);
        assertThat(sms.requests().stream().map(FakeApi.Request::body).distinct()).hasSize(reporters);
        assertThat(query("SELECT DISTINCT status FROM reply")).containsExactly("sent");
    }


    @Test
    void shouldPlanTheSameRepliesWhenEveryEventIsReplayedInAnyOrder() throws SQLException {
        long first = jobs.record(report("mastodon-101", Source.MASTODON, "asha"));
        clock.advance(Duration.ofMinutes(1));
        jobs.record(report("sms-SM9", Source.SMS, "phone-00aa"));
        clock.advance(Duration.ofMinutes(1));
        long second = jobs.record(report("x-77", Source.X, "priya", "no Hippo", "OUT-2"));
        for (String status : List.of("assigned", "accepted", "en_route", "restocked", "verified")) {
            clock.advance(Duration.ofMinutes(1));
            jobs.move(first, status);
        }
        jobs.move(second, "assigned");
        jobs.events().forEach(planner::plan);
        String replies = "SELECT kind || ':' || job_id || ':' || reporter_id FROM reply ORDER BY 1";
        List<String> planned = query(replies);
        assertThat(planned).containsExactly("job_opened:1:asha", "job_opened:1:phone-00aa", "job_opened:2:priya", "restocked:1:asha",
                "restocked:1:phone-00aa");

        // The whole topic again, as a new consumer group reads it, then shuffled.
        assertThat(jobs.events().stream().mapToInt(planner::plan).sum()).isZero();
        List<JobEvent> shuffled = new ArrayList<>(jobs.events());
        Collections.shuffle(shuffled, new Random(3));
        assertThat(shuffled.stream().mapToInt(planner::plan).sum()).isZero();

        assertThat(query(replies)).isEqualTo(planned);
        assertThat(query("SELECT job_id || ':' || status FROM job ORDER BY job_id")).as("an older event never overwrites a newer one")
                .containsExactly("1:verified", "2:assigned");
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static Instant instant(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }
}
