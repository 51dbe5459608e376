package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tracked brand's name spelt by its sounds, written as two words or beside a size, against look-alike brands a
 * letter or two away (session 14): the name counts as the brand for a crew only with the brand's own evidence and
 * nothing of another brand; with weak evidence the report goes to ops review. Invented brands and shops; the sentences
 * are in no labelled set.
 */
final class SpellingEvidenceTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Phirkona", "aliases": ["phirkona", "#phirkona"], "category_words": ["chips"],
               "products": [{"sku": "PRK-PUD-40G", "name": "Phirkona Pudina 40 g", "aliases": []},
                            {"sku": "PRK-SLT-90G", "name": "Phirkona Salted 90 g", "aliases": []}]},
              {"brand": "Khoorvani", "aliases": ["khoorvani"], "category_words": ["juice"],
               "products": [{"sku": "KRV-AAM-1L", "name": "Khoorvani Aam 1 L", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    /** The intent of a post read as the stage reads it, with its sizes. */
    private static IntentReader.Intent readWithSizes(String post) {
        String normalised = Text.normalise(post);
        IntentReader.Tokens t = IntentReader.cut(normalised);
        return IntentReader.read(t, MATCHER.find(t.tokens(), normalised), MATCHER.others());
    }

    private static void assertDispatched(String... posts) {
        for (String post : posts) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    private static void assertHeldForReview(String... posts) {
        for (String post : posts) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    @Test
    void shouldDispatchTheNameSpeltBySoundOnlyBesideItsOwnCategoryWord() {
        assertDispatched("Firkona chips out of stock at Lotus Stores", "Kurvani juice khatam hai Bansal Kirana mein",
                "walang Phirkonna chips sa tindahan ni Aling Pacing");
        // the same spelling alone, or a slip that is no spelling of the same sounds, is weak evidence: review
        assertHeldForReview("Firkona out of stock at Lotus Stores", "Kurvani nahi mila Bansal Kirana mein",
                "Phirkna chips out of stock at Lotus Stores");
    }

    @Test
    void shouldMeetASpellingBySoundThatIsLettersShorterThanTheName() {
        // "kh" and "oo" written "k" and "u": two letters fewer, the same sounds
        IntentReader.Intent intent = POSTS.read("Kurvani aam 1 litre nahi mila Bansal Kirana mein");
        assertThat(intent.stockout()).isTrue();
        assertThat(intent.confidence()).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
    }

    @Test
    void shouldReadTheNameWrittenAsTwoWords() {
        assertDispatched("Khoor vani juice khatam hai Bansal Kirana mein", "Khoor-vani juice out of stock at Lotus Stores");
        assertHeldForReview("Khoor vani out of stock at Lotus Stores");
    }

    @Test
    void shouldReadANearSpellingWithASizeTheBrandDoesNotMakeAsAnotherBrand() {
        for (String post : new String[] {"Phirkonna 150 g out of stock at Lotus Stores",
            "Firkona 200g nahi mila Bansal Kirana mein"}) {
            assertThat(readWithSizes(post).stockout()).as(post).isFalse();
        }
        // the brand's own size is its evidence
        assertThat(readWithSizes("Phirkonna 90 g out of stock at Lotus Stores").confidence())
                .isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
    }

    @Test
    void shouldHoldALookAlikeNamedWithTheBrandsFlavourForReview() {
        // a vowel of another quality makes another name; that brand may make a pudina flavour too
        assertHeldForReview("Phirkana pudina out of stock at Lotus Stores", "Khoorvini aam nahi mila Bansal Kirana mein");
    }
}
