package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which messages ask for no more replies. */
final class OptOutWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop.", "@restockradar Stop!", "stop sending me these", "Band karo", "bandh kar do 🙏", "बंद करो",
            "Tigil", "itigil na", "ayoko na", "UNSUBSCRIBE"})
    void shouldTakeTheseAsOptOuts(String text) {
        assertThat(OptOutWords.isOptOut(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hippo chips not in stock, please stop by Sharma store", "bus stop shop has no Hippo chips at all today",
            "dukaan band hai", "thanks!", ""})
    void shouldNotTakeReportsOrThanksAsOptOuts(String text) {
        assertThat(OptOutWords.isOptOut(text)).isFalse();
    }
}
