package org.restockradar.replies;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.GiftEvent;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Topics#JOB_EVENTS}, {@link Topics#MENTIONS} and {@link Topics#GIFT_EVENTS} in one consumer group on a thread
 * of its own: a gift event plans the gift's reply ({@link GiftReplies}); each job
 * event is handed to the {@link ReplyPlanner}, which keeps the job and reports it carries and plans the job-opened
 * replies of an open job ({@code OPENED}, {@code REPORT_ADDED}) and the restocked ones of a job in a restocked status
 * ({@code replies.restocked-on}); a mention that is only a STOP phrase ({@link OptOutWords}) opts its author out.
 * Planning is idempotent (one reply per job, reporter and kind; an older event never overwrites a newer one's job), so an
 * event handled twice changes nothing; events older than the maximum age are passed over (a new consumer group starts
 * at the beginning of the topic and must not write to reporters of long ago). The loop is dbkit's committing consumer
 * loop ({@link ConsumerLoop#inGroup}): offsets are
 * committed after the records before them are handled; when the database fails, the records not yet handled are read
 * again after a growing pause. Undecodable records are logged with topic, partition and offset and passed over.
 */
public final class ReplyEventsConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyEventsConsumer.class);

    private final ConsumerLoop loop;

    private ReplyEventsConsumer(ConsumerLoop loop) {
        this.loop = loop;
    }

    /**
     * @param kafka   client properties without the {@code kafka.} prefix
     * @param groupId the consumer group ({@code replies.group-id})
     */
    public static ReplyEventsConsumer start(Map<String, String> kafka, String groupId, ReplyPlanner planner, OptOuts optOuts,
                                            GiftReplies gifts, Clock clock, Duration maxEventAge, MeterRegistry meters) {
        Handler handler = new Handler(planner, optOuts, gifts, clock, maxEventAge);
        // A new group starts at the beginning of both topics, whatever kafka.auto.offset.reset says: every job still open.
        return new ReplyEventsConsumer(ConsumerLoop.inGroup("replies", ConsumerLoop.earliestOnNewGroup(kafka), groupId,
                List.of(Topics.JOB_EVENTS, Topics.MENTIONS, Topics.GIFT_EVENTS), handler, meters));
    }

    /** True from start until the loop has stopped. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Stops the loop and waits for the thread; what was handled is committed already. */
    @Override
    public void close() {
        loop.close();
    }

    /** What the consumer does with one record of either topic; throws only when the database fails. Visible for the tests. */
    static final class Handler implements ConsumerLoop.RecordHandler {
        private final Deserializer<JobEvent> events = Topics.JOB_EVENTS.valueSerde().deserializer();
        private final Deserializer<Mention> mentions = Topics.MENTIONS.valueSerde().deserializer();
        private final Deserializer<GiftEvent> giftEvents = Topics.GIFT_EVENTS.valueSerde().deserializer();
        private final ReplyPlanner planner;
        private final OptOuts optOuts;
        private final GiftReplies gifts;
        private final Clock clock;
        private final Duration maxEventAge;

        Handler(ReplyPlanner planner, OptOuts optOuts, GiftReplies gifts, Clock clock, Duration maxEventAge) {
            this.planner = Objects.requireNonNull(planner, "planner");
            this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
            this.gifts = Objects.requireNonNull(gifts, "gifts");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.maxEventAge = Objects.requireNonNull(maxEventAge, "maxEventAge");
        }

        @Override
        public void handle(ConsumerRecord<String, byte[]> record) {
            if (record.value() == null) {
                LOG.warn("record without a value {}-{}@{} (key {}) passed over", record.topic(), record.partition(), record.offset(),
                        record.key());
                return;
            }
            if (record.topic().equals(Topics.JOB_EVENTS.name())) {
                planFrom(record);
            } else if (record.topic().equals(Topics.GIFT_EVENTS.name())) {
                giftFrom(record);
            } else {
                optOutFrom(record);
            }
        }

        private void planFrom(ConsumerRecord<String, byte[]> record) {
            JobEvent event = read(events, record, "job event");
            if (event != null && !tooOld(event.occurredAt())) {
                planner.plan(event);
            }
        }

        private void giftFrom(ConsumerRecord<String, byte[]> record) {
            GiftEvent event = read(giftEvents, record, "gift event");
            if (event != null && !tooOld(event.occurredAt())) {
                gifts.plan(event);
            }
        }

        /** The record's value, or null (logged) when it cannot be read. */
        private static <T> T read(Deserializer<T> deserializer, ConsumerRecord<String, byte[]> record, String what) {
            try {
                return deserializer.deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                LOG.warn("unreadable {} {}-{}@{} passed over", what, record.topic(), record.partition(), record.offset(), e);
                return null;
            }
        }

        private boolean tooOld(Instant occurredAt) {
            return occurredAt.isBefore(clock.instant().minus(maxEventAge));
        }

        private void optOutFrom(ConsumerRecord<String, byte[]> record) {
            Mention mention = read(mentions, record, "mention");
            if (mention != null && OptOutWords.isOptOut(mention.text()) && optOuts.optOut(mention.source(), mention.author().id(), "message " + mention.id())) {
                LOG.info("{} reporter {} opted out of replies by message {}", mention.source().code(), mention.author().id(), mention.id());
            }
        }
    }
}
