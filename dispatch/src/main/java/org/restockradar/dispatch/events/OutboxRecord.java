package org.restockradar.dispatch.events;

import java.util.Objects;

/**
 * One unsent row of the outbox: a record ready for its topic.
 *
 * @param eventId the event's UUID, also sent as the {@code event-id} header so consumers can drop repeats
 * @param payload the value as the topic's serde wrote it
 */
public record OutboxRecord(long id, String eventId, String topic, String key, byte[] payload) {
    public OutboxRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
