package org.restockradar.dispatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;

/** The top of the funnel, counted from the offsets of a real broker's mentions topic. */
@Tag("integration")
final class KafkaMentionCounterIT {
    private static final Instant NOW = Instant.now();

    private static EmbeddedKafka kafka;
    private static KafkaMentionCounter counter;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.throwaway();
        Map<String, String> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        TopicSetup.ensureTopics(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            // Three mentions two days old and five from the last hour, spread over the topic's partitions.
            for (int i = 0; i < 8; i++) {
                Instant at = i < 3 ? NOW.minus(Duration.ofDays(2)) : NOW.minus(Duration.ofMinutes(50 - i));
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), i % Topics.MENTIONS.partitions(), at.toEpochMilli(), "m-" + i, "{}")).get();
            }
        }
        counter = new KafkaMentionCounter(client);
    }

    @AfterAll
    static void stopBroker() {
        counter.close();
        kafka.close();
    }

    @Test
    void shouldCountTheMentionsReceivedSinceAnInstant() {
        assertThat(counter.countSince(NOW.minus(Duration.ofDays(1)))).isEqualTo(5);
        assertThat(counter.countSince(NOW.minus(Duration.ofDays(3)))).isEqualTo(8);
    }

    @Test
    void shouldCountNoneSinceAnInstantAfterTheLastMention() {
        assertThat(counter.countSince(NOW.plus(Duration.ofMinutes(5)))).isZero();
    }

    @Test
    void shouldSayItCannotTellWhenTheTopicIsMissing() {
        try (KafkaMentionCounter missing = new KafkaMentionCounter(Map.of("bootstrap.servers", kafka.bootstrapServers()), "no-such-topic")) {
            assertThat(missing.countSince(NOW)).isEqualTo(-1);
        }
    }
}
