package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class MentionTest {
    private static final Instant AT = Instant.parse("2026-10-02T09:14:00Z");

    private static Mention mention(String text, String displayName) {
        return new Mention("x-1", Source.X, AT, new Author("u-1", "priya_k", displayName, null, null), text, "en", null, false);
    }

    @Test
    void shouldNameTheFieldThatCarriesANulCharacterAndWhere() {
        assertThat(mention("no Hippo\u0000 here", "Priya").nulCharacters())
                .hasValue("text contains the character U+0000 (NUL) at index 8, which PostgreSQL cannot store");
        assertThat(mention("no Hippo here", "\u0000Priya").nulCharacters())
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("author.display_name contains the character U+0000"));
    }

    @Test
    void shouldFindNothingInAnOrdinaryMention() {
        assertThat(mention("no Hippo here \u00e0 \ud83d\ude00", null).nulCharacters()).isEmpty();
    }
}
