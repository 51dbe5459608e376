package org.restockradar.access.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * The Jackson configuration of the HTTP API: snake_case field names, as on the topics (one naming across the
 * system, and what the request bodies use too), and ISO-8601 instants.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ApiJson() {
    }

    /** The shared mapper; thread-safe, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Refuses a request body with a NUL character (0x00, in JSON {@code \\u0000}) in any of its texts or field names, as the sender's
     * fault: PostgreSQL takes no 0x00 in text, and the statement it would reach fails as if the database were down.
     *
     * @throws IllegalArgumentException naming the field, for a 400
     */
    public static JsonNode refuseNul(JsonNode body) {
        refuseNul(body, "the body");
        return body;
    }

    private static void refuseNul(JsonNode node, String where) {
        if (node.isTextual() && node.asText().indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL characters (\\u0000) are not allowed: in " + where);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNul(node.get(i), where + "[" + i + "]");
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("NUL characters (\\u0000) are not allowed: in a field name of " + where);
            }
            refuseNul(field.getValue(), "'" + field.getKey() + "'");
        }
    }
}
