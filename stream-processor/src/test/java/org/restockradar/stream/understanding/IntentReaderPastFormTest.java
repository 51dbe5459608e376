package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * The past written on the verb group (session 15, time15-probe): the habitual past places an absence back in time,
 * the pluperfect and past imperfective set a time before now that a later "there now" answers; time words that say
 * an absence runs until now; hope said by the subjunctive. Invented brand and shops; the sentences are not those of
 * any labelled set.
 */
final class IntentReaderPastFormTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Quenlora", "aliases": ["quenlora", "क्वेनलोरा"], "category_words": ["biscuit", "packet"],
               "products": [{"sku": "QNL-CRM-75", "name": "Quenlora Cream 75 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheHabitualPastOnTheVerbAsAnOldProblemInHindiPunjabiBengaliAndTelugu() {
        POSTS.assertNotReport("Rana stores pe Quenlora hamesha khatam ho jata tha",
                "राणा स्टोर्स में क्वेनलोरा हमेशा खत्म हो जाता था",
                "Gill stores te Quenlora kade ni labhda si",
                "Ghosh dokane Quenlora kokhono pawa jeto na",
                "Rama Stores lo Quenlora eppudu dorikedi kaadu");
    }

    @Test
    void shouldReadAPluperfectAbsenceAsOverOnlyWhenALaterClauseSaysItIsThereNow() {
        POSTS.assertNotReport("Rana stores me Quenlora khatam ho gaya tha, ab har packet mil raha hai",
                "Joshi kirana madhe Quenlora sampla hota, aata milto",
                "Patel stores ma Quenlora khatam thai gayu hatu, have male che",
                "Ghosh dokane Quenlora shesh hoye gechhilo, ekhon abar pawa jachhe");
        // a pluperfect is often a recent past: alone, or answered by "still not", it stays a report
        POSTS.assertReport("Rana stores me Quenlora khatam ho gaya tha, abhi tak nahi aaya",
                "Joshi kirana madhe Quenlora sampla hota, ajun pan nahi aala",
                "Rana stores me Quenlora khatam ho gaya tha");
    }

    @Test
    void shouldReadASinceWordBeforeAPastTimeAsAnAbsenceUntilNowInIlocanoAndBengali() {
        POSTS.assertReport("manipud idi Sabado awan ti Quenlora idiay Ramos Store",
                "Ghosh dokane tin soptaho dhore Quenlora nei");
    }

    @Test
    void shouldReadPastTimeWordsOfBengaliAndHiligaynonAsAnOldProblem() {
        POSTS.assertNotReport("gato mase Ghosh dokane Quenlora shesh hoye giyechhilo",
                "sang isa ka tuig wala sang Quenlora sa Tindahan ni Rosa");
    }

    @Test
    void shouldReadHopeAndTheSubjunctiveInGujaratiAsNoReport() {
        POSTS.assertNotReport("asha che ke Patel stores ma Quenlora khatam na thay");
    }
}
