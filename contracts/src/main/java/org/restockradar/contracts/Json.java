package org.restockradar.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The one Jackson configuration for everything that crosses a topic: snake_case field names
 * (the mention format of FORMAT.md), ISO-8601 instants, unknown fields ignored so that producers
 * can add fields before consumers know them. An instant in the usual form is read by its digits
 * ({@link IsoInstantDeserializer}); any other form as {@link JavaTimeModule} reads it. An instant is written by its
 * digits too ({@link IsoInstantSerializer}), the same text as {@link JavaTimeModule} writes.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after JavaTimeModule, so that it is asked first for an Instant
            .addModule(new SimpleModule("iso-instants")
                    .addDeserializer(Instant.class, new IsoInstantDeserializer())
                    .addSerializer(Instant.class, new IsoInstantSerializer()))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** The shared mapper; thread-safe, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
