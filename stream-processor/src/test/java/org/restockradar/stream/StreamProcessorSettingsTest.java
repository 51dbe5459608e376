package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;

final class StreamProcessorSettingsTest {

    @Test
    void shouldDeclareTheReviewThresholdWithItsDefault() {
        Settings defaults = Settings.load(StreamProcessor.DEFAULTS, null, Map.of());
        assertThat(StreamProcessor.reviewThreshold(defaults).below()).isEqualTo(0.6);
    }

    @Test
    void shouldTakeTheReviewThresholdFromTheEnvironment() {
        Settings settings = Settings.load(StreamProcessor.DEFAULTS, null, Map.of("RR_UNDERSTANDING_REVIEW__BELOW", "0.75"));
        assertThat(StreamProcessor.reviewThreshold(settings).below()).isEqualTo(0.75);
    }

    @Test
    void shouldRejectAReviewThresholdOutsideZeroToOneNamingTheKey() {
        assertThatThrownBy(() -> StreamProcessor.reviewThreshold(Settings.of(Map.of("understanding.review-below", "60"))))
                .hasMessageContaining("understanding.review-below").hasMessageContaining("'60'");
        assertThatThrownBy(() -> StreamProcessor.reviewThreshold(Settings.of(Map.of("understanding.review-below", "high"))))
                .hasMessageContaining("must be a number");
    }
}
