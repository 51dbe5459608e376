package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The intent reader on the mechanisms of session 9: a brand read only by a near spelling (since session 10 a spelling
 * of any kind), the have-negatives of English, a postposition that is also a word for "but", romanised Bengali "sesh"
 * and request words of Marathi and Tamil. Invented brand and shops; the sentences are not those of any labelled set.
 */
final class IntentReaderPairsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Velmora", "aliases": ["velmora", "#velmora"], "category_words": ["biscuits"],
               "products": [{"sku": "VLM-CHOCO-75G", "name": "Velmora Choco 75 g", "aliases": ["velmora choco"]}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    // --- a look-alike brand ---

    @Test
    void shouldSendABrandReadOnlyByALookAlikeSpellingToReview() {
        // A category word is no evidence beside another ending: a look-alike brand sells the same kind of thing
        // (session 11: beside a slip in the name it is, BrandEvidenceTest). Since session 12 a spelling made by a
        // typist's edit stays for review; another vowel or ending is no report (NameEditTest, BrandEvidenceTest).
        for (String post : List.of("No Vemlora at Lotus Stores today", "Velmpra khatam hai Bansal Kirana mein",
                "Walang Velnora sa tindahan ni Aling Pacing", "No Velmira biscuits at Lotus Stores today")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
            assertThat(intent.reason()).as(post).contains("near spelling");
        }
    }

    @Test
    void shouldTrustALookAlikeSpellingWithEvidenceOfTheProduct() {
        for (String post : List.of("Velmorra choco khatam hai Bansal Kirana mein",
                "#velmora Velmara out at Lotus Stores", "Velmora nahi mila, Velmara bhi nahi, Lotus Stores")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
        // since session 14 the product word is not enough beside a name that differs as another name does (the last
        // vowel: "Velmoro"): a look-alike may make a choco flavour too, so the report goes to review
        IntentReader.Intent other = POSTS.read("Velmoro choco khatam hai Bansal Kirana mein");
        assertThat(other.stockout()).isTrue();
        assertThat(other.confidence()).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
    }

    @Test
    void shouldSendASlipInWritingTheBrandToReviewToo() {
        // dropped letters, two letters swapped, a like sound: written as a look-alike name would be (session 11: a
        // doubled letter alone is the brand, BrandEvidenceTest)
        for (String post : List.of("No Velmra at Lotus Stores", "No Vlemora at Lotus Stores",
                "No Welmora at Lotus Stores")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    // --- English negatives of have ---

    @Test
    void shouldReadTheNegativesOfHaveAsNegators() {
        POSTS.assertNotReport("Lotus Stores hasn't run out of Velmora once this month",
                "Lotus Stores haven't run out of Velmora all year", "They hadn't run out of Velmora when I went");
        POSTS.assertReport("Lotus Stores has run out of Velmora", "Lotus Stores ran outta Velmora again");
    }

    // --- a postposition that is also "but" ---

    @Test
    void shouldReadParAfterAShopWordAsAPostpositionNotAsBut() {
        // a past year holds for the whole clause when "par" closes the place phrase
        POSTS.assertNotReport("2021 mein Velmora Bansal Kirana par nahi milta tha",
                "2021 में Velmora Bansal Kirana पर नहीं मिलता था");
        POSTS.assertReport("Bansal Kirana par Velmora nahi mil raha");
        assertThat(IntentReader.cut(Text.normalise("Bansal Kirana par Velmora nahi mil raha")).clause())
                .containsOnly(0);
        // after anything but a shop word it is still "but"
        assertThat(IntentReader.cut(Text.normalise("Velmora mila par Parle nahi mila")).clause()).contains(1);
    }

    // --- romanised Bengali "sesh" ---

    @Test
    void shouldReadRomanisedBengaliSeshAsGoneAndItsFutureAndNegativeAsNot() {
        POSTS.assertReport("Ghosh Bhandar e Velmora sesh hoye geche");
        POSTS.assertNotReport("Ghosh Bhandar e Velmora sesh hoye jabe", "Ghosh Bhandar e Velmora sesh hoyni, onek ache");
    }

    // --- requests to stock it ---

    @Test
    void shouldReadAskingAShopToCarryTheProductAsAReport() {
        POSTS.assertReport("Lotus Stores can you stock Velmora? none anywhere nearby",
                "Lotus Stores please start stocking Velmora, nobody here has it",
                "Why don't you stock Velmora, Lotus Stores?",
                "Bansal Kirana wale bhaiya Velmora mangwa lo, khatam hai",
                "Aling Pacing, sana mag-stock kayo ng Velmora, wala sa buong barangay");
        POSTS.assertNotReport("Does Lotus Stores stock Velmora?", "Thanks Lotus Stores for stocking Velmora again!");
    }

    @Test
    void shouldReadRequestsToBringItBackInMarathiAndTamilAsReports() {
        POSTS.assertReport("Deshmukh Stores, Velmora parat aana, kadhipasun nahi", "Sundaram Stores Velmora vaangi vainga, kadaila illa");
    }
}
