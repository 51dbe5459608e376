package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PhraseIndexTest {

    private static final PhraseIndex<String> INDEX = new PhraseIndex<String>()
            .add("out of stock", "absence")
            .add("out", "absence")
            .add("not available", "absence")
            .add("कोथरूड", "locality")
            .add("ನಲ್ಲಿ ಇಲ್ಲ", "absence");

    @Test
    void shouldFindEveryPhraseOfTheIndexWithItsOverlaps() {
        List<PhraseIndex.Match<String>> found = INDEX.findAll(Text.tokens("Hippo out of stock, not available here"));
        assertThat(found).containsExactly(new PhraseIndex.Match<>(1, 2, "absence"), new PhraseIndex.Match<>(1, 4, "absence"),
                new PhraseIndex.Match<>(4, 6, "absence"));
        assertThat(PhraseIndex.longest(found)).containsExactly(new PhraseIndex.Match<>(1, 4, "absence"),
                new PhraseIndex.Match<>(4, 6, "absence"));
    }

    @Test
    void shouldFindAPhraseInAnotherScriptAtTheBeginningOfAToken() {
        assertThat(INDEX.findAll(Text.tokens("कोथरूडमध्ये नहीं मिला"))).containsExactly(new PhraseIndex.Match<>(0, 1, "locality"));
        assertThat(INDEX.findAll(Text.tokens("कोथ मध्ये"))).isEmpty();
    }

    @Test
    void shouldLookNoPhraseUpWhereTheCallerSaysNoneStarts() {
        List<String> tokens = Text.tokens("out of stock, out");
        assertThat(INDEX.findAll(tokens, new boolean[] {true, true, true, true})).isEqualTo(INDEX.findAll(tokens));
        assertThat(INDEX.findAll(tokens, new boolean[] {false, true, true, true}))
                .containsExactly(new PhraseIndex.Match<>(3, 4, "absence"));
    }
}
