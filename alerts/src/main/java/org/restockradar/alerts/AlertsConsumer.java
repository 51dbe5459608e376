package org.restockradar.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Topics#JOB_EVENTS} in the consumer group {@code alerts-service} (setting {@code alerts.group-id}) on
 * dbkit's committing loop: each event is taken by the {@link AlertPlanner} in one transaction and its offset committed
 * after it, so an event is taken at least once and a repeat plans nothing. A new group starts at the beginning of the
 * topic ({@link ConsumerLoop#earliestOnNewGroup}), so that the copy of jobs knows every job still open; events older
 * than {@code alerts.max-event-age} alert no one. A record without a value or that cannot be decoded is logged with its
 * position and passed over.
 */
final class AlertsConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsConsumer.class);

    private final ConsumerLoop loop;

    private AlertsConsumer(ConsumerLoop loop) {
        this.loop = loop;
    }

    static AlertsConsumer start(Map<String, String> kafka, String groupId, AlertPlanner planner, MeterRegistry meters) {
        Objects.requireNonNull(planner, "planner");
        Deserializer<JobEvent> events = Topics.JOB_EVENTS.valueSerde().deserializer();
        return new AlertsConsumer(ConsumerLoop.inGroup("alerts", ConsumerLoop.earliestOnNewGroup(kafka), groupId, List.of(Topics.JOB_EVENTS),
                record -> handle(record, events, planner), meters));
    }

    static void handle(ConsumerRecord<String, byte[]> record, Deserializer<JobEvent> events, AlertPlanner planner) {
        if (record.value() == null) {
            LOG.warn("job event {}-{}@{} (key {}) has no value; passed over", record.topic(), record.partition(), record.offset(), record.key());
            return;
        }
        JobEvent event;
        try {
            event = events.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            LOG.warn("job event {}-{}@{} cannot be decoded; passed over", record.topic(), record.partition(), record.offset(), e);
            return;
        }
        planner.take(event);
    }

    boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public void close() {
        loop.close();
    }
}
