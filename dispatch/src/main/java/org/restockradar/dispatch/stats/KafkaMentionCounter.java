package org.restockradar.dispatch.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the mentions received since an instant from the offsets of {@link Topics#MENTIONS}: per partition, the end
 * offset less the first offset whose timestamp is at or after the instant. The topic is written by an idempotent,
 * non-transactional producer, so offsets are records; records older than the topic's retention are not counted.
 */
public final class KafkaMentionCounter implements MentionCounter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaMentionCounter.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final String topic;

    /** @param kafka client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix */
    public KafkaMentionCounter(Map<String, String> kafka) {
        this(kafka, Topics.MENTIONS.name());
    }

    KafkaMentionCounter(Map<String, String> kafka, String topic) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "dispatch-mention-counter");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(config);
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    @Override
    public long countSince(Instant since) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
            description.partitions().forEach(partition -> {
                TopicPartition tp = new TopicPartition(topic, partition.partition());
                ends.put(tp, OffsetSpec.latest());
                starts.put(tp, OffsetSpec.forTimestamp(since.toEpochMilli()));
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin.listOffsets(starts).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long count = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry : end.entrySet()) {
                long first = start.get(entry.getKey()).offset();
                // -1: no record at or after the instant in this partition.
                count += first < 0 ? 0 : entry.getValue().offset() - first;
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("cannot count the mentions of {} since {}; the funnel shows none", topic, since, e);
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}
