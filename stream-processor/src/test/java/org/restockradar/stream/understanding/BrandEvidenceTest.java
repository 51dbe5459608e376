package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a word that looks like a tracked brand is that brand ({@link BrandEvidence}): a look-alike named with its
 * own products or with goods of another kind, a slip beside the brand's category word, and a brand named by an
 * everyday word used in its everyday sense. Invented brands and shops; the sentences are in no labelled set.
 */
final class BrandEvidenceTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kelvaro", "aliases": ["kelvaro", "#kelvaro"], "category_words": ["chips"],
               "products": [{"sku": "KLV-PUD-40G", "name": "Kelvaro Pudina Punch 40 g", "aliases": []},
                            {"sku": "KLV-SLT-40G", "name": "Kelvaro Salted 40 g", "aliases": []}]},
              {"brand": "Aaram", "aliases": ["aaram"], "category_words": ["sharbat"],
               "products": [{"sku": "ARM-KSR-200ML", "name": "Aaram Kesar 200 ml", "aliases": []}]},
              {"brand": "Dunong", "aliases": ["dunong"], "category_words": ["energy drink"],
               "products": [{"sku": "DNG-250ML", "name": "Dunong Original 250 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadALookAlikeNamedWithProductWordsTheCatalogLacksAsAnotherBrand() {
        POSTS.assertNotReport("Kelvara garlic twist out of stock at Lotus Stores",
                "Kelvari kokum zing nahi mila Bansal Kirana mein",
                "Walang Kelvara ube swirl sa tindahan ni Aling Pacing",
                "Kelvari Smoky Tikka illa Lotus Stores il");
    }

    @Test
    void shouldReadALookAlikeOfAnotherKindOfGoodsAsAnotherBrand() {
        POSTS.assertNotReport("Kelvaru soap khatam Bansal Kirana mein", "No Kelvari shampoo at Lotus Stores",
                "Walang Kelvara noodles sa tindahan ni Aling Pacing", "Kelvaru ka biscuit nahi mila Bansal Kirana mein");
    }

    @Test
    void shouldDispatchALetterOfTheBrandsNameDoubledOrWrittenOnce() {
        for (String post : List.of("Kelvarro chips out of stock at Lotus Stores", "Kellvaro chips nahi hai Bansal Kirana mein",
                "Kelvaaro chips ubos na sa tindahan ni Aling Pacing", "Kelvarro out of stock at Lotus Stores",
                "Kelvarro Lotus Stores mein nahi hai", "Kelvarro milali nahi Bansal Kirana madhe")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isGreaterThan(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    @Test
    void shouldKeepAnotherEndingOrABareMisspellingForReview() {
        // a letter dropped or swapped, a like sound, a neighbouring key: look-alike names are made so too
        for (String post : List.of("Kelbaro chips out of stock at Lotus Stores", "Kelvaeo chips out of stock at Lotus Stores",
                "Kelvro chips nahi hai Bansal Kirana mein", "Kelavro chips ubos na sa tindahan",
                "Kelbaro out of stock at Lotus Stores", "Kelvaeo Lotus Stores mein nahi hai",
                "Kelbaro Bansal Kirana par khatam", "Kelbaro milali nahi Bansal Kirana madhe",
                "Kelvarro brand wafers illa Lotus Stores il")) {
            IntentReader.Intent intent = POSTS.read(post);
            assertThat(intent.stockout()).as(post).isTrue();
            assertThat(intent.confidence()).as(post).isLessThanOrEqualTo(IntentReader.NEAR_SPELLING_CONFIDENCE);
        }
    }

    @Test
    void shouldReadAVowelOfAnotherQualityOrAnotherEndingAsAnotherBrand() {
        POSTS.assertNotReport("Kelvero out of stock at Lotus Stores", "Kelvari chips out of stock at Lotus Stores",
                "Kolvaro nahi mila Bansal Kirana mein", "Walang Kelvarox sa tindahan ni Aling Pacing",
                "Kelvario illa Lotus Stores il");
    }

    @Test
    void shouldReadANearSpellingSaidToBeNewOrMadeBySomeoneAsAnotherBrand() {
        POSTS.assertNotReport("The new Kelvaeo is out of stock at Lotus Stores", "Naya Kelbaro khatam Bansal Kirana mein",
                "Kelbaro by Sunshine Foods not available at Lotus Stores", "Kelvro company ka maal nahi mila Bansal Kirana mein");
    }

    @Test
    void shouldReadTheEverydayWordAfterAGenitiveAndADeterminerOrBeforeAVerbOfFeeling() {
        POSTS.assertNotReport("Kaam ka koi aaram nahi hai", "Majha aaram nahi rahila", "Gharacha aaram nahi ata",
                "Ohnu raat da aaram nahi milda", "Aaram lagta hi nahi is shor mein");
    }

    @Test
    void shouldReadANearSpellingInAPostAboutANewOrOtherBrandAsThatBrand() {
        POSTS.assertNotReport("Kelvarro naya brand hai, Bansal Kirana mein khatam",
                "Kelvero is a new brand, already out at Lotus Stores", "Wala nang Kelvari sa tindahan, ibang brand yun");
    }

    @Test
    void shouldReadABrandNameAfterAGenitiveOrPossessiveAsTheEverydayWord() {
        POSTS.assertNotReport("Raat bhar kaam, body ko aaram nahi mila", "Hafte ka aaram bhi khatam ho gaya",
                "थोड़ा आराम भी नहीं", "Wala na akong dunong sa math", "Nawala ang dunong niya sa exam", "Ubos na ang dunong ko",
                "Walang dunong ang bagong manager");
    }

    @Test
    void shouldStillReadTheBrandWhereThePostIsAboutTheShelf() {
        POSTS.assertReport("Aaram nahi mila Bansal Kirana mein", "Bansal Kirana mein Aaram ka stock khatam",
                "Aaram sharbat ki bottle nahi hai", "Walang Dunong sa tindahan ni Aling Pacing",
                "Ubos na ang stock ng Dunong sa tindahan", "Tindahan ni Aling Pacing, ubos na ang Dunong nila", "Dunong ko har jagah dhoondha, nahi mila");
    }

    @Test
    void shouldTellASlipFromAnotherEnding() {
        assertThat(BrandEvidence.isSlip("kelvarro", "kelvaro")).isTrue();
        assertThat(BrandEvidence.isSlip("kelvaaro", "kelvaro")).isTrue();
        assertThat(BrandEvidence.isSlip("kelavro", "kelvaro")).isFalse();
        assertThat(BrandEvidence.isSlip("kelvro", "kelvaro")).isFalse();
        assertThat(BrandEvidence.isSlip("kelvara", "kelvaro")).isFalse();
        assertThat(BrandEvidence.isSlip("kelvaroi", "kelvaro")).isFalse();
    }

    @Test
    void shouldRefuseAMalformedLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BrandEvidence(List.of("category\tchips")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("brand-evidence.tsv");
    }
}
