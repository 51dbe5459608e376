package org.restockradar.stream.understanding;

import org.junit.jupiter.api.Test;

/**
 * Is the absence said, or only asked, foreseen or denied (session 13)? Question particles that end a clause in SOV
 * order or stand before the verb, the future read from a verb's ending, a "who said" and an "it is not that" denial in
 * more languages, a habitual negated with its auxiliary, a negative existential before a verb of running out, another
 * brand's product named with a tracked product's words, and "one" between a genitive and an everyday word. Invented
 * brands; the sentences are in no labelled set.
 */
final class IntentReaderMoodTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tarsoli", "aliases": ["tarsoli", "तरसोली"], "category_words": ["namkeen"],
               "products": [{"sku": "TRS-BHJ", "name": "Tarsoli Bhujia", "aliases": ["tarsoli bhujia"]},
                            {"sku": "TRS-CHK", "name": "Tarsoli Chakli", "aliases": []}]},
              {"brand": "Lehar", "aliases": ["lehar", "लहर"],
               "products": [{"sku": "LHR-COLA", "name": "Lehar Cola 250 ml", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldNotReportAnAbsenceAskedByAParticleAtTheEndOfItsClause() {
        POSTS.assertNotReport("Verma Kirana me Tarsoli khatam ho gayi kya",
                "Joshi Stores madhe Tarsoli sampli ka?",
                "Dhillon Store ch Tarsoli mukk gayi ki?",
                "Patel Provision ma Tarsoli khalas thai gayi ke shu?");
    }

    @Test
    void shouldNotReportAnAbsenceAskedByAParticleBeforeItsVerb() {
        POSTS.assertNotReport("Saha Bhandar e Tarsoli ki sesh hoye geche?");
    }

    @Test
    void shouldReportAnAbsenceFollowedByAnotherQuestionOrAGenitive() {
        POSTS.assertReport("Verma Kirana me Tarsoli khatam ho gayi, kya karein",
                "Verma Kirana me stock khatam hai Tarsoli ka");
    }

    @Test
    void shouldNotReportAnAbsenceInTheFutureByItsVerbsEnding() {
        POSTS.assertNotReport("Verma Kirana me Tarsoli kal se nahi milegi",
                "VERMA KIRANA ME TARSOLI EID TAK NAHI RAHEGI");
    }

    @Test
    void shouldReportAnAbsenceNowWithAFutureInAnotherClauseOrAfterAnotherWord() {
        POSTS.assertReport("Verma Kirana me Tarsoli nahi hai, kal aayegi",
                "Venkata Kirana lo Tarsoli ledu repu vastundi");
    }

    @Test
    void shouldReadATrackedProductsWordsAfterAnotherBrandAsThatBrandsProduct() {
        POSTS.assertNotReport("Murugan Stores la Bikaji bhujia illa, Tarsoli bhujia vaanginen");
        POSTS.assertReport("Murugan Stores la Tarsoli bhujia illa, Bikaji bhujia vaanginen");
    }

    @Test
    void shouldNotReportANegativeExistentialBeforeAVerbOfRunningOut() {
        POSTS.assertNotReport("Wala pa nahurot ang Tarsoli sa Lim Store");
        POSTS.assertReport("Wala nay Tarsoli sa Lim Store");
    }

    @Test
    void shouldNotReportAnAbsenceDeniedByWhoSaidOrItIsNotThat() {
        POSTS.assertNotReport("ke bolche Saha Bhandar e Tarsoli nei? ami ekhuni kinlam",
                "kone kahyu Patel Provision ma Tarsoli nathi? hu lai aavi",
                "aisa nahi hai ki Verma Kirana me Tarsoli nahi milti, bas der se aati hai");
        POSTS.assertReport("Verma Kirana me Tarsoli nahi milti, der se aati hai");
    }

    @Test
    void shouldNotReportAHabitualNegatedAcrossItsAuxiliary() {
        POSTS.assertNotReport("Patel Provision ma Tarsoli kadi khatam thati nathi");
        POSTS.assertReport("Patel Provision ma Tarsoli khatam thai gayi che");
    }

    @Test
    void shouldReadOneBetweenAGenitiveAndTheNameAsTheEverydayWord() {
        POSTS.assertNotReport("aaj samundar ki ek lehar bhi nahi, bilkul shaant");
        POSTS.assertReport("Verma Kirana me Lehar ka ek bhi packet nahi");
    }
}
