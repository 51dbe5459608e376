package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class IntentReaderTest {

    /** Invented brands: a snack (Zintara, with a product) and a drink (Kolvo); neither is in any labelled set. */
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Zintara", "aliases": ["zintara", "#zintara", "ज़िंतारा"],
               "products": [{"sku": "ZIN-TOMATO", "name": "Zintara Tangy Tomato", "aliases": ["zintara tomato"]}]},
              {"brand": "Kolvo", "aliases": ["kolvo"], "products": [], "category_words": ["soda"],
               "other_senses": ["yoga", "retreat"]}
            ]}
            """);
    private static final CatalogMatcher MATCHER = new CatalogMatcher(CATALOG);

    /** The intent about the first brand the post names, as the stage reads it. */
    private static IntentReader.Intent read(String post) {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        List<CatalogMatcher.Hit> hits = MATCHER.find(t.tokens());
        assertThat(hits).as("a tracked brand in: %s", post).isNotEmpty();
        Catalog.Brand brand = hits.get(0).brand();
        return IntentReader.read(t, hits.stream().filter(h -> h.brand().equals(brand)).toList());
    }

    private static void assertReport(String... posts) {
        for (String post : posts) {
            assertThat(read(post).stockout()).as("a report: %s (%s)", post, read(post)).isTrue();
        }
    }

    private static void assertNotReport(String... posts) {
        for (String post : posts) {
            assertThat(read(post).stockout()).as("not a report: %s (%s)", post, read(post)).isFalse();
        }
    }

    // --- other product ---

    @Test
    void shouldNotReportAnotherProductsAbsence() {
        assertNotReport(
                "no Fizzora at Lakshmi Stores so I took a Zintara",
                "Can't find Fizzora anywhere, had to buy Zintara instead",
                "Walang Fizzora sa Aling Rosa, Zintara na lang binili ko",
                "Walay Fizzora sa tindahan ni Manang, Zintara ra ang naa");
    }

    @Test
    void shouldReportTheBrandWhenItIsTheArgument() {
        assertReport(
                "no Zintara at Lakshmi Stores, so I took a Fizzora",
                "Can't find Zintara at Sai Mart Baner",
                "walang Zintara sa 7-Eleven Lahug");
    }

    @Test
    void shouldReadTheArgumentOfAnAbsence() {
        IntentReader.Intent intent = read("no Fizzora at Lakshmi Stores so I took a Zintara");

        assertThat(intent.reading().kind()).isEqualTo(IntentReader.ArgumentKind.OTHER);
        assertThat(intent.reading().argument()).isEqualTo("fizzora");
        assertThat(intent.reading().predicate()).isEqualTo("no");
    }

    // --- negation ---

    @Test
    void shouldNotReportANegatedAbsence() {
        assertNotReport(
                "Zintara is NOT out of stock at Lakshmi Stores, just bought two",
                "Never had trouble finding Zintara at Sai Mart",
                "Hindi naman ubos ang Zintara sa Puregold",
                "Zintara is never out of stock at Om Kirana");
    }

    @Test
    void shouldReadANegatedStateAfterItInSovOrder() {
        assertNotReport("Om Kirana mein Zintara khatam nahi hua, abhi bhi hai");
    }

    // --- contrast ---

    @Test
    void shouldLetTheBrandsAvailabilityInALaterClauseWin() {
        assertNotReport(
                "Fizzora out of stock at Om Kirana but Zintara is available",
                "out of stock na lahat ng chips, pero Zintara meron naman");
    }

    @Test
    void shouldKeepTheBrandsAbsenceWhenAnotherProductIsThere() {
        assertReport("Zintara out of stock at Om Kirana but Fizzora is available");
    }

    // --- irrealis ---

    @Test
    void shouldNotReportAFutureOrHopedOrPossibleAbsence() {
        assertNotReport(
                "Zintara might run out at Om Kirana before Diwali",
                "Zintara will be out of stock soon at Sai Mart",
                "I hope they don't run out of Zintara at Lakshmi Stores",
                "Baka maubos ang Zintara sa Puregold bukas",
                "Shayad Om Kirana mein Zintara khatam ho jayega");
    }

    @Test
    void shouldNotReportAConditionalAbsence() {
        assertNotReport(
                "If Zintara is out of stock at Om Kirana, try Sai Mart",
                "Kung wala nang Zintara sa Puregold, sa 7-Eleven ka bumili");
    }

    // --- past and resolved ---

    @Test
    void shouldNotReportAPastYearsAbsence() {
        assertNotReport("In 2019 you could never find Zintara at Om Kirana");
    }

    @Test
    void shouldNotReportAnAbsenceThatNowIsOver() {
        assertNotReport(
                "Last year Zintara was missing from every shop in Rajpur. Now it is available everywhere",
                "Zintara was gone yesterday at Om Kirana, back today");
    }

    @Test
    void shouldReportAnOldProblemThatIsStillThere() {
        assertReport("Last year Zintara was missing at Om Kirana and it is still out of stock today");
    }

    // --- compact formats ---

    @Test
    void shouldReportCompactFormats() {
        assertReport(
                "ZINTARA OUT AT OM KIRANA RAJPUR",
                "zintara not avlbl at sai mart",
                "Zintara shortage at Lakshmi Stores",
                "Zintara tomato oos @ Om Kirana");
    }

    // --- pronoun, coordination, ellipsis ---

    @Test
    void shouldReadAPronounAsTheBrandNamedBefore() {
        IntentReader.Intent intent = read("Went to Om Kirana for Zintara. Couldn't find it anywhere");

        assertThat(intent.stockout()).isTrue();
        assertThat(intent.reading().kind()).isEqualTo(IntentReader.ArgumentKind.PRONOUN);
    }

    @Test
    void shouldReachTheBrandThroughACoordination() {
        assertReport(
                "no Fizzora and Zintara at Om Kirana",
                "Fizzora and Zintara out of stock at Sai Mart",
                "Walang Fizzora at Zintara sa Puregold Mandaue",
                "Om Kirana mein Fizzora aur Zintara nahi hai");
    }

    @Test
    void shouldReadAnAbsenceWithoutArgumentAsAboutTheTopic() {
        IntentReader.Intent intent = read("Looking for Zintara at Om Kirana. Out of stock again");

        assertThat(intent.stockout()).isTrue();
        assertThat(intent.reading().kind()).isEqualTo(IntentReader.ArgumentKind.ELLIPSIS);
    }

    @Test
    void shouldNotTakeTheTopicWhenTheBrandWasBoughtInstead() {
        assertNotReport("Fizzora out of stock at Om Kirana so I bought Zintara");
    }

    @Test
    void shouldNotCarryAnArgumentAcrossAClauseThatFollowsFromIt() {
        assertNotReport(
                "Fizzora nahi mila toh Zintara le li",
                "Walang Fizzora kaya Zintara binili ko",
                "Walay Fizzora busa Zintara akong gipalit");
    }

    @Test
    void shouldTakeOnlyOneWordBeforeTheBrandAsItsModifier() {
        assertReport("no fresh Zintara at Om Kirana");
        assertNotReport(
                "No problem finding Zintara at Om Kirana",
                "Walay problema sa Zintara diri sa Gaisano, daghan pa");
    }

    @Test
    void shouldReadAdviceToShoppersAsIrrealis() {
        assertNotReport(
                "Stock up on Zintara before the festival empties the shelves",
                "Might run out of Zintara soon, stock up");
    }

    @Test
    void shouldNotLetAnIrrealisWordAfterAnEnglishPredicateUndoIt() {
        assertReport("Empty shelf where Zintara should be at Om Kirana");
    }

    @Test
    void shouldReadAQuestionInThePastAsAQuestion() {
        assertNotReport("Was Zintara out of stock at Om Kirana?");
    }

    @Test
    void shouldReadATagalogVerbOfFindingAfterWala() {
        assertReport("Sa buong Tondo wala akong makitang Zintara");
    }

    @Test
    void shouldNotReadANegatorOfOneLanguageInsideAPhraseOfAnother() {
        // Ilocano "saan" (not) inside Tagalog "kahit saan" (anywhere)
        assertReport("Kahit saan sa Lungsod walang Zintara, grabe");
        // while Ilocano "saan" before its predicate still negates it
        assertNotReport("Saan nga naibus ti Zintara idiay Om Kirana");
    }

    @Test
    void shouldReadANegativeAfterAGoneStateAsItsNegation() {
        assertNotReport("Om Kirana mein Zintara bilkul khatam nahi hai", "Om Kirana mein Zintara gayab nahi hai");
        assertReport("Zintara Om Kirana mein kahin nahi hai");
    }

    @Test
    void shouldScopeAFutureClauseAndAContractedNegator() {
        assertNotReport(
                "Hopefully Om Kirana won't run out of Zintara",
                "You should grab Zintara before it sells out at Om Kirana");
    }

    @Test
    void shouldReadABoughtBrandAsNotTheMissingOne() {
        assertNotReport("Sai Mart mein Fizzora nahi tha isliye Zintara liya");
    }

    @Test
    void shouldNotEndASentenceAtAnInitial() {
        IntentReader.Tokens t = IntentReader.cut("zintara at sai mart m. g. road? wala.");

        assertThat(t.sentence()).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void shouldReadNothingElseAsAvailability() {
        assertNotReport("Om Kirana has Zintara on the top shelf and nothing else");
    }

    @Test
    void shouldNotReadTheWritersOwnLackAsAShopsAbsence() {
        assertNotReport(
                "I don't have Zintara at home, going to Om Kirana now",
                "Zintara mere paas nahi hai, Om Kirana jaa raha hoon");
        assertReport("Om Kirana doesn't have Zintara");
    }

    @Test
    void shouldReachANegatorAcrossTheShopsName() {
        assertNotReport("I have never seen Om Kirana without Zintara");
    }

    // --- languages ---

    @Test
    void shouldReadHindiAndHinglishInBothOrders() {
        assertReport(
                "Om Kirana mein Zintara nahi mila",
                "Zintara kahin nahi mil raha Rajpur mein",
                "ओम किराना में Zintara नहीं मिला");
        assertNotReport("Om Kirana mein Fizzora nahi tha, Zintara le liya");
    }

    @Test
    void shouldReadMarathi() {
        assertReport("Om Kirana madhe Zintara milat nahi", "ओम किराना मध्ये Zintara मिळत नाही");
    }

    @Test
    void shouldReadBengali() {
        assertReport("Om dokane Zintara nei", "Zintara pachhi na Om Stores e");
    }

    @Test
    void shouldReadTamil() {
        assertReport("Om kadai la Zintara illai", "Zintara stock illa at Om Stores");
    }

    @Test
    void shouldReadKannada() {
        assertReport("Om angadi alli Zintara sigtilla", "Zintara ಸಿಗುತ್ತಿಲ್ಲ Om Stores");
    }

    @Test
    void shouldReadTagalogAndTaglish() {
        assertReport("Ubos na ang Zintara sa Puregold Lahug", "wala pa rin Zintara dito sa 7-Eleven");
        assertNotReport("Meron pa ring Zintara sa Puregold, hindi naman ubos");
    }

    @Test
    void shouldReadCebuano() {
        assertReport("Walay Zintara sa Gaisano Mabolo", "Nahurot na ang Zintara sa tindahan ni Inday");
    }

    // --- what already held ---

    @Test
    void shouldKeepQuestionsAndFoundItApart() {
        assertNotReport(
                "Is Zintara out of stock at Om Kirana?",
                "Couldn't find Zintara at Om Kirana yesterday, found it at Sai Mart today",
                "Where can I buy Zintara in Rajpur?");
    }

    // --- catalog words ---

    @Test
    void shouldReadTheBrandsOtherSenseFromTheCatalog() {
        assertNotReport("Kolvo yoga retreat is sold out for December");
    }

    @Test
    void shouldReadTheBrandsCategoryWordsFromTheCatalog() {
        assertReport("Kolvo soda sold out at Om Kirana, yoga class was thirsty");
    }

    @Test
    void shouldStartAClauseAfterACommaBetweenWords() {
        IntentReader.Tokens t = IntentReader.cut("got chips at ram stores, no hippo at sai mart");
        assertThat(t.tokens()).containsExactly("got", "chips", "at", "ram", "stores", "no", "hippo", "at", "sai", "mart");
        assertThat(t.clause()).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    }

    @Test
    void shouldIgnoreCommasWithoutWordsOnBothSides() {
        assertThat(IntentReader.cut(", no hippo,, at sai mart,").clause()).containsExactly(0, 0, 1, 1, 1);
        assertThat(IntentReader.cut("no hippo ,").clause()).containsExactly(0, 0);
    }

    @Test
    void shouldNumberClausesAcrossSentences() {
        IntentReader.Tokens t = IntentReader.cut("found it. sai mart, pune");
        assertThat(t.sentence()).containsExactly(0, 0, 1, 1, 1);
        assertThat(t.clause()).containsExactly(0, 0, 1, 1, 2);
    }

    @Test
    void shouldNumberTokensAndSentencesOfALongPost() {
        // more sentences and more tokens per character than the first guess of room: "a1b2c3" is six tokens
        StringBuilder post = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            post.append("a1b2c3, d4").append(i % 2 == 0 ? "? " : ". ");
        }
        IntentReader.Tokens t = IntentReader.cut(post.toString());

        assertThat(t.tokens()).hasSize(20 * 8);
        assertThat(t.sentence()).hasSize(20 * 8);
        assertThat(t.sentence()[0]).isZero();
        assertThat(t.sentence()[20 * 8 - 1]).isEqualTo(19);
        assertThat(t.questionSentence()).hasSize(20);
        assertThat(t.questionSentence()[0]).isTrue();
        assertThat(t.questionSentence()[1]).isFalse();
        // each sentence: the comma after "3" starts a second clause
        assertThat(t.clause()[5]).isZero();
        assertThat(t.clause()[6]).isEqualTo(1);
        assertThat(t.clause()[8]).isEqualTo(2);
    }

    @Test
    void shouldTellPositiveClausesThatSayNothingOfAnAbsence() {
        IntentReader.Tokens t = IntentReader.cut("ram stores has hippo in stock, sai mart has no hippo");

        boolean[] positive = IntentReader.positiveClauses(t, -1);

        assertThat(positive).containsExactly(true, false);
        assertThat(IntentReader.positiveClauses(t, 0)).containsExactly(false, false);
    }

    // --- another product out, the brand bought or there (issue 14) ---

    @Test
    void shouldReadABoughtBrandAsThereWhenAnotherProductIsMissing() {
        assertNotReport(
                "Fizzora illa, Zintara vaangitten",
                "Fizzora illai, Zintara vaanginen",
                "Fizzora ledu, Zintara konnanu",
                "Fizzora nei, Zintara kinlam",
                "Fizzora nahi hota, Zintara ghetla",
                "Fizzora nathi, Zintara lidhu",
                "walang Fizzora sa tindahan, Zintara ang binili ko",
                "awan ti Fizzora, Zintara ti ginatangko",
                "wala sang Fizzora, Zintara ang ginbakal ko",
                "Fizzora khatam ho gaya tha, Zintara le aaya");
    }

    @Test
    void shouldNotReportAnotherProductsAbsenceGivenAsTheCause() {
        assertNotReport(
                "bought Zintara because there was no Fizzora at Sai Mart",
                "Zintara le liya kyunki Fizzora nahi tha",
                "binili ko na lang Zintara kasi walang Fizzora");
    }

    @Test
    void shouldNotReportAnAbsenceWhoseSubjectIsAnotherThing() {
        assertNotReport(
                "Fizzora was empty but Zintara was there",
                "Fizzora sold out at Sai Mart, Zintara was there");
    }

    @Test
    void shouldNotReportAnotherProductsAbsenceWhenTheBrandsOwnClauseSaysItIsThere() {
        assertNotReport(
                "Fizzora nahi hai par Zintara hai Sai Mart mein",
                "Fizzora wala, pero may Zintara sa Puregold",
                "Fizzora nei kintu Zintara ache",
                "Fizzora nahi, Zintara aahe",
                "Fizzora nathi pan Zintara che",
                "Fizzora ledu kani Zintara undi");
        assertReport(
                "Fizzora nahi hai aur Zintara bhi nahi hai Sai Mart mein",
                "walang Fizzora, pero wala ring Zintara sa Puregold");
    }

    @Test
    void shouldTakeTheNearerSubjectOfAnAbsenceOverTheBrandBeforeIt() {
        assertNotReport(
                "took a Zintara since Fizzora was out of stock",
                "grabbed a Zintara as Fizzora is sold out at Sai Mart");
        assertReport(
                "Zintara at Sai Mart Baner is out of stock",
                "Zintara Kothrud branch is out of stock again");
    }

    @Test
    void shouldReadAClauseThatFollowsFromAnotherProductsAbsence() {
        assertNotReport(
                "Fizzora milali nahi mhanun Zintara ghetla",
                "Fizzora malyu nahi etle Zintara lidhu",
                "Fizzora dorakaledu, anduke Zintara teesukunnanu",
                "ubos na ang Fizzora, kaya Zintara ang kinuha ko",
                "Fizzora was out so I bought Zintara");
        assertReport(
                "Zintara illa, Fizzora vaangitten",
                "ubos na ang Zintara, kaya Fizzora ang kinuha ko",
                "Zintara milali nahi mhanun Fizzora ghetla");
    }

    @Test
    void shouldStillReportTheBrandWithACauseOrAWishToBuyIt() {
        assertReport(
                "wanted to buy Zintara but out of stock at Sai Mart",
                "walang Zintara sa Puregold kasi hindi nag deliver",
                "Zintara khatam hai Sharma Stores mein kyunki truck nahi aaya",
                "no Zintara at Sai Mart, I want to buy some",
                "Zintara khatam tha, Fizzora le liya");
    }

    @Test
    void shouldReadANegatedAvailabilityAsAnAbsence() {
        assertReport(
                "Zintara isn't available at Sai Mart",
                "Zintara never in stock at Sai Mart these days",
                "Zintara is not in stock at Ravi Kirana Baner");
        assertNotReport(
                "Zintara is always available at Sai Mart",
                "Fizzora isn't available at Sai Mart, Zintara was there");
    }

    // --- praise and comparison ---

    @Test
    void shouldNotReportPraiseThatSoundsLikeALack() {
        assertNotReport(
                "I can't get enough of Zintara",
                "can't live without Zintara",
                "Zintara ke bina nahi reh sakta",
                "Zintara ka jawab nahi",
                "walang tatalo sa Zintara",
                "Zintara saati ledu");
    }

    @Test
    void shouldNotReportAComparisonThatNothingEqualsTheBrand() {
        assertNotReport(
                "Zintara jaisa koi nahi",
                "Zintara pola edhuvum illa",
                "walang katulad ang Zintara",
                "Zintara thara yaavdu illa",
                "Zintara pole vere onnum illa",
                "no chips like Zintara in this world");
    }

    // --- double negatives over shops; an old problem answered now ---

    @Test
    void shouldNotReportWhenNoShopIsWithoutTheBrand() {
        assertNotReport(
                "not a single shop without Zintara in Baner",
                "there's no shop in Kothrud without Zintara");
        assertReport("yahan bhi Zintara nahi hai, is dukaan ka rack bhi khali");
    }

    @Test
    void shouldReadANowThatSaysTheBrandIsThereAsTheEndOfAnOldProblem() {
        assertNotReport(
                "Zintara used to be missing, now always there",
                "last month no Zintara at Sai Mart but now plenty",
                "Zintara pehle nahi milta tha, ab har jagah hai",
                "dati walang Zintara sa Puregold, ngayon meron na");
        assertReport(
                "last month no Zintara at Sai Mart and still none now",
                "pehle bhi Zintara nahi milta tha, ab bhi nahi hai Sai Mart mein");
    }

    // --- a brand's name that is also a common word ---

    /** Brands whose names are also words (Sahaj: ease; Biyahe: a trip), with no other senses in the catalog. */
    private static final CatalogMatcher WORD_BRANDS = new CatalogMatcher(Catalog.parse("""
            {"brands": [
              {"brand": "Sahaj", "aliases": ["sahaj", "@sahajsnacks"],
               "products": [{"sku": "SHJ-MASALA", "name": "Sahaj Masala Chips", "aliases": ["sahaj masala"]}]},
              {"brand": "Biyahe", "aliases": ["biyahe"],
               "products": [{"sku": "BYH-CALA-1L", "name": "Biyahe Calamansi 1L", "aliases": []}]}
            ]}
            """));

    private static boolean readWordBrand(String post) {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        List<CatalogMatcher.Hit> hits = WORD_BRANDS.find(t.tokens());
        assertThat(hits).as("a tracked brand in: %s", post).isNotEmpty();
        return IntentReader.read(t, hits).stockout();
    }

    @Test
    void shouldReadABrandNameBeforeAnotherNounAsThatNounsWordWithoutProductEvidence() {
        for (String post : List.of(
                "there is no sahaj bhav in his voice anymore",
                "no biyahe this weekend, boss cancelled",
                "wala kaming biyahe plans, sayang",
                "no sahaj vibe today",
                "walang biyahe plans ngayon")) {
            assertThat(readWordBrand(post)).as("not a report: %s", post).isFalse();
        }
    }

    @Test
    void shouldReportABrandNameThatIsAlsoAWordWithProductEvidence() {
        for (String post : List.of(
                "no Sahaj chips at Gupta Stores",
                "walang Biyahe calamansi sa 7-Eleven Lahug",
                "@sahajsnacks out of stock at Ravi Kirana",
                "walang Biyahe sa tindahan ni Aling Nena",
                "Sahaj out of stock at Ravi Kirana Baner",
                "Sahaj Baner is out of stock",
                "no Sahaj today",
                "Sahaj Kothrud mein nahi mila")) {
            assertThat(readWordBrand(post)).as("a report: %s", post).isTrue();
        }
    }

    // --- chat spellings ---

    @Test
    void shouldReadChatSpellingsOfTheLexiconsWords() {
        assertReport(
                "Verma Kirana Karol Bagh me Zintara nhi mil rha",
                "Zintara khtm ho gya Saini Stores pe",
                "Pandian Stores la Zintara kedaikala");
        assertNotReport(
                "Zintara khtm nhi hua, Saini Stores me abhi dekha");
    }

    @Test
    void shouldLetALongerWordCueWinOverAShorterPhraseOfAnotherLanguage() {
        // Ilocano "no" (if) inside Chavacano "no hay" (there is none)
        assertReport("No hay Zintara tomato na Sari-sari de Pasonanca");
    }

    @Test
    void shouldReadAnAbsenceOfYesterdayAnsweredByALaterClauseOfTodayWithoutALack() {
        assertNotReport(
                "kal Zintara nahi mila Verma Stores pe, aaj shelf pe dikha",
                "nethu Zintara kidaikala, inniki rendu packet eduthen");
        assertReport(
                "kal Zintara nahi mila Verma Stores pe, aaj bhi nahi hai",
                "nethu Zintara kidaikala, inniki um illa");
    }

    @Test
    void shouldReadABrandWithAnotherMeaningBeforeAnUnknownNounAsItsModifierInSovOrder() {
        // Kolvo declares other senses (yoga, retreat): "Kolvo ka mausam" is the weather, not the soda
        assertNotReport(
                "is saal Kolvo ka mausam nahi aaya",
                "Kolvo thiruvizha inniku illa");
        assertReport(
                "Kolvo soda Ramesh Stores me nahi hai",
                "Kolvo illa Murugan Stores la");
        // a brand without another meaning keeps the unknown verb before its negative
        assertReport("Zintara milali nahi Sai Mart madhe");
    }

    @Test
    void shouldReadHearsayTheWriterContradictsAsNoReport() {
        assertNotReport(
                "log keh rahe Zintara nahi mil raha, par Bansal Stores me to dher saara hai",
                "Everyone says Zintara is sold out, but Lakshmi Stores has plenty");
        assertReport(
                "log keh rahe Zintara nahi mil raha, Bansal Stores me bhi nahi hai",
                "Everyone says Zintara is sold out and Lakshmi Stores has none either");
    }

    @Test
    void shouldNotReadTheNegativeOfANegatedGoneStateAsAnAbsence() {
        assertNotReport("ज़िंतारा खत्म नहीं हुआ, कल ही दो पैकेट लिए");
    }

    @Test
    void shouldReadTheWordsAddedForChatHindiGujaratiFutureTamilAndMarathiFinished() {
        assertReport(
                "Zintara ni h Sharma ji ki dukaan pe",
                "Zintara mudinjiduchu Pandian kadaila",
                "पाटील किराणा मध्ये ज़िंतारा संपली");
        assertNotReport("Uttarayan pachhi Zintara khatam thai jashe");
    }
    @Test
    void shouldNotEndASentenceAtTheDotOfASizeOrPrice() {
        assertThat(IntentReader.cut("tikkora cola 2.25l out at sai mart").sentence()).containsOnly(0);
        assertThat(IntentReader.cut("tikkora 2.25 lit. finished at sai mart").sentence()).containsOnly(0);
        assertThat(IntentReader.cut("tikkora rs. 20 wala khatam").sentence()).containsOnly(0);
        assertThat(IntentReader.cut("tikkora out. back at 5").sentence()).containsExactly(0, 0, 1, 1, 1);
    }
}
