package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * What an absence is about (session 15, scope15-probe): another product out and the tracked one given or
 * recommended by the shop, a word for a shortage under a negative, "ke liye" (for) that is no verb of buying, and
 * the shop where the brand was bought, which is not the shop that lacks it. Invented brand and shops; the sentences
 * are not those of any labelled set.
 */
final class IntentReaderScope15Test {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Dorvani", "aliases": ["dorvani", "दोरवानी"], "category_words": ["rusk", "toast"],
               "products": [{"sku": "DRV-ELC-200", "name": "Dorvani Elaichi Rusk 200 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadTheShopGivingOrRecommendingTheBrandAsTheBrandThereInEnglishAndHindi() {
        POSTS.assertNotReport("Zyloka rusk sold out at Verma Bakery, the owner recommended Dorvani",
                "Bharat stores me Zyloka nahi thi, bhaiya ne Dorvani de di",
                "भारत स्टोर्स में ज़ायलोका नहीं मिला, दुकानदार ने दोरवानी दिया");
    }

    @Test
    void shouldReadTheShopGivingTheBrandAsTheBrandThereInTheIndianLanguagesAndAnotherProductGivenAsNoAnswer() {
        POSTS.assertNotReport("Zyloka milala nahi Patil stores madhe, kakanni Dorvani dila",
                "Zyloka kedaikala Raja stores la, annachi Dorvani koduthaanga",
                "Zyloka dorakaledu Ravi stores lo, anna Dorvani icharu",
                "Zyloka sikkilla Nayak stores alli, avaru Dorvani kottaru",
                "Zyloka kittiyilla Joseph stores il, chettan Dorvani thannu",
                "Zyloka pelam na Ghosh stores e, kaku Dorvani dilen",
                "Zyloka na mali Shah stores ma, kaka e Dorvani aapyu");
        // the giving verb's argument is another product: the brand is still missing
        POSTS.assertReport("Bharat stores me Dorvani nahi thi, bhaiya ne Zyloka de di",
                "Raja stores la Dorvani kedaikala, annachi Zyloka koduthaanga");
    }

    @Test
    void shouldReadTheClerkGivingTheBrandAsTheBrandThereInThePhilippineLanguages() {
        POSTS.assertNotReport("Ubos na yung hinahanap ko sa tindahan ni Aling Rosa, Dorvani ang inalok sa akin",
                "Nahurot na akong gipangita sa tindahan ni Nang Lita, Dorvani ang gitanyag niya");
    }

    @Test
    void shouldReadAWordForAShortageUnderANegativeAsNoLack() {
        POSTS.assertNotReport("Shah stores ma Dorvani ni koi khot nathi",
                "Raja stores la Dorvani ku pancham illa",
                "Gill stores ch Dorvani di koi ghaat nahi");
    }

    @Test
    void shouldNotReadThePostpositionKeLiyeAsABuying() {
        POSTS.assertReport("Dorvani ke liye Bharat stores gaya tha, wahan nahi mili");
    }

    @Test
    void shouldPlaceTheAbsenceAtTheShopWithoutItNotWhereTheBrandWasBought() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("KRR-1", "Raja Stores", "Pettai", "Karur", 10.96, 78.08));
        d.put(TestOutlets.outlet("KRR-2", "Velu Maligai", "Thanthonimalai", "Karur", 10.95, 78.07));
        UnderstandingStage stage = new UnderstandingStage(CATALOG, d);
        String text = "Raja Stores la Dorvani kedaikala, Velu Maligai la vaanginen";
        Understanding u = stage.understand(new Mention("s15-1", Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10), text, null, null, false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("KRR-1");
    }
}
