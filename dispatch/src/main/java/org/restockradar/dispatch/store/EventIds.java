package org.restockradar.dispatch.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids of job events: UUID version 7 (RFC 9562), whose first 48 bits are the event's time in milliseconds and the other
 * 74 free bits random. Ids of events written one after another sort one after another, so each new id lands at the right
 * edge of the unique indexes on {@code job_event.event_id} and {@code outbox.event_id}, in a page that is already in
 * memory and already logged since the last checkpoint, where a random (version 4) id lands on any leaf of an index as
 * large as the whole history and, after each checkpoint, writes that leaf's full image to the WAL. The id still carries
 * no meaning: consumers only compare it to drop repeats.
 */
public final class EventIds {
    /** The random bits from the source {@link UUID#randomUUID()} takes them from: safe to share between threads. */
    private static final TimeBasedEpochRandomGenerator VERSION_7 = Generators.timeBasedEpochRandomGenerator(new SecureRandom());

    private EventIds() {
    }

    /** A new id for an event that happened at {@code at}. */
    public static UUID at(Instant at) {
        return VERSION_7.construct(at.toEpochMilli());
    }
}
