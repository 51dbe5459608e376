package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IntentReaderTest {

    @Test
    void shouldStartAClauseAfterACommaBetweenWords() {
        IntentReader.Tokens t = IntentReader.cut("got chips at ram stores, no hippo at sai mart");
        assertThat(t.tokens()).containsExactly("got", "chips", "at", "ram", "stores", "no", "hippo", "at", "sai", "mart");
        assertThat(t.clause()).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    }

    @Test
    void shouldIgnoreCommasWithoutWordsOnBothSides() {
        assertThat(IntentReader.cut(", no hippo,, at sai mart,").clause()).containsExactly(0, 0, 1, 1, 1);
        assertThat(IntentReader.cut("no hippo ,").clause()).containsExactly(0, 0);
    }

    @Test
    void shouldNumberClausesAcrossSentences() {
        IntentReader.Tokens t = IntentReader.cut("found it. sai mart, pune");
        assertThat(t.sentence()).containsExactly(0, 0, 1, 1, 1);
        assertThat(t.clause()).containsExactly(0, 0, 1, 1, 2);
    }
}
