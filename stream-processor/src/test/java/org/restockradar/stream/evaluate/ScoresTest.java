package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScoresTest {
    private static Label l(String id, boolean so, String sku, String outlet, String city) {
        return new Label(id, so, sku, outlet, city, null);
    }

    @Test
    void shouldComputePrecisionRecallAndF1() {
        Map<String, Label> truth = Map.of("1", l("1", true, null, null, null), "2", l("2", true, null, null, null),
                "3", l("3", false, null, null, null), "4", l("4", false, null, null, null));
        List<Label> predicted = List.of(l("1", true, null, null, null), l("2", false, null, null, null),
                l("3", true, null, null, null), l("4", false, null, null, null));
        Scores s = Scores.of(truth, predicted);
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.5);
    }

    @Test
    void shouldScoreAccuraciesOnlyOverLabelsThatHaveAValue() {
        Map<String, Label> truth = Map.of(
                "1", l("1", true, "SKU-A", "O-1", "Pune"),
                "2", l("2", true, null, null, "Delhi"),
                "3", l("3", true, "SKU-B", "O-2", null));
        List<Label> predicted = List.of(
                l("1", true, "SKU-A", "O-1", "pune"),
                l("2", true, "SKU-X", null, null),
                l("3", true, null, "O-3", "Agra"));
        Scores s = Scores.of(truth, predicted);
        assertThat(s.outletLabels()).isEqualTo(2);
        assertThat(s.outletAccuracy()).isEqualTo(0.5);
        assertThat(s.cityLabels()).isEqualTo(2);
        assertThat(s.cityAccuracy()).isEqualTo(0.5);
        assertThat(s.skuLabels()).isEqualTo(2);
        assertThat(s.skuAccuracy()).isEqualTo(0.5);
    }

    @Test
    void shouldCountFalseDispatchOnlyForReportsWithAnOutlet() {
        Map<String, Label> truth = Map.of("1", l("1", false, null, null, null), "2", l("2", false, null, null, null),
                "3", l("3", false, null, null, null));
        List<Label> predicted = List.of(l("1", true, null, "O-1", "Pune"), l("2", true, null, null, "Pune"),
                l("3", false, null, null, null));
        Scores s = Scores.of(truth, predicted);
        assertThat(s.falseDispatches()).isEqualTo(1);
        assertThat(s.falseDispatchRate()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void shouldReportNotApplicableForRatiosOverNothing() {
        Scores s = Scores.of(Map.of(), List.of());
        assertThat(s.f1()).isNaN();
        assertThat(s.report()).contains("stock-out F1        n/a");
    }

    @Test
    void shouldCountPredictionsWithoutLabel() {
        Scores s = Scores.of(Map.of(), List.of(l("9", true, null, null, null)));
        assertThat(s.unlabelled()).isEqualTo(1);
        assertThat(s.report()).contains("unlabelled mentions 1");
    }

    private static Label tagged(String id, boolean so, String outlet, String category, String lang, String base) {
        return new Label(id, so, null, outlet, null, null, category, lang, base);
    }

    @Test
    void shouldCountStockoutAccuracyOverReportsAndNonReportsAlike() {
        Map<String, Label> truth = Map.of("1", l("1", true, null, null, null), "2", l("2", false, null, null, null),
                "3", l("3", false, null, null, null), "4", l("4", true, null, null, null));
        List<Label> predicted = List.of(l("1", true, null, null, null), l("2", false, null, null, null),
                l("3", true, null, null, null), l("4", true, null, null, null));
        Scores s = Scores.of(truth, predicted);
        assertThat(s.stockoutCorrect()).isEqualTo(3);
        assertThat(s.stockoutAccuracy()).isEqualTo(0.75);
        assertThat(s.report()).contains("stock-out accuracy  0.750  (3/4)");
    }

    @Test
    void shouldBreakScoresDownByCategoryWithUnmarkedLabelsApart() {
        Map<String, Label> truth = Map.of(
                "1", tagged("1", false, null, "negation", "en", null),
                "2", tagged("2", false, null, "negation", "hi", null),
                "3", tagged("3", true, "O-1", "compact", "en", null),
                "4", tagged("4", true, "O-2", null, null, null));
        List<Label> predicted = List.of(l("1", true, null, "O-9", null), l("2", false, null, null, null),
                l("3", true, null, "O-1", null), l("4", false, null, null, null));

        Map<String, Scores> byCategory = Breakdown.by(Label::category, truth, predicted);

        assertThat(byCategory).containsOnlyKeys("compact", "negation", Breakdown.NONE);
        assertThat(byCategory.get("negation").stockoutAccuracy()).isEqualTo(0.5);
        assertThat(byCategory.get("negation").falseDispatches()).isEqualTo(1);
        assertThat(byCategory.get("compact").outletAccuracy()).isEqualTo(1.0);
        assertThat(byCategory.get(Breakdown.NONE).recall()).isEqualTo(0.0);
        assertThat(Breakdown.table("category", byCategory)).contains("by category", "negation", "1/2");
    }

    @Test
    void shouldNotBreakDownByAFieldNoLabelCarries() {
        Map<String, Label> truth = Map.of("1", l("1", true, null, null, null));
        assertThat(Breakdown.by(Label::lang, truth, List.of(l("1", true, null, null, null)))).isEmpty();
    }

    @Test
    void shouldCallABaseConsistentOnlyWhenTheOriginalAndEveryEditAreRight() {
        Map<String, Label> truth = Map.of(
                "b1", tagged("b1", true, null, null, null, null),
                "b1-neg", tagged("b1-neg", false, null, "negation", null, "b1"),
                "b1-past", tagged("b1-past", false, null, "past", null, "b1"),
                "b2", tagged("b2", true, null, null, null, null),
                "b2-neg", tagged("b2-neg", false, null, "negation", null, "b2"),
                "b3-spelling", tagged("b3-spelling", true, null, "spelling", null, "b3"));
        List<Label> predicted = List.of(
                l("b1", true, null, null, null), l("b1-neg", false, null, null, null), l("b1-past", false, null, null, null),
                l("b2", false, null, null, null), l("b2-neg", false, null, null, null),
                l("b3-spelling", true, null, null, null));

        ContrastScores c = ContrastScores.of(truth, predicted, Prediction::decisionRight);

        assertThat(c.mentions()).isEqualTo(6);
        assertThat(c.right()).isEqualTo(5);
        assertThat(c.edits()).isEqualTo(4);
        assertThat(c.editsRight()).isEqualTo(4);
        // b2's edit is right but b2 itself is not; b3's original is not in the set, its one edit is right
        assertThat(c.bases()).isEqualTo(3);
        assertThat(c.consistent()).isEqualTo(2);
        assertThat(c.report("decision")).contains("contrast consistency      0.667  (2/3");
    }

    @Test
    void shouldNotCountABaseThatNamesItselfAsAnEdit() {
        Map<String, Label> truth = Map.of(
                "c1", tagged("c1", true, null, "base", null, "c1"),
                "c1-a", tagged("c1-a", false, null, "flip", null, "c1"));
        List<Label> predicted = List.of(l("c1", false, null, null, null), l("c1-a", false, null, null, null));

        ContrastScores c = ContrastScores.of(truth, predicted, Prediction::decisionRight);

        assertThat(c.edits()).isEqualTo(1);
        assertThat(c.editsRight()).isEqualTo(1);
        assertThat(c.bases()).isEqualTo(1);
        assertThat(c.consistent()).isZero();
    }

    @Test
    void shouldJudgeAllFieldsOfALabelledReportForTheStrictContrastScore() {
        Label truth = new Label("1", true, "SKU-A", "O-1", "Pune", null);
        assertThat(Prediction.allRight(truth, new Label("1", true, "SKU-A", "O-1", "pune", "Kothrud"))).isTrue();
        assertThat(Prediction.allRight(truth, new Label("1", true, "SKU-B", "O-1", "Pune", null))).isFalse();
        assertThat(Prediction.decisionRight(truth, new Label("1", true, "SKU-B", "O-2", null, null))).isTrue();
    }
}
