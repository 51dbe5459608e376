package org.restockradar.contracts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's topics that do not exist yet, with their partitions and configuration.
 * Safe to run at every start and from several services at once: a topic someone else created first is fine.
 */
public final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    /** Creates the missing topics of {@link Topics#ALL} with the broker's default replication factor. */
    public static void ensureTopics(Map<String, Object> adminConfig) {
        ensureTopics(adminConfig, Map.of());
    }

    /**
     * As {@link #ensureTopics(Map)}, a topic named in {@code partitions} created with that many partitions instead of
     * the catalogue's ({@link KafkaSettings#TOPIC_PARTITIONS}). A topic that exists keeps its partitions; when they
     * differ from those asked for, a warning says so.
     *
     * @throws IllegalArgumentException when a name is not a topic of the catalogue
     */
    public static void ensureTopics(Map<String, Object> adminConfig, Map<String, Integer> partitions) {
        List<Topic<?, ?>> topics = withPartitions(partitions);
        try (Admin admin = Admin.create(adminConfig)) {
            ensureTopics(admin, topics);
            warnWhereExistingDiffer(admin, partitions);
        }
    }

    /** The catalogue's topics, those named in {@code partitions} with that many partitions. */
    static List<Topic<?, ?>> withPartitions(Map<String, Integer> partitions) {
        Set<String> known = Topics.ALL.stream().map(Topic::name).collect(Collectors.toSet());
        for (String name : partitions.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("topics." + name + ".partitions names no topic of the catalogue; known: "
                        + new TreeSet<>(known));
            }
        }
        return Topics.ALL.stream().<Topic<?, ?>>map(topic -> partitions.containsKey(topic.name())
                ? new Topic<>(topic.name(), topic.keySerde(), topic.valueSerde(), partitions.get(topic.name()), topic.configs())
                : topic).toList();
    }

    private static void warnWhereExistingDiffer(Admin admin, Map<String, Integer> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        try {
            admin.describeTopics(partitions.keySet()).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) -> {
                int actual = description.partitions().size();
                if (actual != partitions.get(name)) {
                    LOG.warn("Topic {} exists with {} partitions; settings ask for {}: left as it is (kafka-topics.sh --alter"
                            + " --partitions adds partitions; see docs/scaling.md)", name, actual, partitions.get(name));
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("cannot describe topics {} to compare their partitions with the settings", partitions.keySet(), e);
        }
    }

    public static void ensureTopics(Admin admin, Collection<Topic<?, ?>> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty()).configs(topic.configs()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    LOG.info("Created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list or create topics: " + e.getMessage(), e);
        }
    }
}
