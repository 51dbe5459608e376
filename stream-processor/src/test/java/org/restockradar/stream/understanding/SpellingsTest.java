package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SpellingsTest {

    private static final Spellings SPELLINGS = Spellings.of(
            List.of("nahi", "khatam", "sakta", "gaya", "mangao", "kidaikkala", "waay", "sari"), Set.of("sri"));

    @Test
    void shouldReadChatSpellingsWithoutVowelsAsTheLexiconWord() {
        assertThat(SPELLINGS.word("nhi")).isEqualTo("nahi");
        assertThat(SPELLINGS.word("khtm")).isEqualTo("khatam");
        assertThat(SPELLINGS.word("skta")).isEqualTo("sakta");
        assertThat(SPELLINGS.word("gya")).isEqualTo("gaya");
    }

    @Test
    void shouldReadALongWordWhoseVowelsDifferByItsConsonants() {
        assertThat(SPELLINGS.word("kedaikalai")).isEqualTo("kidaikkala");
    }

    @Test
    void shouldLeaveWordsThatKeepTheirVowelsOrNameShopsAlone() {
        assertThat(SPELLINGS.word("mango")).as("a word of its own, not 'mangao'").isEqualTo("mango");
        assertThat(SPELLINGS.word("way")).as("'waay' keeps its vowel pair").isEqualTo("way");
        assertThat(SPELLINGS.word("sri")).as("a word of the name tables").isEqualTo("sri");
        assertThat(SPELLINGS.word("zintara")).isEqualTo("zintara");
    }

    @Test
    void shouldReadASpellingOfTwoWordsOfOneMeaningAsEitherAndOfTwoMeaningsAsNeither() {
        Spellings same = Spellings.of(List.of("kidaikkala", "kidaikkalai"), Set.of(),
                Map.of("kidaikkala", 1L, "kidaikkalai", 1L));
        Spellings different = Spellings.of(List.of("kidaikkala", "kidaikkalai"), Set.of(),
                Map.of("kidaikkala", 1L, "kidaikkalai", 2L));
        assertThat(same.word("kedaikalai")).isIn("kidaikkala", "kidaikkalai");
        assertThat(different.word("kedaikalai")).isEqualTo("kedaikalai");
    }

    @Test
    void shouldReadATokenOutsideItsTablesAsWordDoes() {
        Set<String> listed = SPELLINGS.listed();
        assertThat(listed).contains("nhi", "nahi", "sri").doesNotContain("kedaikalai", "mango");
        for (String token : List.of("kedaikalai", "mango", "kidaikalaiyee", "chennai", "zz")) {
            assertThat(SPELLINGS.unlisted(token)).as(token).isEqualTo(SPELLINGS.word(token));
        }
    }
}
