package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * An absence said to hold always or every time (session 16, chronic16-probe): a frequency adverb whose negator
 * phrase runs into the absence's own negative ("kabhi nahi milta": never available) says the absence holds every
 * time, not that it does not hold; the habitual negative of Kannada, Malayalam, Bengali, Odia and Assamese is an
 * absence, while the non-past negative of Tamil and Telugu, which is also their future, is not. Invented brand and
 * shops; the sentences are not those of any labelled set.
 */
final class IntentReaderChronicTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Velmora", "aliases": ["velmora", "वेलमोरा", "ਵੇਲਮੋਰਾ"], "category_words": ["biscuit", "packet"],
               "products": [{"sku": "VLM-CRM-75", "name": "Velmora Cream 75 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadANeverWhoseNegativeIsTheAbsencesOwnAsAnAbsenceEveryTimeInHindiAndPunjabi() {
        POSTS.assertReport("Rana stores pe Velmora kabhi nahi milta",
                "राणा स्टोर्स में वेलमोरा कभी नहीं मिलता",
                "ਗਿੱਲ ਸਟੋਰ ਤੇ ਵੇਲਮੋਰਾ ਕਦੇ ਨਹੀਂ ਮਿਲਦਾ");
    }

    @Test
    void shouldKeepANeverThatCoversTheWholeAbsenceOrTheHabitualPastAsNoReport() {
        POSTS.assertNotReport("Velmora kabhi nahi chhodunga, best biscuit",
                "pehle Rana stores pe Velmora kabhi nahi milta tha, ab roz aata hai",
                "Rana stores pe Velmora hamesha milta hai, kabhi nahi khatam hota");
    }

    @Test
    void shouldReadTheHabitualNegativeAsAnAbsenceInDravidianAndEasternLanguages() {
        POSTS.assertReport("Basava stores alli Velmora irodilla",
                "Joseph stores il Velmora kittarilla",
                "Ghosh dokane Velmora pai na",
                "Ghosh dokane Velmora thake na",
                "Sahu dokanare Velmora mile nahi",
                "Das dukanot Velmora nepay");
    }

    @Test
    void shouldKeepTheNonPastNegativeThatIsAlsoTheFutureAsNoReportInTamilAndTelugu() {
        POSTS.assertNotReport("naalaikku Murugan stores la Velmora irukkaathu",
                "repu Rama Stores lo Velmora undadu");
    }

    @Test
    void shouldKeepTheHabitualPositiveOfThoseLanguagesAsNoReport() {
        POSTS.assertNotReport("Murugan stores la Velmora eppavum kidaikkum",
                "Basava stores alli Velmora yavagalu sigutte",
                "Ghosh dokane Velmora sob somoy thake");
    }
}
