package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;

/** The stage reports calibrated confidence and says where the place came from. */
final class UnderstandingStageCalibrationTest {
    private static final Catalog CATALOG = new Catalog(List.of(new Catalog.Brand("Zorbo", List.of("zorbo"),
            List.of(new Catalog.Product("ZORBO-LIME", "Zorbo Lime", List.of("zorbo lime"))))));
    private static final Outlet SHOP = new Outlet("NSK-0007", "Laxmi Kirana", "College Road", "Gangapur", "Nashik",
            "Maharashtra", "India", new GeoPoint(20.0059, 73.7630));

    private static UnderstandingStage stage(Calibration calibration) {
        OutletDirectory outlets = new OutletDirectory();
        outlets.put(SHOP);
        return new UnderstandingStage(CATALOG, outlets, Gazetteer.fromClassPath(), calibration, null);
    }

    private static Mention mention(String text) {
        return new Mention("m-1", Source.X, Instant.parse("2026-11-30T08:00:00Z"), new Author("u-1", "kavya", "Kavya", null, 5),
                text, null, null, false);
    }

    @Test
    void shouldReportTheCalibratedConfidenceOfAReportAndSayTheShopNameDecidedThePlace() {
        Mention report = mention("Laxmi Kirana in Gangapur, Nashik is out of stock of Zorbo Lime");
        Understanding raw = stage(Calibration.IDENTITY).understand(report);
        Calibration halving = Calibration.of(List.of(new Calibration.Bin(1.0, 0.5, 2, 1)));

        Understanding calibrated = stage(halving).understand(report);

        assertThat(raw.stockout()).isTrue();
        assertThat(raw.outlet()).isEqualTo(SHOP);
        assertThat(calibrated.confidence()).isEqualTo(0.5);
        assertThat(calibrated.withConfidence(raw.confidence())).isEqualTo(raw);
        assertThat(calibrated.evidence().place()).startsWith("outlet by shop name");
    }

    @Test
    void shouldListThePlaceEvidenceOfAReportWithoutAnOutlet() {
        Understanding u = stage(Calibration.IDENTITY).understand(mention("no Zorbo anywhere in Gangapur, Nashik"));

        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
        assertThat(u.evidence().place()).startsWith("no single outlet").contains("locality Gangapur");
    }
}
