package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The intent reader on words that languages read differently, on scripts typed two ways, and on reports implied or
 * denied (session 8). Invented brands; the sentences are not those of any labelled set.
 */
final class IntentReaderLanguagesTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Zintara", "aliases": ["zintara", "زنتارا", "জিন্তারা"],
               "products": [{"sku": "ZIN-TOMATO", "name": "Zintara Tangy Tomato", "aliases": ["zintara tomato"]}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    private static IntentReader.Intent read(String post) {
        return POSTS.read(post);
    }

    private static void assertReport(String... posts) {
        POSTS.assertReport(posts);
    }

    private static void assertNotReport(String... posts) {
        POSTS.assertNotReport(posts);
    }

    private static boolean marked(String post, String word, Cue cue) {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        int at = t.tokens().indexOf(word);
        assertThat(at).as("%s in %s", word, post).isNotNegative();
        return t.is(at, cue);
    }

    // --- one spelling, two languages: the post's language decides ---

    @Test
    void shouldReadPangasinanWalaAsThereIsAndTagalogWalaAsNone() {
        assertNotReport("Wala so Zintara ed tindaan nen Manang Ising", "Wala ni so Zintara ed tienda, dakel ni");
        assertReport("Anggapo so Zintara ed tindaan nen Manang Ising", "Wala nang Zintara sa tindahan ni Aling Rosa",
                "Walay Zintara sa tindahan sa kanto");
    }

    @Test
    void shouldReadSaanAsNotInIlocanoAndAsWhereInTagalog() {
        assertThat(marked("saan nga adda ti Zintara idiay tienda ni Manang", "saan", Cue.NEGATOR)).isTrue();
        assertThat(marked("saan ka ba bumibili ng Zintara dito sa amin", "saan", Cue.NEGATOR)).isFalse();
    }

    @Test
    void shouldReadKapampanganEAsNotAndBengaliEAsACaseEnding() {
        assertNotReport("E ya meubus ing Zintara king tindahan, dakal pa");
        assertThat(marked("Ghosh Stores e Zintara nei", "e", Cue.NEGATOR)).isFalse();
        assertReport("Ghosh Stores e Zintara nei");
    }

    @Test
    void shouldReadEveryReadingTogetherWhenThePostShowsNoLanguageOfTheWord() {
        // "so" is an English clause link and a Pangasinan determiner; a Tamil post with an English "so" is neither
        // language's alone, and keeps the clause link it had before
        assertThat(IntentReader.cut(Text.normalise("Murugan Stores la Pepsi illai so Zintara vangiten")).clause())
                .contains(1);
        assertNotReport("Murugan Stores la Pepsi illai so Zintara vangiten");
    }

    // --- Urdu typed with Arabic letters ---

    @Test
    void shouldReadUrduTypedWithArabicLettersAsUrdu() {
        assertThat(Text.normalise("كوئي")).isEqualTo(Text.normalise("کوئی"));
        assertThat(Text.normalise("يہ")).isEqualTo(Text.normalise("یہ"));
        assertReport("دکان ميں زنتارا نہيں مل رہا");
    }

    @Test
    void shouldCutAClauseAtTheUrduComma() {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise("پیپسی نہیں تھی، زنتارا ہے"));
        assertThat(t.clause()[0]).isNotEqualTo(t.clause()[t.tokens().size() - 1]);
    }

    // --- reports implied, denied, or negated by a negative existential ---

    @Test
    void shouldReadAPastAvailabilityThenAnAbsenceNowAsAReport() {
        assertReport("Sai Stores used to stock Zintara tomato. Not anymore.",
                "pehle dukaan mein Zintara milta tha, ab nahi",
                "Dati may Zintara sa tindahan ni Aling Rosa, ngayon wala na");
        assertNotReport("Zintara used to be my favourite, not anymore", "Zintara used to be my favourite in college, not anymore");
    }

    @Test
    void shouldNotReportADeniedAbsence() {
        assertNotReport("It's not true that Om Kirana is out of Zintara",
                "ye galat hai ki Om Kirana mein Zintara khatam hai",
                "Hindi totoo na ubos na ang Zintara sa tindahan",
                "Dili tinuod nga nahurot na ang Zintara sa tindahan");
        assertReport("Zintara out of stock at Om Kirana, true story");
    }

    @Test
    void shouldReadANegativeExistentialBeforeAVerbOfRunningOutAsNot() {
        assertNotReport("Wala naubos ang Zintara sa tindahan ni Aling Rosa");
        assertReport("Wala na, naubos ang Zintara sa tindahan ni Aling Rosa");
    }

    @Test
    void shouldReadANegativeAfterAGoneStateAndItsCopula() {
        assertNotReport("Zintara shesh hoa nai, dokane bohut ase");
        assertReport("Zintara shesh hoye geche dokane");
    }

    @Test
    void shouldNotReportWhatIsAboutToRunOut() {
        assertNotReport("Zintara khatam hone wala hai, jaldi le lo");
        assertReport("Zintara khatam ho gaya hai, Om Kirana mein");
    }

    @Test
    void shouldReportACompactReportWithTheShopRightAfter() {
        assertReport("ZINTARA OUT Om Kirana Baner", "ZINTARA TOMATO OUT @ Om Kirana");
    }
}
