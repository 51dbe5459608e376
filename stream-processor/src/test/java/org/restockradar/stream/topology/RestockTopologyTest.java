package org.restockradar.stream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.DeadLetterMeter;
import org.restockradar.stream.metrics.StreamMeters;
import org.restockradar.stream.understanding.Catalog;
import org.restockradar.stream.understanding.MentionUnderstanding;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReviewThreshold;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;

final class RestockTopologyTest {
    private static final Instant NOW = Instant.parse("2026-10-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Outlet SHARMA = new Outlet("PUN-0042", "Sharma General Store", "Paud Road", "Kothrud", "Pune",
            "Maharashtra", "India", new GeoPoint(18.5074, 73.8077));

    @TempDir
    Path stateDir;

    private final OutletDirectory outlets = new OutletDirectory();
    /** What the stand-in understanding stage says, per mention id; anything else is not a report. */
    private final Map<String, Understanding> verdicts = new HashMap<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> mentions;
    private TestInputTopic<String, Outlet> outletsTopic;
    private TestOutputTopic<String, StockoutReport> reports;
    private TestOutputTopic<String, StockoutReport> needsLocation;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        start(mention -> {
            if (mention.text().contains("explode")) {
                throw new IllegalStateException("stage bug on " + mention.id());
            }
            return verdicts.getOrDefault(mention.id(), Understanding.notAReport("Hippo", 0.9, "no absence"));
        });
    }

    private void start(MentionUnderstanding understanding) {
        start(understanding, new ReviewThreshold(ReviewThreshold.DEFAULT_BELOW));
    }

    private void start(MentionUnderstanding understanding, ReviewThreshold review) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(RestockTopology.build(understanding, outlets, CLOCK, Duration.ofDays(7), review, new StreamMeters(meters)), props);
        mentions = driver.createInputTopic(Topics.MENTIONS.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        outletsTopic = input(Topics.OUTLETS);
        reports = output(Topics.STOCKOUT_REPORTS);
        needsLocation = output(Topics.NEEDS_LOCATION);
        deadLetters = output(Topics.DEAD_LETTERS);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldReadOneTopicPerSubTopologySoThatATaskHasNothingToWaitForBeforeProcessing() {
        // The stream processor turns Kafka Streams' task idling off (StreamProcessor.streamsConfig): that is right
        // only while each task reads one partition of one topic; a join of two topics would need it back.
        TopologyDescription description = RestockTopology.build(mention -> Understanding.notAReport("Hippo", 0.9, "no absence"), outlets, CLOCK,
                Duration.ofDays(7)).describe();

        assertThat(description.subtopologies()).singleElement().satisfies(subtopology -> assertThat(subtopology.nodes().stream()
                .filter(node -> node instanceof TopologyDescription.Source)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream()).toList())
                .containsExactly(Topics.MENTIONS.name()));
    }

    @Test
    void shouldSendALocatedReportToDispatchKeyedByOutlet() {
        verdicts.put("x-1", new Understanding(true, 0.9, "Hippo", "HIPPO-CHILLI", SHARMA, "Kothrud", "Pune", "test"));

        pipe(mention("x-1", "no Hippo chilli at Sharma General Store"));

        KeyValue<String, StockoutReport> report = reports.readKeyValue();
        assertThat(report.key).isEqualTo("PUN-0042");
        assertThat(report.value.mentionId()).isEqualTo("x-1");
        assertThat(report.value.outletName()).isEqualTo("Sharma General Store");
        assertThat(report.value.sku()).isEqualTo("HIPPO-CHILLI");
        assertThat(report.value.reportedAt()).isEqualTo(Instant.parse("2026-10-02T09:14:00Z"));
        assertThat(report.value.reporter().handle()).isEqualTo("priya_k");
        assertThat(needsLocation.isEmpty()).isTrue();
    }

    @Test
    void shouldSendAReportWithoutOutletToNeedsLocation() {
        verdicts.put("x-2", new Understanding(true, 0.7, "Hippo", null, null, "Kothrud", "Pune", "test"));

        pipe(mention("x-2", "no Hippo anywhere in Kothrud"));

        KeyValue<String, StockoutReport> report = needsLocation.readKeyValue();
        assertThat(report.key).isEqualTo("x-2");
        assertThat(report.value.outletId()).isNull();
        assertThat(report.value.locality()).isEqualTo("Kothrud");
        assertThat(reports.isEmpty()).isTrue();
    }

    @Test
    void shouldSendALocatedReportBelowTheReviewThresholdToOpsSayingLowConfidence() {
        verdicts.put("x-20", new Understanding(true, 0.55, "Hippo", "HIPPO-CHILLI", SHARMA, "Kothrud", "Pune", "absence; outlet by device location"));

        pipe(mention("x-20", "Hippo chilli khatam yahan"));

        KeyValue<String, StockoutReport> report = needsLocation.readKeyValue();
        assertThat(report.key).isEqualTo("x-20");
        assertThat(report.value.reason()).startsWith("low confidence (0.55 < 0.60)").contains("outlet by device location");
        assertThat(report.value.outletId()).as("the outlet stays as a suggestion for ops").isEqualTo("PUN-0042");
        assertThat(report.value.city()).isEqualTo("Pune");
        assertThat(report.value.confidence()).isEqualTo(0.55);
        assertThat(reports.isEmpty()).isTrue();
    }

    @Test
    void shouldDispatchALocatedReportAtOrAboveTheReviewThreshold() {
        verdicts.put("x-21", new Understanding(true, 0.6, "Hippo", null, SHARMA, "Kothrud", "Pune", "absence; outlet by name"));
        verdicts.put("x-22", new Understanding(true, 0.61, "Hippo", null, SHARMA, "Kothrud", "Pune", "absence; outlet by name"));

        pipe(mention("x-21", "Hippo nahi mila Sharma General Store mein"));
        pipe(mention("x-22", "Sharma General Store has no Hippo left"));

        List<KeyValue<String, StockoutReport>> sent = reports.readKeyValuesToList();
        assertThat(sent).extracting(kv -> kv.value.mentionId()).containsExactly("x-21", "x-22");
        assertThat(sent.get(0).value.reason()).isEqualTo("absence; outlet by name");
        assertThat(needsLocation.isEmpty()).isTrue();
    }

    @Test
    void shouldTakeTheReviewThresholdFromTheCaller() {
        startWithReviewBelow(0.9);
        verdicts.put("x-23", new Understanding(true, 0.85, "Hippo", null, SHARMA, "Kothrud", "Pune", "absence; outlet by name"));

        pipe(mention("x-23", "Sharma General Store: Hippo out"));

        assertThat(needsLocation.readValue().reason()).startsWith("low confidence (0.85 < 0.90)");
        assertThat(reports.isEmpty()).isTrue();
    }

    @Test
    void shouldDispatchEveryLocatedReportWithAThresholdOfZero() {
        startWithReviewBelow(0);
        verdicts.put("x-24", new Understanding(true, 0.05, "Hippo", null, SHARMA, "Kothrud", "Pune", "absence; outlet by name"));

        pipe(mention("x-24", "Sharma General Store: Hippo out"));

        assertThat(reports.readValue().mentionId()).isEqualTo("x-24");
        assertThat(needsLocation.isEmpty()).isTrue();
    }

    private void startWithReviewBelow(double below) {
        start(mention -> verdicts.getOrDefault(mention.id(), Understanding.notAReport("Hippo", 0.9, "no absence")), new ReviewThreshold(below));
    }

    @Test
    void shouldCountMentionsBySourceReportsByRouteAndDeadLettersByOrigin() {
        verdicts.put("x-30", new Understanding(true, 0.9, "Hippo", "HIPPO-CHILLI", SHARMA, "Kothrud", "Pune", "test"));
        verdicts.put("x-31", new Understanding(true, 0.7, "Hippo", null, null, "Kothrud", "Pune", "test"));

        pipe(mention("x-30", "no Hippo chilli at Sharma General Store"));
        pipe(mention("x-31", "no Hippo anywhere in Kothrud"));
        pipe(mention("x-32", "watched a hippo yawn at the zoo"));
        mentions.pipeInput("x-33", new byte[] {(byte) 0xff, 0x00});

        assertThat(meters.get(StreamMeters.MENTIONS).tag("source", "x").counter().count()).isEqualTo(3);
        assertThat(meters.get(StreamMeters.REPORTS).tag("route", "located").counter().count()).isEqualTo(1);
        assertThat(meters.get(StreamMeters.REPORTS).tag("route", "needs_location").counter().count()).isEqualTo(1);
        assertThat(meters.get(DeadLetterMeter.NAME).tag("origin", Topics.MENTIONS.name()).counter().count()).isEqualTo(1);
    }

    @Test
    void shouldDropAMentionThatIsNotAReport() {
        pipe(mention("x-3", "watched a hippo yawn at the zoo"));

        assertThat(reports.isEmpty()).isTrue();
        assertThat(needsLocation.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordWithTheReasonAndGoOn() {
        verdicts.put("x-5", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));

        mentions.pipeInput("x-4", "{\"id\": \"x-4\", \"source\": \"fax\"".getBytes(StandardCharsets.UTF_8));
        mentions.pipeInput("x-4b", new byte[] {(byte) 0xff, 0x00});
        pipe(mention("x-5", "no Hippo at Sharma General Store"));

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).origin()).isEqualTo(Topics.MENTIONS.name());
        assertThat(letters.get(0).key()).isEqualTo("x-4");
        assertThat(letters.get(0).payload()).startsWith("{\"id\": \"x-4\"");
        assertThat(letters.get(0).reason()).startsWith("cannot decode Mention");
        assertThat(letters.get(0).failedAt()).isEqualTo(NOW);
        assertThat(letters.get(1).payloadBase64()).isEqualTo("/wA=");
        assertThat(reports.readValue().mentionId()).isEqualTo("x-5");
    }

    @Test
    void shouldDeadLetterAMentionCarryingNulCharactersWithTheReasonAndGoOn() {
        verdicts.put("x-4n", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));
        verdicts.put("x-5n", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));

        pipe(mention("x-4n", "no Hippo at Sharma General Store\u0000\u0000"));
        pipe(mention("x-5n", "no Hippo at Sharma General Store"));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.key()).isEqualTo("x-4n");
        assertThat(letter.reason()).contains("text").contains("U+0000");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(reports.readValuesToList()).extracting(StockoutReport::mentionId).containsExactly("x-5n");
    }

    @Test
    void shouldDeadLetterAMentionTheStageFailsOnAndGoOn() {
        verdicts.put("x-7", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));

        pipe(mention("x-6", "this will explode the stage"));
        pipe(mention("x-7", "no Hippo at Sharma General Store"));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).contains("understanding failed").contains("stage bug on x-6");
        assertThat(letter.payload()).contains("\"id\":\"x-6\"");
        assertThat(reports.readValue().mentionId()).isEqualTo("x-7");
    }

    @Test
    void shouldPassAMentionDeliveredTwiceOnlyOnce() {
        verdicts.put("x-8", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));

        pipe(mention("x-8", "no Hippo at Sharma General Store"));
        pipe(mention("x-8", "no Hippo at Sharma General Store"));

        assertThat(reports.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldLetAMentionIdThroughAgainOnceItsRetentionHasPassed() {
        verdicts.put("x-9", new Understanding(true, 0.9, "Hippo", null, SHARMA, "Kothrud", "Pune", "test"));
        Instant first = Instant.parse("2026-10-01T00:00:00Z");

        mentions.pipeInput("x-9", encode(mention("x-9", "no Hippo")), first);
        mentions.pipeInput("x-other", encode(mention("x-other", "later")), first.plus(Duration.ofDays(8)));
        mentions.pipeInput("x-9", encode(mention("x-9", "no Hippo")), first.plus(Duration.ofDays(8)));

        assertThat(reports.readValuesToList()).hasSize(2);
    }

    @Test
    void shouldMatchOutletsThatArriveOnTheOutletsTopicAndForgetDeletedOnes() {
        Catalog catalog = Catalog.parse("""
                {"brands": [{"brand": "Hippo", "aliases": ["hippo"], "products": []}]}""");
        start(new UnderstandingStage(catalog, outlets));

        outletsTopic.pipeInput(SHARMA.outletId(), SHARMA);
        pipe(mention("x-10", "can't find Hippo at Sharma General Store, Kothrud :("));
        outletsTopic.pipeInput(SHARMA.outletId(), null);
        pipe(mention("x-11", "can't find Hippo at Sharma General Store, Kothrud :("));

        List<KeyValue<String, StockoutReport>> located = reports.readKeyValuesToList();
        assertThat(located).hasSize(1);
        assertThat(located.get(0).key).isEqualTo("PUN-0042");
        assertThat(located.get(0).value.mentionId()).isEqualTo("x-10");
        assertThat(needsLocation.readValue().mentionId()).isEqualTo("x-11");
    }

    private void pipe(Mention mention) {
        mentions.pipeInput(mention.id(), encode(mention));
    }

    private static byte[] encode(Mention mention) {
        return Topics.MENTIONS.valueSerde().serializer().serialize(Topics.MENTIONS.name(), mention);
    }

    private static Mention mention(String id, String text) {
        return new Mention(id, Source.X, Instant.parse("2026-10-02T09:14:00Z"),
                new Author("u-88", "priya_k", "Priya", "Pune, India", 212), text, "en", null, false);
    }

    private <K, V> TestInputTopic<K, V> input(Topic<K, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }
}
