package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-word forms of the absence and availability phrases (session 17): glued into a hashtag or a text message
 * ("#outofstock", "soldout"), and long English words cut short ("unavail"). An invented brand and shop; the sentences
 * are in no labelled set.
 */
final class LexiconWrittenShortTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tamvoli", "aliases": ["tamvoli"],
               "products": [{"sku": "TMV-CRM-90", "name": "Tamvoli Cream Biscuit 90 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadAnAbsencePhraseGluedIntoOneWordAsTheAbsence() {
        POSTS.assertReport("#Tamvoli #outofstock Bhagat Stores #Karwar",
                "tamvoli soldout @ bhagat stores",
                "TAMVOLI NOSTOCK BHAGAT STORES");
    }

    @Test
    void shouldReadAGluedPhraseOfAvailabilityAsNoAbsence() {
        POSTS.assertNotReport("#Tamvoli #backinstock at Bhagat Stores", "tamvoli isback @ bhagat stores");
    }

    @Test
    void shouldReadAnEnglishWordCutShortAsTheWord() {
        POSTS.assertReport("Tamvoli unavail. Bhagat Stores", "tamvoli cream - unavailab - bhagat stores");
    }

    @Test
    void shouldNotCutShortAWordThatEndsInItsNegation() {
        Lexicon lexicon = Lexicon.of(Map.of("ml.tsv", "absence\tkittunnilla\navailable\tkittunnu\n"));

        assertThat(lexicon.entries()).extracting(Lexicon.Entry::tokens)
                .containsExactlyInAnyOrder(List.of("kittunnilla"), List.of("kittunnu"));
    }

    @Test
    void shouldLeaveAFormToThePhraseThatIsAlreadyItsOwn() {
        Lexicon lexicon = Lexicon.of(Map.of("en.tsv", "absence\tsold out\nfound\tsoldout\n"));

        assertThat(lexicon.entries()).filteredOn(e -> e.tokens().equals(List.of("soldout")))
                .extracting(Lexicon.Entry::cue).containsExactly(Cue.FOUND);
    }

    @Test
    void shouldDropAFormThatAnAbsenceAndAPresenceBothWrite() {
        Lexicon lexicon = Lexicon.of(Map.of("en.tsv", "absence\tsold out\navailable\tsoldo ut\n"));

        assertThat(lexicon.entries()).noneMatch(e -> e.tokens().equals(List.of("soldout")));
    }

    @Test
    void shouldGiveAGluedFormItsPhrasesFileAndLine() {
        Lexicon lexicon = Lexicon.of(Map.of("en.tsv", "# English\nabsence\tno stock\n"));

        assertThat(lexicon.entries()).filteredOn(e -> e.tokens().equals(List.of("nostock")))
                .singleElement().satisfies(e -> {
                    assertThat(e.cue()).isEqualTo(Cue.ABSENCE);
                    assertThat(e.file()).isEqualTo("en.tsv");
                    assertThat(e.line()).isEqualTo(2);
                });
    }
}
