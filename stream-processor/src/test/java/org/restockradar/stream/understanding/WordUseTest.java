package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * A tracked brand's word read as an ordinary word of the post's language from the post's own evidence, for words no
 * list knows ({@link WordUse}). Invented brands named by everyday words that no vocabulary of the project holds:
 * Tamis (Tagalog "sweetness": a candy), Aasra (Hindi/Urdu "support, refuge": a pain spray) and Lipay (Cebuano
 * "happy": a biscuit); invented shops; the sentences are in no labelled set.
 */
final class WordUseTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Tamis", "aliases": ["tamis"], "category_words": ["candy"],
               "products": [{"sku": "TMS-100G", "name": "Tamis Milk Candy 100 g", "aliases": []}]},
              {"brand": "Aasra", "aliases": ["aasra"], "category_words": ["spray"],
               "products": [{"sku": "ASR-50ML", "name": "Aasra Pain Spray 50 ml", "aliases": []}]},
              {"brand": "Lipay", "aliases": ["lipay"], "category_words": ["biscuit"],
               "products": [{"sku": "LPY-200G", "name": "Lipay Cream Biscuit 200 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    private static UnderstandingStage stage() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("LUC-1", "Reyes Minimart", "Gulang-Gulang", "Lucban", 14.11, 121.55));
        d.put(TestOutlets.outlet("ALW-1", "Khan Medical", "Kamla Nagar", "Alwar", 27.56, 76.60));
        d.put(TestOutlets.outlet("TOL-1", "Abellana Store", "Poblacion", "Toledo", 10.38, 123.64));
        return new UnderstandingStage(CATALOG, d);
    }

    private static Understanding understand(String text) {
        return stage().understand(new Mention("w16-1", Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10), text, null, null, false));
    }

    @Test
    void shouldKeepATerseReportThatCapitalisesTheShopAndNotTheBrand() {
        // the writer's capitals on a shop are no evidence that a lower-case brand word is an ordinary word
        Understanding u = understand("Reyes Minimart Gulang-Gulang: tamis wala na");
        assertThat(u.stockout()).as(u.reason()).isTrue();
        assertThat(u.outlet()).isNotNull();
    }

    @Test
    void shouldReadADeterminerOrADegreeWordAroundTheBrandWordAsAnOrdinaryWord() {
        POSTS.assertNotReport("Is garmi mein koi aasra nahi", "kono aasra nei ei shohore",
                "lipay kaayo ko, walay klase ugma", "sobrang tamis ng buhay, wala nang problema");
    }

    @Test
    void shouldKeepTheReportWhenTheBrandIsWrittenAsANameOrBesideItsProductWords() {
        for (String text : new String[] {"Wala nang Tamis sa Reyes Minimart", "Reyes Minimart walang tamis candy",
            "Khan Medical pe aasra spray khatam", "Walay Lipay sa Abellana Store, nahurot na"}) {
            Understanding u = understand(text);
            assertThat(u.stockout()).as("a report: %s (%s)", text, u.reason()).isTrue();
        }
    }

    @Test
    void shouldKeepTheReportOfABareBrandWordInAPostAllInLowerCase() {
        Understanding u = understand("wala nang tamis sa reyes minimart");
        assertThat(u.stockout()).as(u.reason()).isTrue();
    }

    @Test
    void shouldTellHowTheBrandWordIsWrittenFromTheWritersCapitals() {
        Set<String> tamis = Set.of("tamis");
        Set<String> shop = Set.of("minimart");
        assertThat(WordUse.written("Wala nang Tamis sa Reyes Minimart", tamis, shop)).isEqualTo(WordUse.Written.NAME);
        assertThat(WordUse.written("Reyes Minimart: walang tamis ang araw ko", tamis, shop))
                .isEqualTo(WordUse.Written.LOWER_AMONG_NAMES);
        // a capital at a sentence's start, a hashtag, a post all in lower case and a shop word in lower case tell nothing
        assertThat(WordUse.written("Tamis wala na. Minimart sarado", tamis, shop)).isEqualTo(WordUse.Written.UNMARKED);
        assertThat(WordUse.written("walang tamis #ReyesMinimart", tamis, shop)).isEqualTo(WordUse.Written.UNMARKED);
        assertThat(WordUse.written("wala nang tamis sa reyes minimart", tamis, shop)).isEqualTo(WordUse.Written.UNMARKED);
        assertThat(WordUse.written("Reyes minimart Gulang-Gulang tamis wala", tamis, shop))
                .isEqualTo(WordUse.Written.UNMARKED);
    }

    @Test
    void shouldKeepTheReportOfALowerCaseBrandWordWhenTheShopWordIsInLowerCaseToo() {
        // the writer capitalises the shop's own name but not its shop word: no habit of capitals to read
        Understanding u = understand("Reyes minimart Gulang-Gulang tamis wala na");
        assertThat(u.stockout()).as(u.reason()).isTrue();
    }
}
