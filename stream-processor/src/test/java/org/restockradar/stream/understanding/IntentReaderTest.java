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

    @Test
    void shouldNumberTokensAndSentencesOfALongPost() {
        // more sentences and more tokens per character than the first guess of room: "a1b2c3" is six tokens
        StringBuilder post = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            post.append("a1b2c3, d4").append(i % 2 == 0 ? "? " : ". ");
        }
        IntentReader.Tokens t = IntentReader.cut(post.toString());

        assertThat(t.tokens()).hasSize(20 * 8);
        assertThat(t.sentence()).hasSize(20 * 8);
        assertThat(t.sentence()[0]).isZero();
        assertThat(t.sentence()[20 * 8 - 1]).isEqualTo(19);
        assertThat(t.questionSentence()).hasSize(20);
        assertThat(t.questionSentence()[0]).isTrue();
        assertThat(t.questionSentence()[1]).isFalse();
        // each sentence: the comma after "3" starts a second clause
        assertThat(t.clause()[5]).isZero();
        assertThat(t.clause()[6]).isEqualTo(1);
        assertThat(t.clause()[8]).isEqualTo(2);
    }

    @Test
    void shouldTellPositiveClausesThatSayNothingOfAnAbsence() {
        IntentReader.Tokens t = IntentReader.cut("ram stores has hippo in stock, sai mart has no hippo");

        boolean[] positive = IntentReader.positiveClauses(t, -1);

        assertThat(positive).containsExactly(true, false);
        assertThat(IntentReader.positiveClauses(t, 0)).containsExactly(false, false);
    }
}
