package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Session 17: the product's own words are never a shop's name misspelt, a town that begins an institution's name is
 * not the place, and the SKU from variant words and sizes in the posts' languages ("gaay ka", "kesariya", "maanghang",
 * "ಕೆಜಿ"). Invented brands, shops and sentences.
 */
final class UnderstandingStageSpell17Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Jelora", "aliases": ["jelora"], "category_words": ["toffee"], "products": [
                {"sku": "JLR-ROY-50G", "name": "Jelora Royal Toffee 50 g", "aliases": []},
                {"sku": "JLR-MNT-50G", "name": "Jelora Mint Toffee 50 g", "aliases": []}]},
              {"brand": "Dudhira", "aliases": ["dudhira"], "category_words": ["ghee"], "products": [
                {"sku": "DDR-COW-1L", "name": "Dudhira Cow Ghee 1 L", "aliases": []},
                {"sku": "DDR-BUF-1L", "name": "Dudhira Buffalo Ghee 1 L", "aliases": []}]},
              {"brand": "Sharvelo", "aliases": ["sharvelo"], "category_words": ["sharbat"], "products": [
                {"sku": "SHV-KSR-750ML", "name": "Sharvelo Kesar Sharbat 750 ml", "aliases": []},
                {"sku": "SHV-BAD-750ML", "name": "Sharvelo Badam Sharbat 750 ml", "aliases": []}]},
              {"brand": "Mikyaw", "aliases": ["mikyaw"], "category_words": ["noodles"], "products": [
                {"sku": "MKY-ORG-70G", "name": "Mikyaw Original 70 g", "aliases": []},
                {"sku": "MKY-HOT-70G", "name": "Mikyaw Hot 70 g", "aliases": []}]},
              {"brand": "Saflora", "aliases": ["saflora"], "category_words": ["detergent"], "products": [
                {"sku": "SFL-2KG", "name": "Saflora Detergent 2 kg", "aliases": []},
                {"sku": "SFL-5KG", "name": "Saflora Detergent 5 kg", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("NSK-1", "Nashik Kirana", "Panchavati", "Nashik", 20.01, 73.79));
        d.put(TestOutlets.outlet("LTR-1", "Royale Mart", "Ganj Golai", "Latur", 18.40, 76.57));
        d.put(TestOutlets.outlet("UJN-1", "Mahakal Stores", "Freeganj", "Ujjain", 23.18, 75.78));
        d.put(TestOutlets.outlet("TPT-1", "Sri Padmavathi Stores", "Balaji Colony", "Tirupati", 13.63, 79.42));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-17", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldNotReadTheProductsOwnWordAsAShopsNameMisspelt() {
        // "royal" is one letter from "Royale Mart" of another city: the post names no shop, the profile its city
        Understanding u = read("Jelora royal toffee 50g out of stock in all shops here", "Nashik");
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
        assertThat(u.city()).isEqualTo("Nashik");
    }

    @Test
    void shouldStillReadAShopNamedAsWritten() {
        assertThat(read("Jelora mint toffee out at Royale Mart Ganj Golai", "Nashik").outlet().outletId())
                .isEqualTo("LTR-1");
    }

    @Test
    void shouldNotTakeATownThatBeginsAnInstitutionsNameForThePlace() {
        Understanding u = read("Jelora mint toffee 50g out of stock near Pune Public School", "Ujjain");
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Ujjain");
        assertThat(read("Dudhira cow ghee 1 litre nahi hai, Delhi Hospital ke saamne wali dukaan", "Ujjain").city())
                .isEqualTo("Ujjain");
    }

    @Test
    void shouldReadTheVariantInThePostsLanguage() {
        assertThat(read("Dudhira gaay ka ghee 1 litre khatam Mahakal Stores Freeganj", null).sku()).isEqualTo("DDR-COW-1L");
        assertThat(read("Dudhira गाय का घी 1 लीटर नहीं है Mahakal Stores Freeganj", null).sku()).isEqualTo("DDR-COW-1L");
        assertThat(read("Sharvelo kesariya sharbat nahi mil raha Mahakal Stores Freeganj", null).sku())
                .isEqualTo("SHV-KSR-750ML");
        assertThat(read("Wala nang Mikyaw maanghang 70g sa Mahakal Stores", null).sku()).isEqualTo("MKY-HOT-70G");
    }

    @Test
    void shouldNotReadWentAsCow() {
        // Hindi "gai" (went, feminine) is no word for cow: the size fits both ghees
        assertThat(read("Dudhira ghee 1 litre khatam ho gai Mahakal Stores Freeganj", null).sku()).isNull();
    }

    @Test
    void shouldReadKilogramSaidAsItsLettersInTheScripts() {
        assertThat(read("Saflora detergent 5 ಕೆಜಿ ಇಲ್ಲ Sri Padmavathi Stores Balaji Colony", null).sku()).isEqualTo("SFL-5KG");
        assertThat(read("Saflora detergent 2 కేజీ దొరకడం లేదు Sri Padmavathi Stores", null).sku()).isEqualTo("SFL-2KG");
    }
}
