package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * True reports the rules missed (session 13): forms of absence verbs written glued or in chat spellings in the
 * Dravidian and Philippine languages, written as a stem with its endings in the lexicons; counts of none left;
 * requests to bring a product back; a distal "there" in the argument slot; "out at A, found at B" as a report at A.
 * An invented brand; the sentences are in no labelled set.
 */
final class RecallFormsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kuvento", "aliases": ["kuvento"], "category_words": ["biscuit", "biscuits"],
               "products": [{"sku": "KVT-CRM-75", "name": "Kuvento Cream 75 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldWriteEveryFormOfAStemWithItsEndings() throws Exception {
        assertThat(Lexicon.forms("dorak{aledu|atledu}", "t", 1)).containsExactly("dorakaledu", "dorakatledu");
        assertThat(Lexicon.forms("{wala|wla} {na|}", "t", 1)).containsExactly("wala na", "wla na", "wala ", "wla ");
        assertThat(Lexicon.forms("no stock", "t", 1)).containsExactly("no stock");
        List<Lexicon.Entry> entries = Lexicon.parse("x.tsv", new StringReader("absence\tsig{tilla|alilla}\n"));
        assertThat(entries).extracting(e -> e.tokens().get(0)).containsExactly("sigtilla", "sigalilla");
        assertThatThrownBy(() -> Lexicon.parse("x.tsv", new StringReader("absence\tsig{tilla\n")))
                .hasMessageContaining("x.tsv:1");
    }

    @Test
    void shouldReadGluedNegativesOfDravidianVerbsOfGetting() {
        POSTS.assertReport("Kuvento kanipinchaledu Ravi Stores lo",
                "Ravi Stores lo Kuvento dorakale",
                "Kuvento ayipoyayi anna Ravi Stores lo",
                "Ravi Stores alli Kuvento siktilla",
                "Ravi Stores alli Kuvento mugdhoytu",
                "Kuvento kittanilla Ravi Stores il",
                "Ravi Stores re Kuvento miluni");
        POSTS.assertNotReport("Ravi Stores lo Kuvento dorikindi", "Ravi Stores alli Kuvento sikkitu");
    }

    @Test
    void shouldReadPhilippineFormsOfRunningOutAndOfNone() {
        POSTS.assertReport("Naubsan na ng Kuvento ang Ravi Store",
                "kuvento ubs na sa ravi store",
                "walana kuvento sa ravi store",
                "Ala ne ing Kuvento king Ravi Store",
                "Ala na kong Kuvento keng Ravi Store");
        POSTS.assertNotReport("Naa na ang Kuvento sa Ravi Store", "Ravi Store, ubos na ang pasensya ko, Kuvento lang");
    }

    @Test
    void shouldReadCountsOfNoneLeftAndIndianEnglishFinish() {
        POSTS.assertReport("Kuvento 0 left at Ravi Stores", "kuvento finish at ravi stores",
                "Kuvento not in stk @ Ravi Stores", "Ravi Stores: Kuvento shelf bare");
        POSTS.assertNotReport("Kuvento 2 left at Ravi Stores, hurry", "finish your Kuvento before it gets soggy");
    }

    @Test
    void shouldReadARequestToBringItBackAfterTheProduct() {
        POSTS.assertReport("Ravi Stores bhaiya Kuvento wapas lao, kab se nahi hai",
                "Ravi Stores pe Kuvento aana band ho gaya");
    }

    @Test
    void shouldNotTakeTheWriterComingHomeForTheProductArriving() {
        POSTS.assertReport("Ravi Stores gaya, Kuvento ka ek bhi packet nahi tha. Phir doodh leke ghar aa gaya.",
                "Ravi Stores madhe Kuvento milala nahi. Mag ghari aalo.");
        POSTS.assertNotReport("Ravi Stores mein Kuvento kal nahi tha, aaj aa gaya");
    }

    @Test
    void shouldReadALackThatLastsAndAPersonAfterTheNegative() {
        POSTS.assertReport("Ravi Stores, Kuvento been out for days",
                "Ravi Stores, pwede pa-order og Kuvento? wala na mo");
    }

    @Test
    void shouldStepOverAWordForThereInTheArgumentSlot() {
        POSTS.assertReport("Dumaan ako sa Ravi Store. Wala nay Kuvento didto.",
                "Went to Ravi Stores. No Kuvento there.");
    }

    @Test
    void shouldReportAnAbsenceAtOneShopWhenTheProductWasFoundAtAnother() {
        POSTS.assertReport("Ravi Stores mein Kuvento khatam, Lucky Kirana mein mil gaya",
                "Kuvento sold out at Ravi Stores, found it at Lucky Kirana",
                "No Kuvento at Ravi Stores, got it at Lucky Kirana instead",
                "Sahu Daily Needs Ranjhi mein Kuvento khatam, Maa Narmada Provision mein mil gaya");
        POSTS.assertNotReport("Kuvento khatam tha Ravi Stores mein, baad mein Ravi Stores mein hi mil gaya",
                "Kuvento was out at Ravi Stores, found it there later");
    }
}
