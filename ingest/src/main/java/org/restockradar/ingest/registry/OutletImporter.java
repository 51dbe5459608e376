package org.restockradar.ingest.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.OutletsCsv;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an outlet registry file ({@code outlets.csv}) into the compacted {@link Topics#OUTLETS} topic,
 * keyed by outlet id. Importing the same file again is harmless: compaction keeps the latest row per outlet.
 */
public final class OutletImporter {
    private static final Logger LOG = LoggerFactory.getLogger(OutletImporter.class);

    private OutletImporter() {
    }

    /** Reads the whole file first, so that a bad row stops the import before anything is written. */
    public static int importFile(Path file, Map<String, String> kafkaConfig) {
        List<Outlet> outlets = OutletsCsv.read(file);
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // One request in flight: the registry is imported right after its topic is created, when the first sends meet
        // NOT_LEADER_OR_FOLLOWER; with several in flight the retries then stall on OUT_OF_ORDER_SEQUENCE_NUMBER for minutes.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outlet-importer");
        try (Producer<String, Outlet> producer = new KafkaProducer<>(config,
                Topics.OUTLETS.keySerde().serializer(), Topics.OUTLETS.valueSerde().serializer())) {
            for (Outlet outlet : outlets) {
                producer.send(new ProducerRecord<>(Topics.OUTLETS.name(), outlet.outletId(), outlet));
            }
            producer.flush();
        }
        LOG.info("Imported {} outlets from {}", outlets.size(), file);
        return outlets.size();
    }
}
