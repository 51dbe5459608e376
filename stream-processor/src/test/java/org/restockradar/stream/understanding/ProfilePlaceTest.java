package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ProfilePlaceTest {

    private static List<String> texts(String location) {
        return ProfilePlace.parts(location).stream().map(p -> String.join(" ", p.tokens())
                + (p.residence() ? " [lives]" : p.origin() ? " [from]" : "")).toList();
    }

    @Test
    void shouldCutAProfileAtSeparatorsAndPictographs() {
        assertThat(texts("Shimoga | Coffee addict | Runner")).containsExactly("shimoga", "coffee addict", "runner");
        assertThat(texts("📍Calapan")).containsExactly("calapan");
        assertThat(texts("Madurai/மதுரை")).containsExactly("madurai", "மதுரை");
        assertThat(texts("Nashik 🇮🇳 ✈️ Dubai")).containsExactly("nashik", "dubai");
        assertThat(texts("Ranchi - Jamshedpur")).containsExactly("ranchi", "jamshedpur");
    }

    @Test
    void shouldKeepAHyphenInsideANameAndReadAMarkerGluedByOne() {
        assertThat(texts("Sari-Sari Store owner")).containsExactly("sari sari store owner");
        assertThat(texts("Guntur-born, now in Nellore")).containsExactly("guntur [from]", "nellore [lives]");
    }

    @Test
    void shouldTellWhereTheAuthorLivesFromWhereTheAuthorComesFrom() {
        assertThat(texts("from Hubli, living in Dharwad")).containsExactly("hubli [from]", "dharwad [lives]");
        assertThat(texts("born in Davao, based in Tagum")).containsExactly("davao [from]", "tagum [lives]");
        assertThat(texts("nakatira sa Calapan")).containsExactly("calapan [lives]");
    }

    @Test
    void shouldGiveNoPartForAnEmptyOrSymbolOnlyProfile() {
        assertThat(ProfilePlace.parts(null)).isEmpty();
        assertThat(ProfilePlace.parts("   ")).isEmpty();
        assertThat(ProfilePlace.parts("🌍 ✨")).isEmpty();
    }
}
