package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.stream.evaluate.ReportModelTrainer;
import org.restockradar.stream.evaluate.TrainingExample;

final class ReportModelTest {
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Quokka Bites", "aliases": ["quokka bites", "quokka", "#quokkabites"],
               "products": [{"sku": "QB-PERI", "name": "Quokka Bites Peri Peri", "aliases": ["quokka peri peri"]}]},
              {"brand": "Lumo", "aliases": ["lumo", "lumo soda"],
               "products": [{"sku": "LUMO-300", "name": "Lumo Soda 300 ml", "aliases": ["lumo 300"]}]}
            ]}""");
    private static final ReportFeatures WORDS_ONLY = new ReportFeatures(1 << 12, 2, 4, false);

    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        stage = new UnderstandingStage(CATALOG, new OutletDirectory());
    }

    private static Mention mention(String text) {
        return new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-01T10:00:00Z"),
                new Author("u-7", "someone", "Some One", null, 10), text, null, null, false);
    }

    private static UnderstandingStage.Reading read(String text) {
        UnderstandingStage.Reading reading = stage.reading(mention(text));
        assertThat(reading.decided()).as("the intent rules read %s", text).isNull();
        return reading;
    }

    private static IntentReader.Intent intent(UnderstandingStage.Reading r) {
        return IntentReader.read(r.tokens(), r.brandHits());
    }

    private static Map<Integer, Double> features(ReportFeatures features, String text) {
        UnderstandingStage.Reading r = read(text);
        Map<Integer, Double> out = new TreeMap<>();
        features.emit(r.tokens(), r.hits(), intent(r), (bucket, value) -> out.merge(bucket, value, Double::sum));
        return out;
    }

    @Test
    void shouldReplaceEveryBrandOrProductMentionByOnePlaceholder() {
        ReportFeatures features = new ReportFeatures(1 << 16, 2, 4, true);
        // a brand of two words, a one-word brand and a product: the model sees the same post
        assertThat(features(features, "no quokka bites at the corner shop today"))
                .isEqualTo(features(features, "no lumo at the corner shop today"))
                .isEqualTo(features(features, "no quokka peri peri at the corner shop today"))
                .isNotEqualTo(features(features, "no lumo at the corner kiosk today"));
    }

    @Test
    void shouldGiveAProbabilityBetweenZeroAndOne() throws Exception {
        ReportModel shipped = ReportModel.fromClassPath();
        float[] huge = new float[WORDS_ONLY.buckets()];
        java.util.Arrays.fill(huge, 1e6f);
        ReportModel extreme = new ReportModel(WORDS_ONLY, huge, 1e6);
        for (String text : List.of("lumo khatam ho gaya dukaan pe", "I love quokka bites with tea",
                "is lumo available anywhere?", "walang Quokka sa tindahan")) {
            UnderstandingStage.Reading r = read(text);
            for (ReportModel model : List.of(shipped, extreme)) {
                assertThat(model.probability(r, intent(r))).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void shouldSeparateTheClassesOfATinyInventedSet() {
        List<String> reports = List.of("lumo nowhere in the shop since monday", "shop has run dry of quokka bites",
                "nowhere a single lumo this week", "quokka bites run dry at every shop", "lumo run dry, nowhere to buy",
                "nowhere near me a quokka bites packet");
        List<String> others = List.of("lumo tastes great with lunch", "quokka bites make a great snack",
                "great deal on lumo at the mall", "tastes like a great quokka bites evening", "lunch and lumo, great",
                "a great snack, quokka bites");
        List<TrainingExample> examples = new ArrayList<>();
        for (String text : reports) {
            UnderstandingStage.Reading r = read(text);
            examples.add(new TrainingExample("tiny", text, "en", true, r, intent(r), false, false));
        }
        for (String text : others) {
            UnderstandingStage.Reading r = read(text);
            examples.add(new TrainingExample("tiny", text, "en", false, r, intent(r), false, false));
        }
        ReportModel model = new ReportModelTrainer(WORDS_ONLY, 10).train(examples);
        for (TrainingExample e : examples) {
            double p = model.probability(e.reading(), e.intent());
            assertThat(p).as("p(%s)", e.id()).isGreaterThan(e.truth() ? 0.5 : 0).isLessThan(e.truth() ? 1 : 0.5);
        }
    }

    @Test
    void shouldReadBackTheWeightsItWrites() throws Exception {
        float[] weights = new float[WORDS_ONLY.buckets()];
        weights[3] = 0.25f;
        weights[4000] = -1.5f;
        ReportModel model = new ReportModel(WORDS_ONLY, weights, -0.75);
        StringWriter file = new StringWriter();
        model.write(file, "a test model");
        ReportModel again = ReportModel.read(new StringReader(file.toString()), "test");
        UnderstandingStage.Reading r = read("lumo nowhere in the shop");
        assertThat(again.features()).isEqualTo(WORDS_ONLY);
        assertThat(again.probability(r, intent(r))).isEqualTo(model.probability(r, intent(r)));
    }

    @Test
    void shouldRejectAMalformedWeightsFileWithTheLineAndTheReason() {
        String header = "format\t1\nbuckets\t4096\nchar-ngrams\t2\t4\nbias\t0.1\n";
        assertThatThrownBy(() -> ReportModel.read(new StringReader(header + "12\t0.5\n13\tzero point one\n"), "weights.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights.tsv line 6").hasMessageContaining("zero point one");
        assertThatThrownBy(() -> ReportModel.read(new StringReader(header + "4096\t0.5\n"), "weights.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 5").hasMessageContaining("outside 0..4095");
        assertThatThrownBy(() -> ReportModel.read(new StringReader("buckets\t4096\n12\t0.5\n"), "weights.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the header");
        assertThatThrownBy(() -> ReportModel.read(new StringReader("format\t1\nbuckets\t1000\nchar-ngrams\t2\t4\nbias\t0\n1\t1\n"), "weights.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power of two");
        assertThatThrownBy(() -> ReportModel.read(new StringReader("hello\n"), "weights.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights.tsv");
    }

    private static final ReportFeatures RELATIONAL = new ReportFeatures(1 << 16, 2, 4, true, true);

    /** The relational features alone: those of the full set minus those of the set without them. */
    private static Map<Integer, Double> relations(String text) {
        Map<Integer, Double> all = features(RELATIONAL, text);
        features(new ReportFeatures(1 << 16, 2, 4, true), text).forEach((bucket, value) -> all.merge(bucket, -value, Double::sum));
        all.values().removeIf(v -> Math.abs(v) < 1e-9);
        return all;
    }

    @Test
    void shouldTellANearSpellingOfTheBrandFromItsExactName() {
        assertThat(relations("quokka out of stock at the corner shop"))
                .isNotEqualTo(relations("quoka out of stock at the corner shop"));
    }

    @Test
    void shouldTellWhereATimeWordStandsAgainstTheBrand() {
        // the same words, the time word before the brand or after it
        assertThat(relations("yesterday lumo was gone from the shop"))
                .isNotEqualTo(relations("lumo was gone from the shop yesterday"));
    }

    @Test
    void shouldReadBackTheRelationalSetting() throws Exception {
        ReportModel model = new ReportModel(RELATIONAL, new float[RELATIONAL.buckets()], 0.5);
        StringWriter file = new StringWriter();
        model.write(file, "a test model");
        assertThat(ReportModel.read(new StringReader(file.toString()), "test").features()).isEqualTo(RELATIONAL);
        // a file of before session 12 has no relational line: it reads without them
        String old = "format\t1\nbuckets\t4096\nchar-ngrams\t2\t4\nrule-features\ttrue\nbias\t0.1\n";
        assertThat(ReportModel.read(new StringReader(old), "old.tsv").features().relational()).isFalse();
    }

    /** How the stage is to call the model: after the intent rules, on the same reading. */
    @Test
    void shouldHoldForReviewARulesReportTheModelDoubtsAndLeaveTheRestAlone() {
        ReportModel model = ReportModel.fromClassPath();
        UnderstandingStage.Reading reading = stage.reading(mention("Lumo out of stock at the corner shop again"));
        IntentReader.Intent intent = IntentReader.read(reading.tokens(), reading.brandHits());
        IntentReader.Intent combined = ReportModel.combine(intent, model.probability(reading, intent));
        assertThat(intent.stockout()).isTrue();
        assertThat(combined.stockout()).isTrue();

        IntentReader.Intent report = new IntentReader.Intent(true, 0.9, "absence of the brand", 2);
        IntentReader.Intent doubted = ReportModel.combine(report, 0.05);
        assertThat(doubted.stockout()).isTrue();
        assertThat(doubted.confidence()).isLessThanOrEqualTo(ReportModel.DOUBTED_CONFIDENCE);
        assertThat(doubted.reason()).contains("doubted by the report model");
        assertThat(ReportModel.combine(report, 0.6)).isEqualTo(report);
        IntentReader.Intent none = new IntentReader.Intent(false, 0.8, "found or back in stock", -1);
        assertThat(ReportModel.combine(none, 0.99)).isEqualTo(none);
    }
}
