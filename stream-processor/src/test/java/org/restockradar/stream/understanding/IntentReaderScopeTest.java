package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scope of an absence in the languages whose lexicons session 10 filled (see {@code LexiconCoverageTest}): a
 * condition after its absence in SOV order, denials, past and arrival words, conditional verb forms. An invented
 * brand; the sentences are in no labelled set.
 */
final class IntentReaderScopeTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Dumora", "aliases": ["dumora", "डुमोरा", "ڈومورا"],
               "products": [{"sku": "DUM-KESAR", "name": "Dumora Kesar Milk", "aliases": ["dumora kesar"]}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    private static boolean marked(String post, String word, Cue cue) {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        int at = t.tokens().indexOf(word);
        assertThat(at).as("%s in %s", word, post).isNotNegative();
        return t.is(at, cue);
    }

    // --- a condition after its absence (SOV) ---

    @Test
    void shouldNotReportAnAbsenceUnderAConditionThatFollowsIt() {
        POSTS.assertNotReport("Nandini Stores alli Dumora illa andre Gokul Road angadi nodi");
        POSTS.assertReport("Nandini Stores alli Dumora illa, Gokul Road angadi nodi");
    }

    @Test
    void shouldReadPunjabiJeAsIfAndBengaliJeAsAnOrdinaryWord() {
        POSTS.assertNotReport("je Dumora ni milda Sandhu Store te taan Mall Road ton lai lao");
        POSTS.assertReport("ami je dokane gelam sekhane Dumora nei", "Sandhu Store te Dumora ni milda");
    }

    // --- denials ---

    @Test
    void shouldNotReportAnAbsenceTheWriterDeniesInThePhilippineLanguagesAndPunjabi() {
        POSTS.assertNotReport("Diri tinuod nga waray na Dumora ha tindahan ni Manang Celia",
                "Dai totoo na mayong Dumora sa tindahan ni Aling Bebeng",
                "galat aa ki Dumora ni milda Sandhu Store te");
        POSTS.assertReport("Waray na Dumora ha tindahan ni Manang Celia", "Mayong Dumora sa tindahan ni Aling Bebeng");
    }

    // --- the past ---

    @Test
    void shouldReadAPastTimeInUrduHindiAndTamilAsAnOldProblem() {
        POSTS.assertNotReport("pichli dafa Dumora nahi mila tha Hafiz General Store pe",
                "pichli baar Dumora nahi mila tha Ganpati Kirana mein",
                "mundhi Dumora kidaikala, ippo ella kadaiyilum irukku");
        POSTS.assertReport("Dumora nahi mila Hafiz General Store pe", "Dumora kidaikala Sri Ganesh Stores la");
    }

    @Test
    void shouldReadAnOdiaAbsenceInThePast() {
        POSTS.assertReport("Biswal Stores re Dumora na thila");
        POSTS.assertNotReport("Kali Biswal Stores re Dumora na thila, aji asigala");
    }

    // --- arrival: the product came back ---

    @Test
    void shouldReadAnArrivalAfterTheAbsenceAsFound() {
        POSTS.assertNotReport("Naubos ang Dumora sa tindahan ni Aling Rosa pero dumating na ang bagong stock",
                "Naibusen ti Dumora idiay tienda ni Manang Luding ngem dimtengen ti baro a stock");
        POSTS.assertReport("Naubos ang Dumora sa tindahan ni Aling Rosa", "Naibusen ti Dumora idiay tienda ni Manang Luding");
    }

    // --- the words themselves ---

    @Test
    void shouldMarkTheFilledClassesInTheirLanguages() {
        assertThat(marked("kakulop waray Dumora ha tindahan", "kakulop", Cue.YESTERDAY)).isTrue();
        assertThat(marked("wala pepsi sa tindahan gani Dumora ginbakal ko", "gani", Cue.CLAUSE_LINK)).isTrue();
        assertThat(marked("anggapoy pepsi ed tindaan kanian Dumora so ginatang ko", "kanian", Cue.CLAUSE_LINK)).isTrue();
        assertThat(marked("Dumora lekapothe vere shop lo chudandi", "lekapothe", Cue.CONDITIONAL)).isTrue();
        assertThat(marked("Dumora illenkil vere kadayil nokku", "illenkil", Cue.CONDITIONAL)).isTrue();
    }
}
