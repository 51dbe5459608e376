package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IsoInstantDeserializerTest {
    /** The mapper's instants as they were read before the fast path: JavaTimeModule alone. */
    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @Test
    void shouldBeTheDeserializerTheSharedMapperUsesForAnInstant() throws Exception {
        ObjectMapper mapper = Json.mapper();
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);

        assertThat(context.findRootValueDeserializer(mapper.constructType(Instant.class)))
                .isInstanceOf(IsoInstantDeserializer.class);
    }

    @Test
    void shouldReadTheUsualFormByItsDigits() {
        assertThat(IsoInstantDeserializer.parse("2026-11-23T09:14:05Z")).isEqualTo(Instant.parse("2026-11-23T09:14:05Z"));
        assertThat(IsoInstantDeserializer.parse("2024-02-29T23:59:59.5Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.500Z"));
        assertThat(IsoInstantDeserializer.parse("1969-12-31T23:59:59.123456789Z"))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.123456789Z"));
    }

    @Test
    void shouldLeaveEveryOtherFormToTheGeneralParser() {
        for (String other : List.of("2026-11-23T09:14:05+05:30", "2026-11-23t09:14:05z", " 2026-11-23T09:14:05Z",
                "2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z", "2023-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
                "2026-11-23T09:14:05.Z", "2026-11-23T09:14:05.1234567890Z", "+12026-11-23T09:14:05Z", "1700000000",
                "2026-11-23 09:14:05Z", "2026-1-23T09:14:05Z")) {
            assertThat(IsoInstantDeserializer.parse(other)).as(other).isNull();
        }
    }

    @Test
    void shouldReadEveryTextAsJavaTimeModuleReadsIt() throws Exception {
        List<String> texts = new ArrayList<>(List.of("2026-11-23T09:14:05+05:30", "2026-11-23t09:14:05z",
                " 2026-11-23T09:14:05Z ", "2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z", "2023-02-29T10:00:00Z",
                "2024-02-29T10:00:00Z", "2100-02-29T10:00:00Z", "2000-02-29T10:00:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z", "2026-11-23T09:14:05.Z", "1700000000", "1700000000.25", "",
                "2026-11-23T09:14Z", "2026-04-31T00:00:00Z", "2026-06-30T00:00:00.000Z"));
        Random random = new Random(14);
        for (int i = 0; i < 2_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000));
            String text = at.toString();
            texts.add(text);
            int dot = text.indexOf('.');
            if (dot > 0) {
                // every fraction length, trailing zeros included
                texts.add(text.substring(0, Math.min(text.length() - 1, dot + 1 + random.nextInt(1, 10))) + "Z");
            }
        }

        for (String text : texts) {
            String json = "\"" + text + "\"";
            assertThat(outcome(Json.mapper(), json)).as(text).isEqualTo(outcome(REFERENCE, json));
        }
    }

    /** The instant read, or the kind of failure. */
    private static Object outcome(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
