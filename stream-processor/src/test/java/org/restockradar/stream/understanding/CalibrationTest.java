package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CalibrationTest {
    private static final double NEAR = IntentReader.NEAR_SPELLING_CONFIDENCE;

    private static List<Calibration.Observation> observations(double raw, int right, int wrong) {
        List<Calibration.Observation> out = new ArrayList<>();
        for (int i = 0; i < right; i++) {
            out.add(new Calibration.Observation(raw, true));
        }
        for (int i = 0; i < wrong; i++) {
            out.add(new Calibration.Observation(raw, false));
        }
        return out;
    }

    @Test
    void shouldMapEachRawConfidenceToTheSmoothedShareOfRightReports() {
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.7, 6, 4));
        seen.addAll(observations(0.9, 18, 0));

        Calibration c = Calibration.fit(seen);

        assertThat(c.apply(0.7)).isCloseTo(7.0 / 12, within(1e-9));
        assertThat(c.apply(0.9)).isCloseTo(19.0 / 20, within(1e-9));
        assertThat(c.apply(0.5)).isCloseTo(7.0 / 12, within(1e-9));
        assertThat(c.apply(1.0)).isCloseTo(19.0 / 20, within(1e-9));
    }

    @Test
    void shouldReadARawConfidenceBetweenTwoBinsOnTheLineBetweenThem() {
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.5, 0, 10));
        seen.addAll(observations(0.9, 10, 0));

        Calibration c = Calibration.fit(seen);

        // 0.5 -> 1/12, 0.9 -> 11/12: 0.6 is a quarter of the way, not lifted to the upper bin
        assertThat(c.apply(0.6)).isCloseTo(1.0 / 12 + 0.25 * 10 / 12, within(1e-9));
        assertThat(c.apply(0.7)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldPoolABinOfTooFewReportsIntoTheBinAboveIt() {
        // one wrong report at a raw confidence of its own would pull 0.7 down the line from 0.65 to 0.75
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.65, 0, 1));
        seen.addAll(observations(0.75, 37, 19));
        seen.addAll(observations(0.9, 190, 4));

        Calibration c = Calibration.fit(seen);

        assertThat(c.bins()).extracting(Calibration.Bin::reports).containsExactly(57, 194);
        assertThat(c.apply(0.7)).isEqualTo(c.apply(0.75)).isCloseTo(38.0 / 59, within(1e-9));
    }

    @Test
    void shouldPoolATooSmallLastBinIntoTheOneBelow() {
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.8, 30, 10));
        seen.addAll(observations(0.95, 3, 0));

        Calibration c = Calibration.fit(seen);

        assertThat(c.bins()).hasSize(1);
        assertThat(c.bins().get(0).rawUpTo()).isEqualTo(0.95);
        assertThat(c.bins().get(0).reports()).isEqualTo(43);
    }

    @Test
    void shouldNeitherFitNorLiftAReportHeldForReview() {
        // held reports that were often right (true reports with a misspelt brand) must stay below a review threshold
        List<Calibration.Observation> seen = new ArrayList<>(observations(NEAR, 8, 2));
        seen.addAll(observations(ReportModel.DOUBTED_CONFIDENCE, 7, 3));
        seen.addAll(observations(0.8, 6, 4));
        seen.addAll(observations(0.9, 18, 0));

        Calibration c = Calibration.fit(seen);

        assertThat(c.apply(NEAR)).isEqualTo(NEAR);
        assertThat(c.apply(ReportModel.DOUBTED_CONFIDENCE)).isEqualTo(ReportModel.DOUBTED_CONFIDENCE);
        assertThat(c.bins().stream().mapToInt(Calibration.Bin::reports).sum()).isEqualTo(28);
        assertThat(c.apply(0.8)).isCloseTo(7.0 / 12, within(1e-9));
    }

    @Test
    void shouldBeTheIdentityWhenOnlyHeldReportsWereSeen() {
        assertThat(Calibration.fit(observations(NEAR, 5, 5))).isSameAs(Calibration.IDENTITY);
    }

    @Test
    void shouldPoolARawConfidenceThatWasRightLessOftenThanALowerOne() {
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.75, 9, 1));
        seen.addAll(observations(0.85, 5, 5));
        seen.addAll(observations(0.9, 30, 1));

        Calibration c = Calibration.fit(seen);

        assertThat(c.bins()).hasSize(2);
        assertThat(c.apply(0.75)).isEqualTo(c.apply(0.85)).isCloseTo(15.0 / 22, within(1e-9));
        assertThat(c.apply(0.9)).isGreaterThan(c.apply(0.85));
    }

    @Test
    void shouldLeaveConfidenceAsItIsWithoutBins() {
        assertThat(Calibration.fit(List.of())).isSameAs(Calibration.IDENTITY);
        assertThat(Calibration.IDENTITY.apply(0.83)).isEqualTo(0.83);
    }

    @Test
    void shouldCalibrateReportsOnlyAndKeepEverythingElseOfTheUnderstanding() {
        Calibration c = Calibration.fit(observations(0.9, 3, 1));
        Understanding report = new Understanding(true, 0.9, "Zorbo", "ZORBO-1L", null, "Gangapur", "Nashik", "absence",
                Evidence.ofPlace("locality"));
        Understanding notReport = Understanding.notAReport("Zorbo", 0.9, "praise");

        Understanding calibrated = c.apply(report);

        assertThat(calibrated.confidence()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(calibrated.withConfidence(0.9)).isEqualTo(report);
        assertThat(c.apply(notReport)).isSameAs(notReport);
    }

    @Test
    void shouldReadBackWhatItWrites() throws IOException {
        List<Calibration.Observation> seen = new ArrayList<>(observations(0.65, 2, 2));
        seen.addAll(observations(0.9, 40, 2));
        Calibration c = Calibration.fit(seen);
        StringWriter text = new StringWriter();

        c.write(text, List.of("test"));
        Calibration back = Calibration.read(new StringReader(text.toString()));

        assertThat(text.toString()).startsWith("# test\n");
        assertThat(back.bins()).hasSameSizeAs(c.bins());
        assertThat(back.apply(0.9)).isCloseTo(c.apply(0.9), within(1e-4));
        assertThat(back.apply(0.65)).isCloseTo(c.apply(0.65), within(1e-4));
    }

    @Test
    void shouldRejectBinsThatFallInCalibratedConfidence() {
        assertThatThrownBy(() -> Calibration.read(new StringReader("0.7\t0.9\t10\t9\n0.9\t0.5\t10\t5\n")))
                .hasMessageContaining("must not fall");
    }
}
