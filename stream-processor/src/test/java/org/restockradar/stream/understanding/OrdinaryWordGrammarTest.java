package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Session 18: the grammar that makes a brand's word an ordinary word or another name, read for brand words no list
 * knows. Invented brands: Hamis (Cebuano "smooth": a lotion), Nalamiis (Ilocano "cool": a menthol candy), Ghum
 * (Bengali "sleep": a mosquito coil), Kamias (Tagalog, a sour fruit: pickles); invented shops; the sentences are in
 * no labelled set.
 */
final class OrdinaryWordGrammarTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Hamis", "aliases": ["Hamis"], "category_words": ["lotion"],
               "products": [{"sku": "HMS-200ML", "name": "Hamis Lotion 200 ml", "aliases": []}]},
              {"brand": "Nalamiis", "aliases": ["Nalamiis"], "category_words": ["candy"],
               "products": [{"sku": "NLM-50G", "name": "Nalamiis Menthol Candy 50 g", "aliases": []}]},
              {"brand": "Ghum", "aliases": ["Ghum"], "category_words": ["mosquito coil", "coil"],
               "products": [{"sku": "GHM-10", "name": "Ghum Mosquito Coil 10 pcs", "aliases": []}]},
              {"brand": "Kamias", "aliases": ["Kamias"], "category_words": ["atchara", "pickles"],
               "products": [{"sku": "KMS-350G", "name": "Kamias Atchara 350 g", "aliases": []}]}
            ]}
            """);

    private static UnderstandingStage stage() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("CAR-1", "Ybanez Store", "Poblacion", "Carcar", 10.11, 123.64));
        d.put(TestOutlets.outlet("BTC-1", "Ramos Grocery", "Poblacion", "Batangas", 13.76, 121.06));
        d.put(TestOutlets.outlet("BNK-1", "Saha Bhandar", "Station Road", "Bankura", 23.23, 87.07));
        return new UnderstandingStage(CATALOG, d);
    }

    private static Understanding understand(String text) {
        return stage().understand(new Mention("g18-1", Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10), text, null, null, false));
    }

    private static void assertNoReport(String... texts) {
        for (String text : texts) {
            Understanding u = understand(text);
            assertThat(u.stockout()).as("not a report of ours: %s (%s)", text, u.reason()).isFalse();
        }
    }

    private static void assertReport(String... texts) {
        for (String text : texts) {
            Understanding u = understand(text);
            assertThat(u.stockout()).as("a report: %s (%s)", text, u.reason()).isTrue();
            assertThat(u.outlet()).as("the outlet of: %s", text).isNotNull();
        }
    }

    @Test
    void shouldReadTheWordBeforeAPhilippineLinkerAndANounAsItsQualifier() {
        assertNoReport("walay hamis nga panit kung walay tubig sa Ybanez Store",
                "awan ti nalamiis a danum idiay Ramos Grocery",
                "walang hamis na tela sa Ramos Grocery ngayon");
    }

    @Test
    void shouldKeepTheReportWhenTheLinkerJoinsTheBrandToItsOwnGoods() {
        assertReport("walay Hamis nga lotion sa Ybanez Store", "awan ti nalamiis a candy idiay Ramos Grocery");
    }

    @Test
    void shouldReadTheWordBeforeALightVerbAsAVerbOfTheLanguage() {
        assertNoReport("ghum korte parini kal raate, Saha Bhandar er samne current nei",
                "nalamiis ti angin ngem awanen ita");
    }

    @Test
    void shouldReadTheNameBeforeAnotherBusinessOrDoubledAsAnotherName() {
        assertNoReport("Hamis Clinic walay doktor karon duol sa Ybanez Store",
                "Kamias Kitchen ubos na ang ulam, tabi ng Ramos Grocery",
                "Kamias Kamias snacks wala na sa Ramos Grocery");
    }

    @Test
    void shouldReadTheNameLessItsLastLetterBeforeOtherGoodsAsAnotherName() {
        assertNoReport("Kamia soap wala na sa Ramos Grocery");
        assertReport("Kamias atchara wala na sa Ramos Grocery", "walay Hamis lotion sa Ybanez Store",
                "Ghum coil nei Saha Bhandar e");
    }
}
