package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CatalogTest {

    @Test
    void shouldReadACatalogWithoutTheOptionalBrandWordsAsBefore() {
        Catalog catalog = Catalog.parse("""
                {"brands": [{"brand": "Zintara", "aliases": ["zintara"], "products": []}]}
                """);

        assertThat(catalog.brands().get(0).categoryWords()).isEmpty();
        assertThat(catalog.brands().get(0).otherSenses()).isEmpty();
    }

    @Test
    void shouldReadCategoryWordsAndOtherSenses() {
        Catalog catalog = Catalog.parse("""
                {"brands": [{"brand": "Kolvo", "aliases": [], "products": [],
                             "category_words": ["soda", "fizzy drink"], "other_senses": ["yoga", "resort"]}]}
                """);

        assertThat(catalog.brands().get(0).categoryWords()).containsExactly("soda", "fizzy drink");
        assertThat(catalog.brands().get(0).otherSenses()).containsExactly("yoga", "resort");
    }

    @Test
    void shouldTellBrandsApartByTheirWords() {
        Catalog.Brand plain = new Catalog.Brand("Kolvo", null, null);
        Catalog.Brand withWords = new Catalog.Brand("Kolvo", null, null, java.util.List.of("soda"), null);

        assertThat(plain).isNotEqualTo(withWords);
        assertThat(plain).isEqualTo(new Catalog.Brand("Kolvo", java.util.List.of(), java.util.List.of()));
    }
}
