package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.restockradar.ingest.TestCatalogs;

final class KeywordFilterTest {
    /** A one-brand catalog ({@code one-brand-catalog.json} on the test class path), shared with {@code SourcesTest}. */
    static final String CATALOG = TestCatalogs.ONE_BRAND;
    private final KeywordFilter filter = KeywordFilter.fromCatalogJson(CATALOG);

    @Test
    void shouldMatchAnyAliasCaseInsensitivelyOnWordBoundaries() {
        assertThat(filter.matches("Can't find HIPPO at Sharma General Store")).isTrue();
        assertThat(filter.matches("out of stock again #HungryForHippo")).isTrue();
        assertThat(filter.matches("saw a hippopotamus at the zoo")).isFalse();
        assertThat(filter.matches("nothing here")).isFalse();
        assertThat(filter.matches(null)).isFalse();
    }

    @Test
    void shouldReadEveryNameAndAliasOfTheCatalog() {
        assertThat(filter.keywords()).containsExactly(
                "hippo", "hippo chips", "#hungryforhippo", "hippo chilli garlic", "chilli garlic hippo");
        assertThat(filter.hashtags()).containsExactly("hungryforhippo");
    }
}
