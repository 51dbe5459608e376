package org.restockradar.ingest.cursor;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.restockradar.contracts.Json;

/**
 * Where a source had got to when its mentions were last acknowledged by Kafka: the source's own cursor
 * (a since-id, a status id, a Jetstream {@code time_us}) and the newest source ids handed on, so that a
 * restart that re-reads a little (a resume margin) still drops what it already produced.
 *
 * @param cursor    opaque to everything but the source that wrote it
 * @param recentIds the newest mention ids handed on before this checkpoint, oldest first
 * @param savedAt   when the checkpoint was taken
 */
public record Checkpoint(String cursor, List<String> recentIds, Instant savedAt) {
    public Checkpoint {
        if (cursor == null || cursor.isBlank()) {
            throw new IllegalArgumentException("checkpoint cursor is missing or blank");
        }
        recentIds = recentIds == null ? List.of() : List.copyOf(recentIds);
        if (savedAt == null) {
            throw new IllegalArgumentException("checkpoint saved_at is missing");
        }
    }

    /** The JSON form stored as the value of the cursor topic. */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode checkpoint for cursor " + cursor, e);
        }
    }

    public static Checkpoint fromJson(String json) {
        try {
            return Json.mapper().readValue(json, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot decode checkpoint: " + e.getOriginalMessage(), e);
        }
    }
}
