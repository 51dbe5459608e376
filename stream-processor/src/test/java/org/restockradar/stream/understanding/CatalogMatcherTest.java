package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class CatalogMatcherTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Hippo", "aliases": ["hippo", "#hungryforhippo", "@hungryforhippo"], "products": []}
            ]}""");

    @Test
    void shouldKnowTheBrandsHandleWrittenAnyWay() {
        CatalogMatcher matcher = new CatalogMatcher(CATALOG);
        Catalog.Brand hippo = CATALOG.brands().get(0);

        assertThat(matcher.isBrandHandle(hippo, "HungryForHippo")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "_hungry_for_hippo")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "hungryforhippo's")).isTrue();
        assertThat(matcher.isBrandHandle(hippo, "hungryforhippo2")).isFalse();
        assertThat(matcher.isBrandHandle(hippo, "user42")).isFalse();
        assertThat(matcher.isBrandHandle(hippo, "ｈungryforhippo")).isTrue(); // full-width: NFKC makes it plain
    }

    @Test
    void shouldRuleOutAHandleByItsFirstLetterOrDigitOnlyWhenItIsAscii() {
        Set<String> keys = Set.of("hungryforhippo", "appyfizz");

        assertThat(CatalogMatcher.mayBeOneOf("__HungryX", keys)).isTrue();
        assertThat(CatalogMatcher.mayBeOneOf("'appy", keys)).isTrue();
        assertThat(CatalogMatcher.mayBeOneOf("user42", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("42hippo", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("ｕser", keys)).isTrue(); // not ASCII: not ruled out here
        assertThat(CatalogMatcher.mayBeOneOf("__", keys)).isFalse();
        assertThat(CatalogMatcher.mayBeOneOf("__", Set.of(""))).isTrue();
    }
}
