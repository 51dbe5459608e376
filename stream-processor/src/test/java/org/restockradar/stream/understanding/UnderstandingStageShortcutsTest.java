package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcuts that skip work on most posts give the answer the full work gives. */
final class UnderstandingStageShortcutsTest {

    @Test
    void shouldRuleOutAHumourWordOnlyWhereTheTokensHoldNone() {
        for (String name : List.of("DailyMemeHub", "lko_memes", "JOKES4U", "the funny side", "Priya Sharma", "gupta_stores",
                "hungryforhippo", "Me'me Central", "Mem`es", "ＭＥＭＥ", "मीम्स", "", "Humor", "trolls", "troll")) {
            boolean holds = Text.tokens(UnderstandingStage.camelCaseApart(name)).stream()
                    .anyMatch(t -> List.of("meme", "memes", "joke", "jokes", "humor", "humour", "comedy", "funny", "satire",
                            "parody", "trolls").contains(t));
            if (holds) {
                assertThat(UnderstandingStage.mayHoldHumourWord(name)).as(name).isTrue();
            }
        }
        assertThat(UnderstandingStage.mayHoldHumourWord("Priya Sharma")).isFalse();
        assertThat(UnderstandingStage.mayHoldHumourWord("gupta_stores")).isFalse();
        assertThat(UnderstandingStage.mayHoldHumourWord("DailyMemeHub")).isTrue();
        assertThat(UnderstandingStage.mayHoldHumourWord("ＭＥＭＥ")).isTrue(); // not ASCII: NFKC makes it "meme"
    }

    @Test
    void shouldRuleOutABrandsOwnDisplayNameOnlyWhereItsTokensAreNotTheBrands() {
        List<String> hippo = Text.tokens("Hippo");
        List<String> twoWords = Text.tokens("Appy Fizz");
        for (String display : List.of("Hippo", "HIPPO", "hippo!", "Priya Sharma", "Hip'po", "Hipp`o", "Híppo", "ＨＩＰＰＯ",
                "Appy Fizz", "appy-fizz", "Appy Fizz Fans", "Fizz Appy", "हिप्पो", "")) {
            for (List<String> brand : List.of(hippo, twoWords)) {
                if (Text.tokens(display).equals(brand)) {
                    assertThat(UnderstandingStage.mayBeTokensOf(display, brand)).as(display).isTrue();
                }
            }
        }
        assertThat(UnderstandingStage.mayBeTokensOf("Priya Sharma", hippo)).isFalse();
        assertThat(UnderstandingStage.mayBeTokensOf("Fizz only", twoWords)).isFalse();
        assertThat(UnderstandingStage.mayBeTokensOf("Híppo", hippo)).isTrue(); // not ASCII: diacritics are dropped
    }

    @Test
    void shouldFindNoCaseEndingInAShortLatinWordAndStillFindOneInALongerWord() {
        assertThat(Names.caseStemKeys("pune")).isEmpty();
        assertThat(Names.caseStemKeys("hippo")).isEmpty();
        assertThat(Names.caseStemKeys("chennaila")).isNotEmpty();
        assertThat(Names.caseStemKeys("पुण्यात")).isNotEmpty();
    }

    @Test
    void shouldNormaliseTextAlreadyInNfkcAsBefore() {
        assertThat(Text.normalise("हिप्पो नहीं मिल रहा")).isEqualTo("हिप्पो नहीं मिल रहा");
        assertThat(Text.normalise("Ｈｉｐｐｏ Sūrat")).isEqualTo("hippo surat");
    }
}
