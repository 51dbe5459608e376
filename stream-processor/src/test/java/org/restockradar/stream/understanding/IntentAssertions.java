package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Reads posts about a test catalog's brands with the intent reader and asserts what they are. */
final class IntentAssertions {

    private final CatalogMatcher matcher;

    IntentAssertions(Catalog catalog) {
        this.matcher = new CatalogMatcher(catalog);
    }

    /** The intent of a post that names a tracked brand, read knowing the brands the catalog does not track. */
    IntentReader.Intent read(String post) {
        IntentReader.Tokens t = IntentReader.cut(Text.normalise(post));
        List<CatalogMatcher.Hit> hits = matcher.find(t.tokens());
        assertThat(hits).as("a tracked brand in: %s", post).isNotEmpty();
        return IntentReader.read(t, hits, matcher.others());
    }

    void assertReport(String... posts) {
        for (String post : posts) {
            assertThat(read(post).stockout()).as("a report: %s (%s)", post, read(post)).isTrue();
        }
    }

    void assertNotReport(String... posts) {
        for (String post : posts) {
            assertThat(read(post).stockout()).as("not a report: %s (%s)", post, read(post)).isFalse();
        }
    }
}
