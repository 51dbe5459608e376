package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.store.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.fixtures.FakeMastodon;

/**
 * Closing the loop on a real broker and a real PostgreSQL: job events published on {@code job-events} as dispatch
 * publishes them (each with the job's facts and reports), read by two replies services in two consumer groups on one
 * schema (so every job event is delivered twice and two senders run at once), the sources faked by local servers. A
 * job opened, joined and verified gives each reporter exactly one job-opened and one restocked reply, also after every
 * job event is published again.
 */
@Tag("integration")
final class RepliesIT {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafka kafka;
    private static FakeMastodon mastodon;
    private static FakeSmsGateway sms;
    private static FakeXStatuses x;
    private static RepliesService first;
    private static HikariDataSource database;
    private static RepliesService second;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        mastodon = new FakeMastodon("tok-m");
        sms = new FakeSmsGateway("s3cret");
        x = new FakeXStatuses();
        Database db = new Database(TestPostgres.freshDatabase(), "postgres", "postgres");
        Map<String, String> replies = new HashMap<>(Map.ofEntries(
                Map.entry("replies.enabled", "true"),
                Map.entry("replies.send-interval", "100ms"),
                Map.entry("replies.scan-interval", "500ms"),
                Map.entry("replies.mastodon.base-url", mastodon.baseUrl().toString()),
                Map.entry("replies.mastodon.access-token", "tok-m"),
                Map.entry("replies.sms.url", sms.url()),
                Map.entry("replies.sms.signing-secret", "s3cret"),
                Map.entry("replies.x.rest-base-url", x.restBaseUrl()),
                Map.entry("replies.x.consumer-key", "ck"),
                Map.entry("replies.x.consumer-secret", "cs"),
                Map.entry("replies.x.access-token", "at"),
                Map.entry("replies.x.access-token-secret", "ats"),
                Map.entry("replies.x.per-second", "50"),
                Map.entry("replies.mastodon.per-second", "50")));
        Map<String, String> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        first = RepliesService.start(RepliesSettings.SETTINGS.read(Settings.of(replies)), db, CLOCK, client, new SimpleMeterRegistry());
        replies.put("replies.group-id", "replies-service-second");
        second = RepliesService.start(RepliesSettings.SETTINGS.read(Settings.of(replies)), db, CLOCK, client, new SimpleMeterRegistry());
        database = db.pool("replies-it-reader", 2, "replies");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        database.close();
        x.close();
        sms.close();
        mastodon.close();
        kafka.close();
    }

    private static StockoutReport report(String mentionId, Source source, String reporterId, String text) {
        return new StockoutReport(mentionId, source, CLOCK.instant(), new Author(reporterId, "h-" + reporterId, null, null, null), text,
                "Hippo", "HIPPO-CHIPS-50G", "OUT-PUNE-001", "Sharma General Store", "Kothrud", "Pune", 0.9);
    }

    @Test
    void shouldReplyOnceOnOpeningAndOnceOnRestockToEachReporterWhateverIsRedelivered() throws Exception {
        JobEvents jobs = new JobEvents(CLOCK);
        long job = jobs.record(report("mastodon-101", Source.MASTODON, "asha", "Hippo chips nahi mil rahe yaar, Sharma store mein"));
        jobs.record(report("sms-SM7", Source.SMS, "phone-00aa", "शर्मा जनरल स्टोर पर हिप्पो चिप्स नहीं मिल रहे"));
        jobs.record(report("x-1861234567890123456", Source.X, "priya", "wala pong Hippo dito sa tindahan, ubos na naman"));
        jobs.record(report("mastodon-102", Source.MASTODON, "asha", "still no Hippo at Sharma"));
        int published = publish(jobs.events());

        await().atMost(WAIT).untilAsserted(() -> assertThat(replies("sent")).containsExactlyInAnyOrder(
                "job_opened:mastodon:asha:hinglish", "job_opened:sms:phone-00aa:hi", "job_opened:x:priya:tl"));

        jobs.restock(job);
        jobs.move(job, "verified");
        publish(jobs.events().subList(published, jobs.events().size()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(replies("sent")).hasSize(6).contains(
                "restocked:mastodon:asha:hinglish", "restocked:sms:phone-00aa:hi", "restocked:x:priya:tl"));

        // Every job event once more, as a relay that crashed before marking them sent would publish them.
        int republished = republishJobEvents();
        assertThat(republished).isGreaterThanOrEqualTo(6);
        awaitConsumed(RepliesSettings.GROUP_ID.defaultValue());
        awaitConsumed("replies-service-second");

        assertThat(replies(null)).hasSize(6);
        assertThat(replies("sent")).hasSize(6);
        assertThat(mastodon.requests()).as("one call per Mastodon reply").hasSize(2);
        assertThat(sms.requests()).hasSize(2);
        assertThat(x.requests()).hasSize(2);
        assertThat(x.requests()).extracting(request -> request.formValue("in_reply_to_status_id")).containsOnly("1861234567890123456");
        assertThat(mastodon.requests()).allSatisfy(request -> assertThat(request.body()).contains("\"in_reply_to_id\":\"101\""));
    }

    @Test
    void shouldOptOutAReporterWhoSendsStop() throws Exception {
        try (KafkaProducer<String, Mention> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                Topics.MENTIONS.keySerde().serializer(), Topics.MENTIONS.valueSerde().serializer())) {
            Mention stop = new Mention("sms-SM99", Source.SMS, CLOCK.instant(), new Author("phone-00bb", "+********1234", null, null, null),
                    "Band karo", null, null, false);
            producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), stop.id(), stop)).get();
        }

        OptOuts optOuts = new OptOuts(database, CLOCK);
        await().atMost(WAIT).untilAsserted(() -> assertThat(optOuts.isOptedOut(Source.SMS, "phone-00bb")).isTrue());
    }

    private static List<String> replies(String status) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT kind || ':' || source || ':' || reporter_id || ':' || coalesce(language, '-') FROM reply WHERE ?::text IS NULL OR status = ?")) {
            select.setString(1, status);
            select.setString(2, status);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    /** Publishes the events as dispatch's outbox relay does: keyed by job id, serialized by the topic's serde. */
    private static int publish(List<JobEvent> events) throws Exception {
        try (KafkaProducer<String, JobEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                Topics.JOB_EVENTS.keySerde().serializer(), Topics.JOB_EVENTS.valueSerde().serializer())) {
            for (JobEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.JOB_EVENTS.name(), Long.toString(event.jobId()), event)).get();
            }
        }
        return events.size();
    }

    private static int republishJobEvents() throws Exception {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replies-it-copier", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> events = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.JOB_EVENTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(events::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<byte[], byte[]> event : events) {
                producer.send(new ProducerRecord<>(event.topic(), event.partition(), event.key(), event.value())).get();
            }
        }
        return events.size();
    }

    /** Waits until the group has committed past the end of job-events: it has handled every event, the copies included. */
    private static void awaitConsumed(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Set<TopicPartition> partitions = committed.keySet().stream().filter(p -> p.topic().equals(Topics.JOB_EVENTS.name()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
                return !partitions.isEmpty() && partitions.stream().allMatch(p -> committed.get(p).offset() >= ends.get(p));
            });
        }
    }
}
