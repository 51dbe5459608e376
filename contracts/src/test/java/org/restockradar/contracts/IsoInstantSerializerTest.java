package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IsoInstantSerializerTest {
    /** The mapper's instants as they were written before the fast path: JavaTimeModule alone. */
    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void shouldWriteAnInstantByItsDigitsAsTheIsoFormatterDoes() {
        assertThat(written(Instant.parse("2026-11-23T09:14:05Z"))).isEqualTo("2026-11-23T09:14:05Z");
        assertThat(written(Instant.parse("2026-11-23T09:14:00Z"))).isEqualTo("2026-11-23T09:14:00Z");
        assertThat(written(Instant.parse("2024-02-29T23:59:59.5Z"))).isEqualTo("2024-02-29T23:59:59.500Z");
        assertThat(written(Instant.parse("2026-12-07T18:00:01.013919Z"))).isEqualTo("2026-12-07T18:00:01.013919Z");
        assertThat(written(Instant.parse("1970-01-01T00:00:00.000000001Z"))).isEqualTo("1970-01-01T00:00:00.000000001Z");
        assertThat(written(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isEqualTo("9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void shouldLeaveAnInstantBefore1970OrAfter9999ToTheFormatter() {
        char[] text = new char[IsoInstantSerializer.MAX_LENGTH];
        assertThat(IsoInstantSerializer.format(Instant.parse("1969-12-31T23:59:59.999Z"), text)).isZero();
        assertThat(IsoInstantSerializer.format(Instant.parse("+10000-01-01T00:00:00Z"), text)).isZero();
        assertThat(IsoInstantSerializer.format(Instant.MIN, text)).isZero();
        assertThat(IsoInstantSerializer.format(Instant.MAX, text)).isZero();
    }

    @Test
    void shouldWriteEveryInstantAsJavaTimeModuleWritesIt() throws Exception {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("0999-06-01T12:00:00.5Z"), Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2000-02-29T00:00:00Z"),
                Instant.parse("2100-02-28T23:59:59.000001Z"), Instant.parse("2026-12-31T23:59:59.999999Z")));
        Random random = new Random(18);
        for (int i = 0; i < 5_000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 260_000_000_000L);
            // the fraction's three kinds: whole milliseconds, whole microseconds, nanoseconds; and none
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (Instant at : instants) {
            assertThat(Json.mapper().writeValueAsString(at)).as(at.toString()).isEqualTo(REFERENCE.writeValueAsString(at));
        }
    }

    @Test
    void shouldWriteAReportsJsonAsBefore() throws Exception {
        StockoutReport report = new StockoutReport("x-18", Source.X, Instant.parse("2026-12-07T18:00:01.013919Z"),
                new Author("u-1", "someone", "Some One", "Pune", 12), "no hippo at the corner shop", "hippo", null, "o-1",
                "Corner Shop", "Kothrud", "Pune", 0.75, "outlet by name");

        String written = Json.mapper().writeValueAsString(report);

        assertThat(written).contains("\"reported_at\":\"2026-12-07T18:00:01.013919Z\"");
        assertThat(Json.mapper().readValue(written, StockoutReport.class)).isEqualTo(report);
    }

    @Test
    void shouldWriteATimestampWhenTheMapperWritesDatesAsTimestamps() throws Exception {
        ObjectMapper timestamps = Json.mapper().copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Instant at = Instant.parse("2026-11-23T09:14:05.120Z");

        assertThat(timestamps.writeValueAsString(at))
                .isEqualTo(REFERENCE.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(at));
    }

    private static String written(Instant at) {
        char[] text = new char[IsoInstantSerializer.MAX_LENGTH];
        String fast = new String(text, 0, IsoInstantSerializer.format(at, text));
        assertThat(fast).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(at));
        return fast;
    }
}
