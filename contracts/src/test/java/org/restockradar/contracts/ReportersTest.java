package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ReportersTest {

    @Test
    void shouldGiveOneIdForOneNumberHoweverItIsWritten() {
        assertThat(Reporters.phoneId("+91 98123-45678"))
                .isEqualTo(Reporters.phoneId("919812345678"))
                .isEqualTo(Reporters.phoneId("(+91) 98123 45678"));
    }

    @Test
    void shouldKeepTwentyHexDigitsOfTheSha256OfTheDigits() {
        // sha256("919812345678") starts with these 20 hex digits (printf 919812345678 | sha256sum)
        assertThat(Reporters.phoneId("+919812345678")).isEqualTo("phone-a5f2bd9ec98f32171407");
    }

    @Test
    void shouldTellTwoNumbersApart() {
        assertThat(Reporters.phoneId("+919812345678")).isNotEqualTo(Reporters.phoneId("+919812345679"));
    }
}
