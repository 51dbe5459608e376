package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;

final class GeoTest {

    @Test
    void shouldMeasureGreatCircleDistances() {
        GeoPoint pune = new GeoPoint(18.5204, 73.8567);
        GeoPoint mumbai = new GeoPoint(19.0760, 72.8777);

        assertThat(Geo.distanceKm(pune, mumbai)).isCloseTo(119.9, within(1.0));
        assertThat(Geo.distanceKm(pune, pune)).isZero();
        assertThat(Geo.distanceKm(new GeoPoint(0, 0), new GeoPoint(0, 1))).isCloseTo(111.19, within(0.01));
    }
}
