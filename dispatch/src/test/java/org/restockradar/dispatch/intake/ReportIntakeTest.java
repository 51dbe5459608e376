package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.report;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dispatch.store.Recorded;

final class ReportIntakeTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TOPIC = Topics.STOCKOUT_REPORTS.name();

    private final List<StockoutReport> recorded = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private ReportIntake intake(ReportRecorder recorder) {
        return new ReportIntake(recorder, deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
    }

    private ReportIntake recordingAs(Recorded.Outcome outcome) {
        return intake(report -> {
            recorded.add(report);
            return new Recorded(7, outcome);
        });
    }

    @Test
    void shouldRecordADecodedReport() {
        StockoutReport report = report("x-1").build();

        ReportIntake.Outcome outcome = recordingAs(Recorded.Outcome.OPENED_JOB).handle(recordOf(encode(report)));

        assertThat(outcome).isEqualTo(ReportIntake.Outcome.RECORDED);
        assertThat(recorded).containsExactly(report);
        assertThat(deadLetters).isEmpty();
        assertThat(count("recorded")).isEqualTo(1);
        assertThat(meters.counter("dispatch.jobs.opened").count()).isEqualTo(1);
    }

    @Test
    void shouldCountAReportAttachedToAnOpenJobAsRecordedWithoutOpeningAJob() {
        ReportIntake.Outcome outcome = recordingAs(Recorded.Outcome.ATTACHED).handle(recordOf(encode(report("x-1").build())));

        assertThat(outcome).isEqualTo(ReportIntake.Outcome.RECORDED);
        assertThat(count("recorded")).isEqualTo(1);
        assertThat(meters.counter("dispatch.jobs.opened").count()).isZero();
    }

    @Test
    void shouldCountADuplicateApartFromRecordedReports() {
        ReportIntake.Outcome outcome = recordingAs(Recorded.Outcome.DUPLICATE).handle(recordOf(encode(report("x-1").build())));

        assertThat(outcome).isEqualTo(ReportIntake.Outcome.DUPLICATE);
        assertThat(count("duplicate")).isEqualTo(1);
        assertThat(count("recorded")).isZero();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordWithItsPlaceAndRawText() {
        ReportIntake.Outcome outcome = recordingAs(Recorded.Outcome.OPENED_JOB)
                .handle(recordOf("{\"mention_id\": oops".getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome).isEqualTo(ReportIntake.Outcome.DEAD_LETTERED);
        assertThat(recorded).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.origin()).isEqualTo(TOPIC);
            assertThat(letter.partition()).isEqualTo(2);
            assertThat(letter.offset()).isEqualTo(41);
            assertThat(letter.key()).isEqualTo("OUT-PUNE-001");
            assertThat(letter.payload()).isEqualTo("{\"mention_id\": oops");
            assertThat(letter.reason()).startsWith("cannot decode");
            assertThat(letter.failedAt()).isEqualTo(NOW);
        });
        assertThat(count("dead_lettered")).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterAValueThatBreaksTheRulesOfAReport() {
        String outOfRange = new String(encode(report("x-1").build()), StandardCharsets.UTF_8).replace("\"confidence\":0.9", "\"confidence\":7");

        recordingAs(Recorded.Outcome.OPENED_JOB).handle(recordOf(outOfRange.getBytes(StandardCharsets.UTF_8)));

        assertThat(deadLetters).singleElement().satisfies(letter -> assertThat(letter.reason()).contains("confidence"));
        assertThat(recorded).isEmpty();
    }

    @Test
    void shouldDeadLetterATombstone() {
        recordingAs(Recorded.Outcome.OPENED_JOB).handle(recordOf(null));

        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).contains("tombstone");
            assertThat(letter.payload()).isNull();
        });
    }

    @Test
    void shouldDeadLetterAReportTheStoreRefuses() {
        ReportIntake intake = intake(report -> {
            throw new IllegalArgumentException("report x-404 has no outlet");
        });

        ReportIntake.Outcome outcome = intake.handle(recordOf(encode(report("x-404").withoutOutlet().build())));

        assertThat(outcome).isEqualTo(ReportIntake.Outcome.DEAD_LETTERED);
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("refused by dispatch: report x-404 has no outlet");
            assertThat(letter.payload()).contains("\"mention_id\":\"x-404\"");
        });
    }

    @Test
    void shouldLetAStoreFailurePassUpSoThatTheRecordIsOfferedAgain() {
        ReportIntake intake = intake(report -> {
            throw new StoreUnavailableException("cannot record report x-1", new SQLException("connection refused", "08001"));
        });

        assertThatThrownBy(() -> intake.handle(recordOf(encode(report("x-1").build()))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(deadLetters).isEmpty();
        assertThat(count("recorded") + count("duplicate") + count("dead_lettered")).isZero();
    }

    @Test
    void shouldLetADeadLetterFailurePassUpSoThatTheRecordIsOfferedAgain() {
        ReportIntake intake = new ReportIntake(report -> new Recorded(1, Recorded.Outcome.OPENED_JOB), letter -> {
            throw new IllegalStateException("cannot write the dead letter");
        }, Clock.fixed(NOW, ZoneOffset.UTC), meters);

        assertThatThrownBy(() -> intake.handle(recordOf("garbage".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("dead_lettered")).isZero();
    }

    @Test
    void shouldRecordAPollTogetherAndAnswerForEachRecordInItsOrder() {
        List<List<StockoutReport>> batches = new ArrayList<>();
        ReportIntake intake = intake(new ReportRecorder() {
            @Override
            public Recorded record(StockoutReport report) {
                throw new AssertionError("a poll the store takes whole is not recorded one by one");
            }

            @Override
            public List<Recorded> recordAll(List<StockoutReport> reports) {
                batches.add(reports);
                return List.of(new Recorded(1, Recorded.Outcome.OPENED_JOB), new Recorded(1, Recorded.Outcome.DUPLICATE));
            }
        });

        List<ReportIntake.Outcome> outcomes = intake.handleAll(List.of(recordOf(encode(report("x-1").build())),
                recordOf("garbage".getBytes(StandardCharsets.UTF_8)), recordOf(encode(report("x-1").build()))));

        assertThat(outcomes).containsExactly(ReportIntake.Outcome.RECORDED, ReportIntake.Outcome.DEAD_LETTERED,
                ReportIntake.Outcome.DUPLICATE);
        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch).extracting(StockoutReport::mentionId)
                .containsExactly("x-1", "x-1"));
        assertThat(count("recorded")).isEqualTo(1.0);
        assertThat(count("duplicate")).isEqualTo(1.0);
        assertThat(count("dead_lettered")).isEqualTo(1.0);
        assertThat(meters.counter(ReportIntake.JOBS_OPENED).count()).isEqualTo(1.0);
    }

    @Test
    void shouldRecordAPollOneByOneWhenTheStoreRefusesOneOfItsReports() {
        ReportIntake intake = intake(report -> {
            if (!report.hasOutlet()) {
                throw new IllegalArgumentException("report " + report.mentionId() + " has no outlet");
            }
            recorded.add(report);
            return new Recorded(7, Recorded.Outcome.ATTACHED);
        });

        List<ReportIntake.Outcome> outcomes = intake.handleAll(List.of(recordOf(encode(report("x-1").build())),
                recordOf(encode(report("x-404").withoutOutlet().build())), recordOf(encode(report("x-2").build()))));

        assertThat(outcomes).containsExactly(ReportIntake.Outcome.RECORDED, ReportIntake.Outcome.DEAD_LETTERED,
                ReportIntake.Outcome.RECORDED);
        assertThat(deadLetters).singleElement().satisfies(letter ->
                assertThat(letter.reason()).isEqualTo("refused by dispatch: report x-404 has no outlet"));
        assertThat(recorded).extracting(StockoutReport::mentionId).containsExactly("x-1", "x-1", "x-2");
    }

    @Test
    void shouldLetAStoreFailureOfAPollPassUpSoThatThePollIsOfferedAgain() {
        ReportIntake intake = intake(report -> {
            throw new StoreUnavailableException("cannot record report x-1", new SQLException("connection refused", "08001"));
        });

        assertThatThrownBy(() -> intake.handleAll(List.of(recordOf(encode(report("x-1").build())))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(deadLetters).isEmpty();
        assertThat(count("recorded") + count("duplicate") + count("dead_lettered")).isZero();
    }

    private double count(String outcome) {
        return meters.counter("dispatch.reports", "outcome", outcome).count();
    }

    private static byte[] encode(StockoutReport report) {
        return Topics.STOCKOUT_REPORTS.valueSerde().serializer().serialize(TOPIC, report);
    }

    private static ConsumerRecord<String, byte[]> recordOf(byte[] value) {
        return new ConsumerRecord<>(TOPIC, 2, 41L, "OUT-PUNE-001", value);
    }
}
