package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.Database;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * Alerts on a real broker and a real PostgreSQL, to a real SMTP server (GreenMail) and a local webhook: two alerts
 * services in two consumer groups on one schema, so that every job event is read twice, and events published again as
 * a replay would. Each escalation or breach reaches each channel once; a channel down is tried again until it is back,
 * and a webhook's 4xx is recorded as failed and not tried again.
 */
@Tag("integration")
final class AlertsIT {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String FIRST_GROUP = "alerts-service";
    private static final String SECOND_GROUP = "alerts-service-second";

    private static EmbeddedKafka kafka;
    private static FakeWebhook webhook;
    private static GreenMail smtp;
    private static int smtpPort;
    private static Database db;
    private static Alerts first;
    private static Alerts second;
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        webhook = new FakeWebhook();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        smtpPort = smtp.getSmtp().getPort();
        db = new Database(TestPostgres.freshDatabase(), "postgres", "postgres");
        Map<String, String> settings = new HashMap<>(Map.ofEntries(
                Map.entry("alerts.webhook.secret-url", webhook.url().toString()),
                Map.entry("alerts.email.smtp-host", "127.0.0.1"),
                Map.entry("alerts.email.smtp-port", Integer.toString(smtpPort)),
                Map.entry("alerts.email.starttls", "off"),
                Map.entry("alerts.email.from", "radar@example.test"),
                Map.entry("alerts.email.to", "ops@example.test"),
                Map.entry("alerts.ops-page-url", "https://radar.example.test/"),
                Map.entry("alerts.send-interval", "100ms"),
                Map.entry("alerts.retry-base", "200ms"),
                Map.entry("alerts.retry-max", "400ms")));
        Map<String, String> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        first = Alerts.start(AlertsSettings.from(Settings.of(settings)), db, CLOCK, client, METERS);
        settings.put("alerts.group-id", SECOND_GROUP);
        second = Alerts.start(AlertsSettings.from(Settings.of(settings)), db, CLOCK, client, METERS);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        smtp.stop();
        webhook.close();
        kafka.close();
    }

    @Test
    void shouldTellEachChannelOfAnEscalationOnceWhateverIsReadAgain() throws Exception {
        Instant now = CLOCK.instant();
        JobEvent opened = event(101, JobEvent.Kind.OPENED, now.minusSeconds(3600)).with(new JobEvent.Job("OUT-PUNE-001", "Sharma General Store",
                "Kothrud", "Pune", "Hippo", "HIPPO-CHIPS-50G", now.minusSeconds(3600), null), List.of());
        JobEvent escalated = event(101, JobEvent.Kind.ESCALATED, now);
        JobEvent assigned = event(101, JobEvent.Kind.STATUS_CHANGED, now);
        // An escalation from long ago, read by a new group from the topic's beginning: it alerts no one.
        JobEvent stale = event(104, JobEvent.Kind.ESCALATED, now.minus(Duration.ofDays(3)));

        publish(opened, escalated, assigned, stale);
        await().atMost(WAIT).until(() -> statuses(101).equals(List.of("email:sent", "webhook:sent")));
        publish(opened, escalated, assigned, stale);
        awaitConsumed(FIRST_GROUP);
        awaitConsumed(SECOND_GROUP);

        assertThat(statuses(101)).containsExactly("email:sent", "webhook:sent");
        assertThat(statuses(104)).isEmpty();
        assertThat(webhook.taken()).filteredOn(body -> body.contains("job 101 ")).singleElement().asString()
                .contains("Hippo HIPPO-CHIPS-50G at Sharma General Store (Kothrud, Pune)", "<https://radar.example.test/?job=101|Open job 101 on the ops page>");
        assertThat(mailsAbout(101)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Restock job 101 is escalated: ops are asked to step in — Hippo HIPPO-CHIPS-50G at Sharma General Store (Kothrud, Pune)");
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ops@example.test");
        });
    }

    @Test
    void shouldDeliverOnceWhenTheChannelsComeBackAfterBeingDown() throws Exception {
        webhook.answer(body -> body.contains("job 102 ") ? 503 : 200);
        smtp.stop();
        try {
            publish(event(102, JobEvent.Kind.SLA_BREACH, CLOCK.instant()));
            // The sender counts an attempt when it claims the alert, before its call reaches the channel: wait for
            // the webhook's own third refusal, or the third call may still be on its way when the channel comes back.
            await().atMost(WAIT).until(() -> attempts(102, Channel.WEBHOOK) >= 3 && attempts(102, Channel.EMAIL) >= 3
                    && webhook.refused().stream().filter(body -> body.contains("job 102 ")).count() >= 3);
            // Tried again and again, neither sent nor given up (a round may be under way: pending or sending).
            assertThat(statuses(102)).hasSize(2).noneMatch(status -> status.endsWith(":sent") || status.endsWith(":failed"));
            assertThat(webhook.taken()).noneMatch(body -> body.contains("job 102 "));
        } finally {
            webhook.answer(body -> 200);
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }

        await().atMost(WAIT).until(() -> statuses(102).equals(List.of("email:sent", "webhook:sent")));
        assertThat(webhook.taken()).filteredOn(body -> body.contains("job 102 ")).hasSize(1);
        assertThat(webhook.refused()).filteredOn(body -> body.contains("job 102 ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mailsAbout(102)).hasSize(1);
        assertThat(METERS.get(AlertSender.METER).tags("channel", "webhook", "outcome", "retried").counter().count()).isGreaterThanOrEqualTo(3);
        assertThat(METERS.get(AlertSender.METER).tags("channel", "email", "outcome", "sent").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldRecordAWebhookRefusalAsFailedAndNotTryAgain() throws Exception {
        webhook.answer(body -> body.contains("job 103 ") ? 404 : 200);
        try {
            publish(event(103, JobEvent.Kind.ESCALATED, CLOCK.instant()));
            await().atMost(WAIT).until(() -> statuses(103).equals(List.of("email:sent", "webhook:failed")));
            // Later rounds leave it alone: still one call, one attempt.
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> attempts(103, Channel.WEBHOOK) == 1);
        } finally {
            webhook.answer(body -> 200);
        }

        assertThat(webhook.refused()).filteredOn(body -> body.contains("job 103 ")).hasSize(1);
        assertThat(lastError(103, Channel.WEBHOOK)).contains("HTTP 404", "no_service");
        // What GET /api/alerts?job_id=103 tells ops.
        assertThat(new AlertLog(first.dataSource()).ofJob(103)).extracting(AlertLog.Entry::channel, AlertLog.Entry::kind, AlertLog.Entry::status)
                .containsExactlyInAnyOrder(tuple("webhook", "ESCALATED", "failed"),
                        tuple("email", "ESCALATED", "sent"));
        assertThat(METERS.get(AlertSender.METER).tags("channel", "webhook", "outcome", "failed").counter().count()).isGreaterThanOrEqualTo(1);
    }

    private static JobEvent event(long job, JobEvent.Kind kind, Instant at) {
        return new JobEvent(UUID.randomUUID().toString(), job, kind, null, "assigned", "crew-pune-1", "dispatch", "system", null,
                Map.of("due_at", at.minusSeconds(60).toString()), at);
    }

    private static void publish(JobEvent... events) throws Exception {
        try (KafkaProducer<String, JobEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                Topics.JOB_EVENTS.keySerde().serializer(), Topics.JOB_EVENTS.valueSerde().serializer())) {
            for (JobEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.JOB_EVENTS.name(), Long.toString(event.jobId()), event)).get();
            }
        }
    }

    private static List<MimeMessage> mailsAbout(long job) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject().startsWith("Restock job " + job + " ");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** "channel:status" of the job's alerts, by channel. */
    private static List<String> statuses(long job) throws SQLException {
        List<String> statuses = new ArrayList<>();
        query("SELECT channel || ':' || status FROM alert WHERE job_id = ? ORDER BY channel", job, rs -> statuses.add(rs.getString(1)));
        return statuses;
    }

    private static int attempts(long job, Channel channel) throws SQLException {
        int[] attempts = {0};
        query("SELECT attempts FROM alert WHERE job_id = ? AND channel = '" + channel.code() + "'", job, rs -> attempts[0] = rs.getInt(1));
        return attempts[0];
    }

    private static String lastError(long job, Channel channel) throws SQLException {
        String[] error = {null};
        query("SELECT last_error FROM alert WHERE job_id = ? AND channel = '" + channel.code() + "'", job, rs -> error[0] = rs.getString(1));
        return error[0];
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, long job, Row row) throws SQLException {
        try (Connection connection = first.dataSource().getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, job);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    /** Waits until the group has committed, on every partition of job-events, the topic's end: it has taken every event. */
    private static void awaitConsumed(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
             KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                     new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.JOB_EVENTS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }
}
