package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class StringsTest {

    @Test
    void shouldReadBlankAsAbsent() {
        assertThat(Strings.blankToNull(null)).isNull();
        assertThat(Strings.blankToNull(" \t")).isNull();
        assertThat(Strings.trimToNull("  ")).isNull();
    }

    @Test
    void shouldKeepTextAsItIsUnlessAskedToTrim() {
        assertThat(Strings.blankToNull(" Pune ")).isEqualTo(" Pune ");
        assertThat(Strings.trimToNull(" Pune ")).isEqualTo("Pune");
    }
}
