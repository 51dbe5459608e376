package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports the stage missed in session 19: the Tamil, Telugu and Kannada non-past negative after a frequency word (the
 * habitual "never there", not the future), requests in the feminine and plural of the verb of coming (Hindi, Punjabi)
 * and as Gujarati and Bengali are typed, "can never find", "stk 0", a misspelt brand spelt
 * as it is spoken, and "X to hai" (at least X is there) against a request for another product. An invented brand; the
 * sentences are in no labelled set.
 */
final class RecallForms19Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kolvanzi", "aliases": ["kolvanzi"], "category_words": ["cola", "soda"],
               "products": [{"sku": "KVZ-300", "name": "Kolvanzi Cola 300 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheDravidianNonPastNegativeAfterAFrequencyWordAsAnAbsence() {
        POSTS.assertReport("Murali Stores la Kolvanzi eppavume irukkaathu",
                "Kolvanzi orupodhum kidaikkaathu Murali Stores la",
                "முருகன் ஸ்டோர்ஸ்ல Kolvanzi எப்பவுமே கிடைக்காது",
                "Lakshmi Kirana lo Kolvanzi eppudu undadu",
                "లక్ష్మి కిరాణా లో Kolvanzi ఎప్పుడూ ఉండదు",
                "Ganesh Stores alli Kolvanzi yavaglu sigalla",
                "Kolvanzi endigu iralla Ganesh Stores alli");
        // without a frequency word the same form is a future ("tomorrow it won't be there"); a habitual positive is none
        POSTS.assertNotReport("naalaikku Murali Stores leave, Kolvanzi irukkaathu",
                "repu Lakshmi Kirana selavu, Kolvanzi undadu",
                "naale Ganesh Stores bandh, Kolvanzi sigalla",
                "Murali Stores la Kolvanzi eppavume irukkum");
    }

    @Test
    void shouldReadTheVerbOfComingInEveryGenderAndAsItIsTyped() {
        POSTS.assertReport("Kolvanzi kab aayegi Bansal Stores mein?", "बंसल स्टोर्स में Kolvanzi कब आएगी?",
                "Kolvanzi kadon aaugi Dhillon Karyana te?", "Patel Provision ma Kolvanzi kyare aavse?",
                "Ma Tara Bhandar e Kolvanzi abar anben please");
    }

    @Test
    void shouldNotCarryARequestForAnotherProductToTheBrandThatIsThere() {
        POSTS.assertNotReport("Bansal Stores wale bhaiya, Maggi kab aayegi? Kolvanzi to hai",
                "बंसल स्टोर्स वाले भैया, मैगी कब आएगा? Kolvanzi तो है");
    }

    @Test
    void shouldReadCanNeverFindAndAStockCountAfterItsNoun() {
        POSTS.assertReport("can never find Kolvanzi at Bansal Stores", "kolvanzi stk 0 bansal stores");
        POSTS.assertNotReport("never had a problem finding Kolvanzi at Bansal Stores", "kolvanzi stk ok bansal stores",
                "Back in 2023 you could never find Kolvanzi in Bhopal, now it's everywhere");
    }

    @Test
    void shouldDispatchTheBrandSpeltAsItIsSpoken() {
        for (String post : List.of("Kolvanzee out of stock at Bansal Stores", "Kolvanzie nahi mil rahi Bansal Stores mein",
                "Kolvanji khatam Bansal Stores pe", "Kolvanzhi illa Murali Stores la", "Kolvanjee nei Ma Tara Bhandar e")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    @Test
    void shouldHoldANearSpellingWithAnotherConsonantOrVowelForReview() {
        for (String post : List.of("Kolvansi out of stock at Bansal Stores", "Kolwanzi nahi mil rahi Bansal Stores mein")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.confidence()).as(post).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
        assertThat(NameEdit.of("kolvanzee", "kolvanzi")).isEqualTo(NameEdit.Kind.SLIP);
        assertThat(NameEdit.of("kolvanzie", "kolvanzi")).isEqualTo(NameEdit.Kind.SLIP);
        assertThat(NameEdit.of("kolvanzita", "kolvanzi")).as("a syllable added").isEqualTo(NameEdit.Kind.OTHER_NAME);
        assertThat(NameEdit.spokenAlike("kolvanji", "kolvanzi")).isTrue();
        assertThat(NameEdit.spokenAlike("kolvanj", "kolvanzi")).as("a letter left out").isFalse();
    }
}
