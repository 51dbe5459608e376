package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Assamese words in Latin letters: its own letters for r and w read as the Bengali ones (session 15). */
final class LatinAssameseTest {

    @Test
    void shouldWriteTheAssameseRaWithItsVowelSignAsBengaliRa() {
        assertThat(Latin.of("ৰোড")).isEqualTo(Latin.of("রোড")); // road
        assertThat(Latin.of("ৰাম")).isEqualTo(Latin.of("রাম"));
        assertThat(Latin.of("বজাৰ")).isEqualTo(Latin.of("বজার")); // bazaar
    }

    @Test
    void shouldWriteTheAssameseWaAsBengaliBa() {
        assertThat(Latin.of("ৱাৰ্ড")).isEqualTo(Latin.of("বার্ড")); // ward
    }
}
