package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * A tracked brand's name inside another name ({@link NameExtensions}): a product-line word the catalog's brand does
 * not carry beside it, or a case ending glued to it before a word of goods. Invented brands: Sitara (Hindi/Urdu
 * "star": a toothpaste; its catalog has a "Gold" variant), Bituon (Cebuano "star": noodles); invented shops; the
 * sentences are in no labelled set.
 */
final class NameExtensionsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Sitara", "aliases": ["Sitara"], "category_words": ["toothpaste"],
               "products": [{"sku": "STR-100G", "name": "Sitara Toothpaste 100 g", "aliases": []},
                            {"sku": "STR-GLD-100G", "name": "Sitara Gold Toothpaste 100 g", "aliases": []}]},
              {"brand": "Bituon", "aliases": ["Bituon"], "category_words": ["noodles"],
               "products": [{"sku": "BTN-60G", "name": "Bituon Noodles 60 g", "aliases": []}]}
            ]}
            """);

    private static UnderstandingStage stage() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("ALW-1", "Khan Medical", "Kamla Nagar", "Alwar", 27.56, 76.60));
        d.put(TestOutlets.outlet("TOL-1", "Abellana Store", "Poblacion", "Toledo", 10.38, 123.64));
        return new UnderstandingStage(CATALOG, d);
    }

    private static Understanding understand(String text) {
        return stage().understand(new Mention("n17-1", Source.X, Instant.parse("2026-12-07T10:00:00Z"),
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
    void shouldReadALineWordTheCatalogDoesNotCarryAsAnotherProduct() {
        assertNoReport("Bituon Gold noodles walay stock sa Abellana Store",
                "Khan Medical pe Sitara Pro toothpaste khatam",
                "Neo Bituon noodles nahurot sa Abellana Store");
    }

    @Test
    void shouldReadACaseEndingGluedToTheNameBeforeAWordOfGoodsAsAnotherName() {
        assertNoReport("Sitarame toothpaste nahi mila Khan Medical pe", "Bituonlo noodles wala na sa Abellana Store");
    }

    @Test
    void shouldKeepTheReportWhenTheLineWordIsTheBrandsOwnOrTheNameStandsAlone() {
        assertReport("Khan Medical pe Sitara Gold toothpaste khatam", "Sitara toothpaste nahi mila Khan Medical pe",
                "Walay Bituon noodles sa Abellana Store", "bituon noodles nahurot sa abellana store");
    }

    @Test
    void shouldNotTakeAHandleAndAHashtagOfOneNameSideBySideForADoubledName() {
        // Given "@sitaraofficial #sitaraofficial" at the end of a post: both read as the same token, the handle a hit
        Catalog.Brand sitara = CATALOG.brands().get(0);
        List<String> tokens = List.of("sitara", "khatam", "khan", "medical", "sitaraofficial", "sitaraofficial");
        CatalogMatcher.Hit handle = new CatalogMatcher.Hit(sitara, null, 4, 5, true);
        CatalogMatcher.Hit word = new CatalogMatcher.Hit(sitara, null, 4, 5, false);

        // Then the handle stays the brand's, where the same word written twice is another name
        assertThat(NameExtensions.SHIPPED.otherName(tokens, handle)).isFalse();
        assertThat(NameExtensions.SHIPPED.otherName(tokens, word)).isTrue();
    }
}
