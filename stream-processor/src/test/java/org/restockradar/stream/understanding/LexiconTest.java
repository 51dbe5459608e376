package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LexiconTest {

    @Test
    void shouldRejectAnUnknownCueWithItsFileAndLine() {
        Map<String, String> files = Map.of("xx.tsv", "# Test (xx)\n# sources: invented\n\nabsence\tgone missing\nabsense\tnot here\n");

        assertThatThrownBy(() -> Lexicon.of(files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx.tsv:5")
                .hasMessageContaining("absense");
    }

    @Test
    void shouldRejectALineWithoutATabWithItsFileAndLine() {
        Map<String, String> files = Map.of("yy.tsv", "absence\tout of stock\nabsence out of it\n");

        assertThatThrownBy(() -> Lexicon.of(files)).hasMessageContaining("yy.tsv:2");
    }

    @Test
    void shouldRejectACueWithoutAPhrase() {
        assertThatThrownBy(() -> Lexicon.of(Map.of("zz.tsv", "negator\t  ...\n"))).hasMessageContaining("zz.tsv:1");
    }

    @Test
    void shouldNormalisePhrasesAsPostsAre() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("xx.tsv", "absence\tCan\u2019t   FIND\n");
        Lexicon lexicon = Lexicon.of(files);

        List<PhraseIndex.Match<Cue>> found = lexicon.index().findAll(Text.tokens("I cant find it"));

        assertThat(found).extracting(PhraseIndex.Match::value).containsExactly(Cue.ABSENCE);
        // the phrase as written and, since session 17, glued into one word as hashtags write it
        assertThat(lexicon.asText().get(Cue.ABSENCE)).containsExactly("cant find", "cantfind");
    }

    @Test
    void shouldLoadEveryListedLanguage() {
        Lexicon shipped = Lexicon.fromClassPath();

        assertThat(shipped.languages()).contains("en", "hi", "mr", "bn", "ta", "kn", "tl", "ceb");
        for (String code : shipped.languages()) {
            assertThat(shipped.entries()).as("entries of %s", code)
                    .anyMatch(e -> e.file().equals(Lexicon.FOLDER + code + ".tsv"));
        }
    }

    @Test
    void shouldGiveEveryCoreLanguageAnAbsenceAndANegativeBeforeOrAfterTheNoun() {
        Lexicon shipped = Lexicon.shipped();
        for (String code : List.of("en", "hi", "tl", "ceb")) {
            assertThat(shipped.entries()).as("absence in %s", code)
                    .anyMatch(e -> e.file().endsWith("/" + code + ".tsv") && e.cue() == Cue.ABSENCE);
        }
        assertThat(shipped.words(Cue.ABSENCE_AFTER)).contains("nahi", "illa");
        assertThat(shipped.words(Cue.ABSENCE_BEFORE)).contains("no", "walang", "walay");
    }

    @Test
    void shouldKnowEveryCueNameOfTheAgreedFormat() {
        String agreed = "absence absence_before absence_after absence_clause_end request found available negator "
                + "not_absence_before call_to_action advert news old now yesterday conditional irrealis question_opener "
                + "contrast where_to_buy area trade deictic pronoun substitute thanks particle copula sarcasm other_sense "
                + "product_context strong_product";
        StringBuilder file = new StringBuilder();
        for (String cue : agreed.split(" ")) {
            file.append(cue).append("\tsome words\n");
        }

        Lexicon lexicon = Lexicon.of(Map.of("agreed.tsv", file.toString()));

        assertThat(lexicon.entries()).filteredOn(e -> e.tokens().equals(List.of("some", "words")))
                .hasSize(agreed.split(" ").length);
    }

    @Test
    void shouldMarkEveryTokenOfAWordCueOfSeveralWords() {
        IntentReader.Tokens t = IntentReader.cut("ubos na ang zintara");

        assertThat(t.is(0, Cue.ABSENCE_BEFORE)).isTrue();
        assertThat(t.is(2, Cue.ABSENCE_BEFORE)).isTrue();
        assertThat(t.is(3, Cue.ABSENCE_BEFORE)).isFalse();
    }
}
