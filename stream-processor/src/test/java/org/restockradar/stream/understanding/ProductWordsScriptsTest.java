package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Flavour and variant words of a catalog written in Latin letters, read in the posts' scripts (session 15): the word
 * each language has for the flavour ({@code catalog/product-words.tsv}), the English word as the script writes it,
 * and a case ending or "-wala" glued to the word.
 */
final class ProductWordsScriptsTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Qorvanti", "aliases": ["qorvanti"], "products": [
                {"sku": "QRV-SALT-30", "name": "Qorvanti Classic Salted 30 g", "aliases": []},
                {"sku": "QRV-MAS-30", "name": "Qorvanti Masala 30 g", "aliases": []},
                {"sku": "QRV-TOM-30", "name": "Qorvanti Tomato 30 g", "aliases": []}]},
              {"brand": "Sefrino", "aliases": ["sefrino"], "products": [
                {"sku": "SFR-LEM-200", "name": "Sefrino Lemon 200 ml", "aliases": []},
                {"sku": "SFR-ORA-200", "name": "Sefrino Orange 200 ml", "aliases": []},
                {"sku": "SFR-CAR-200", "name": "Sefrino Elaichi Milk 200 ml", "aliases": []},
                {"sku": "SFR-BUT-200", "name": "Sefrino Butter Milk 200 ml", "aliases": []}]}
            ]}""");

    private static String skuOf(String post) {
        String normalised = Text.normalise(post);
        return new CatalogMatcher(CATALOG).find(Text.tokensOfNormalised(normalised), normalised).stream()
                .filter(h -> h.product() != null).map(h -> h.product().sku()).findFirst().orElse(null);
    }

    @Test
    void shouldReadTheWordForSaltInEachLanguageAsTheSaltedProduct() {
        assertThat(skuOf("Qorvanti नमक वाले चिप्स नहीं")).isEqualTo("QRV-SALT-30");
        assertThat(skuOf("Qorvanti ఉప్పు చిప్స్ దొరకలేదు")).isEqualTo("QRV-SALT-30");
        assertThat(skuOf("Qorvanti নোনতা প্যাকেট নেই")).isEqualTo("QRV-SALT-30");
        assertThat(skuOf("Qorvanti ଲୁଣିଆ ପ୍ୟାକେଟ ନାହିଁ")).isEqualTo("QRV-SALT-30");
    }

    @Test
    void shouldReadTheFlavourWordsOfGurmukhiUrduTeluguKannadaAndMalayalam() {
        assertThat(skuOf("Sefrino ਨਿੰਬੂ ਨਹੀਂ ਮਿਲਿਆ")).isEqualTo("SFR-LEM-200");
        assertThat(skuOf("Sefrino سنترہ نہیں ملا")).isEqualTo("SFR-ORA-200");
        assertThat(skuOf("Sefrino నారింజ దొరకలేదు")).isEqualTo("SFR-ORA-200");
        assertThat(skuOf("Sefrino ಏಲಕ್ಕಿ ಸಿಗಲಿಲ್ಲ")).isEqualTo("SFR-CAR-200");
        assertThat(skuOf("Sefrino വെണ്ണ കിട്ടിയില്ല")).isEqualTo("SFR-BUT-200");
    }

    @Test
    void shouldReadAFlavourWordWithACaseEndingOrWalaGluedToIt() {
        assertThat(skuOf("Qorvanti মশলার প্যাকেট নেই")).isEqualTo("QRV-MAS-30"); // Bengali genitive -r
        assertThat(skuOf("Qorvanti ਟਮਾਟਰਵਾਲੇ ਨਹੀਂ ਮਿਲੇ")).isEqualTo("QRV-TOM-30"); // the tomato ones
    }
}
