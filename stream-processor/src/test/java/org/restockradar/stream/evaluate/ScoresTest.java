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
}
