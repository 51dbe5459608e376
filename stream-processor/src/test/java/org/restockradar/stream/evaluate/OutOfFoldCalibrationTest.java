package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.stream.understanding.Calibration;

final class OutOfFoldCalibrationTest {

    private static List<Calibration.Observation> reports(double raw, int right, int wrong) {
        List<Calibration.Observation> out = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            out.add(new Calibration.Observation(raw, i < right));
        }
        return out;
    }

    @Test
    void shouldScoreEachSetWithACalibrationFittedWithoutIt() {
        Map<String, List<Calibration.Observation>> bySet = new LinkedHashMap<>();
        bySet.put("tuned", reports(0.9, 98, 0));
        bySet.put("new", reports(0.9, 48, 48));

        Map<String, List<Tradeoff.Bin>[]> tables = OutOfFoldCalibration.leaveOneSetOut(bySet, Calibration.IDENTITY);

        // the new set, calibrated on the tuned one alone, is told 0.99 and is right half the time
        Tradeoff.Bin newAfter = tables.get("new")[1].get(tables.get("new")[1].size() - 1);
        assertThat(newAfter.reports()).isEqualTo(96);
        assertThat(newAfter.meanConfidence()).isCloseTo(0.99, within(0.01));
        Tradeoff.Bin tunedAfter = tables.get("tuned")[1].get(1);
        assertThat(tunedAfter.fromHundredths()).isEqualTo(50);
        assertThat(tunedAfter.meanConfidence()).isCloseTo(0.5, within(0.01));
        assertThat(tables).containsKeys("tuned", "new", "pooled");
    }

    @Test
    void shouldFitThePooledReportsOfEverySet() {
        Map<String, List<Calibration.Observation>> bySet = new LinkedHashMap<>();
        bySet.put("tuned", reports(0.9, 98, 0));
        bySet.put("new", reports(0.9, 48, 48));

        Calibration fitted = OutOfFoldCalibration.fit(bySet);

        assertThat(fitted.apply(0.9)).isCloseTo(147.0 / 196, within(1e-9));
    }

    @Test
    void shouldMeasureTheExpectedCalibrationErrorOverReports() {
        List<Tradeoff.Bin> bins = List.of(new Tradeoff.Bin(50, 60, 10, 5, 0.55), new Tradeoff.Bin(90, 100, 30, 27, 0.95));

        assertThat(OutOfFoldCalibration.expectedError(bins)).isCloseTo((10 * 0.05 + 30 * 0.05) / 40, within(1e-9));
    }
}
