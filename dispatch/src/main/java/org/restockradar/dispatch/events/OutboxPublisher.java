package org.restockradar.dispatch.events;

import java.util.List;

/**
 * Sends outbox records to their topics, in the order given. Returns only once every record is acknowledged;
 * throws when any may not be, and the relay then offers them all again.
 */
@FunctionalInterface
public interface OutboxPublisher {
    void publish(List<OutboxRecord> records);
}
