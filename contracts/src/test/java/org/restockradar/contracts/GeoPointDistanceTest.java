package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class GeoPointDistanceTest {

    @Test
    void shouldMeasureGreatCircleDistances() {
        GeoPoint pune = new GeoPoint(18.5204, 73.8567);
        GeoPoint mumbai = new GeoPoint(19.0760, 72.8777);

        assertThat(pune.distanceKm(mumbai)).isCloseTo(119.9, within(1.0));
        assertThat(mumbai.distanceKm(pune)).isEqualTo(pune.distanceKm(mumbai));
        assertThat(pune.distanceKm(pune)).isZero();
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 1))).isCloseTo(111.19, within(0.01));
    }

    @Test
    void shouldNotExceedHalfTheCircumferenceForAntipodes() {
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(0.001));
    }
}
