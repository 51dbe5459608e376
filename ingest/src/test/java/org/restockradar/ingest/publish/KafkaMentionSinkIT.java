package org.restockradar.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;

/**
 * The sink on a real broker that goes away for longer than the producer's delivery timeout (frozen with SIGSTOP):
 * no mention is lost. Found by the fault harness (F2: a broker down for 60 s lost a replayed mention).
 */
@Tag("integration")
final class KafkaMentionSinkIT {
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldDeliverEveryMentionWhenTheBrokerIsAwayLongerThanTheDeliveryTimeout() throws Exception {
        String run = UUID.randomUUID().toString();
        // Short timeouts, so that a few seconds away outlast them (the defaults are 120 s and 60 s).
        Map<String, String> config = Map.of("bootstrap.servers", kafka.bootstrapServers(), "delivery.timeout.ms", "3000",
                "request.timeout.ms", "1000", "linger.ms", "0", "max.block.ms", "2000");
        List<String> ids = IntStream.range(0, 6).mapToObj(i -> "x-" + run + "-" + i).toList();
        try (KafkaMentionSink sink = new KafkaMentionSink(config, Clock.systemUTC(), Duration.ofMillis(500))) {
            sink.publish(mention(ids.get(0)));
            sink.flush();
            signal("STOP");
            try {
                ids.subList(1, ids.size()).forEach(id -> sink.publish(mention(id)));
                // The fault itself: the broker stays away longer than delivery.timeout.ms.
                Thread.sleep(6_000);
            } finally {
                signal("CONT");
            }
            sink.flush();
        }

        assertThat(mentionIds()).containsAll(ids);
    }

    private static Mention mention(String id) {
        return new Mention(id, Source.X, Instant.parse("2026-12-06T09:00:00Z"), new Author("u-1", "a", null, null, null),
                "no Hippo at Sharma Stores", null, null, false);
    }

    private static void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(kafka.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s of the broker", signal).isZero();
    }

    private static Set<String> mentionIds() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, Mention> consumer = new KafkaConsumer<>(config, Topics.MENTIONS.keySerde().deserializer(),
                Topics.MENTIONS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.MENTIONS.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> ids.add(record.value().id()));
            }
        }
        return ids;
    }
}
