package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;
import org.restockradar.stream.understanding.Understanding;

final class TradeoffTest {
    private static final Outlet KIRANA = new Outlet("NSK-0007", "Laxmi Kirana", "College Road", "Gangapur", "Nashik",
            "Maharashtra", "India", new GeoPoint(20.0059, 73.7630));

    private static Prediction located(String id, double confidence) {
        Understanding u = new Understanding(true, confidence, "Zorbo", null, KIRANA, "Gangapur", "Nashik", "test");
        return new Prediction(mention(id), new Label(id, true, null, KIRANA.outletId(), "Nashik", "Gangapur"), u, confidence);
    }

    private static Prediction notAReport(String id) {
        return new Prediction(mention(id), new Label(id, false, null, null, null, null),
                Understanding.notAReport("Zorbo", 0.9, "test"), 0.9);
    }

    private static Mention mention(String id) {
        return new Mention(id, Source.X, Instant.parse("2026-11-30T08:00:00Z"), new Author("u-1", "meera", "Meera", null, 10),
                "Zorbo khatam at Laxmi Kirana", "hi", null, false);
    }

    private static final Map<String, Label> TRUTH = Map.of(
            "r1", new Label("r1", true, null, "NSK-0007", "Nashik", "Gangapur"),
            "r2", new Label("r2", true, null, "NSK-0007", "Nashik", "Gangapur"),
            "n1", new Label("n1", false, null, null, null, null),
            "n2", new Label("n2", false, null, null, null, null));

    private static final List<Prediction> PREDICTED = List.of(located("r1", 0.92), located("r2", 0.62), located("n1", 0.57),
            notAReport("n2"));

    @Test
    void shouldTradeFalseDispatchesForRecallAsTheThresholdRises() {
        List<Tradeoff.Row> rows = Tradeoff.thresholds(TRUTH, PREDICTED);

        assertThat(rows).extracting(Tradeoff.Row::hundredths).containsExactly(50, 55, 60, 65, 70, 75, 80, 85, 90, 95);
        Tradeoff.Row at50 = rows.get(0);
        assertThat(at50.toReview()).isZero();
        assertThat(at50.dispatchedRight()).isEqualTo(2);
        assertThat(at50.falseDispatches()).isEqualTo(1);
        Tradeoff.Row at60 = rows.get(2);
        assertThat(at60.toReview()).isEqualTo(1);
        assertThat(at60.reviewShare()).isEqualTo(1.0 / 3);
        assertThat(at60.falseDispatchRate()).isZero();
        assertThat(at60.dispatchRecall()).isEqualTo(1.0);
        Tradeoff.Row at65 = rows.get(3);
        assertThat(at65.dispatchRecall()).isEqualTo(0.5);
        assertThat(rows.get(9).toReview()).isEqualTo(3);
        assertThat(Tradeoff.thresholdTable(rows)).contains("0.60      0.333 (1/3)", "1.000 (2/2)", "0.000 (0/2)");
    }

    @Test
    void shouldNotReviewAReportWhoseConfidenceIsExactlyTheThreshold() {
        List<Tradeoff.Row> rows = Tradeoff.thresholds(TRUTH, List.of(located("r1", 0.6)));
        assertThat(rows.get(2).toReview()).isZero();
        assertThat(rows.get(3).toReview()).isEqualTo(1);
    }

    @Test
    void shouldBinReportsByConfidenceAndGiveTheShareThatWasRight() {
        List<Tradeoff.Bin> bins = Tradeoff.reliability(TRUTH, PREDICTED);

        assertThat(bins).hasSize(6);
        assertThat(bins.get(1).reports()).isEqualTo(1);   // 0.57, not a report
        assertThat(bins.get(1).precision()).isZero();
        assertThat(bins.get(2).reports()).isEqualTo(1);   // 0.62
        assertThat(bins.get(2).precision()).isEqualTo(1.0);
        assertThat(bins.get(5).reports()).isEqualTo(1);   // 0.92
        assertThat(bins.get(0).precision()).isNaN();
        assertThat(Tradeoff.reliabilityTable(bins)).contains("[0.90, 1.00]");
    }
}
