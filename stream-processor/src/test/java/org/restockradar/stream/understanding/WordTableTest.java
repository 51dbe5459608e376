package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class WordTableTest {

    @Test
    void shouldHoldEveryWordGivenAndNoOther() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("w" + i);
        }
        Set<String> set = WordTable.setOf(words);
        assertThat(set).hasSize(5_000);
        for (String w : words) {
            assertThat(set.contains(new String(w))).as(w).isTrue(); // equal, not the same instance
        }
        for (int i = 5_000; i < 10_000; i++) {
            assertThat(set.contains("w" + i)).isFalse();
        }
        assertThat(set.contains(null)).isFalse();
        assertThat(set.contains(42)).isFalse();
    }

    @Test
    void shouldTellWordsOfOneHashApart() {
        // "Aa" and "BB" share String.hashCode, as do their concatenations
        Set<String> set = WordTable.setOf(List.of("AaAa", "BBBB", "AaBB"));
        assertThat(set.contains("BBAa")).isFalse();
        assertThat(set).containsExactly("AaAa", "BBBB", "AaBB");
        assertThat(set.contains("BBBB")).isTrue();
    }

    @Test
    void shouldKeepOneOfAWordGivenTwiceInTheOrderGiven() {
        Set<String> set = WordTable.setOf(List.of("kirana", "store", "kirana", "mart"));
        assertThat(set).containsExactly("kirana", "store", "mart");
        assertThat(set).isEqualTo(new HashSet<>(List.of("mart", "store", "kirana")));
    }

    @Test
    void shouldGiveTheValueOfEachWordOfAMap() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("ltr", "l");
        given.put("gms", "g");
        given.put("kilo", "kg");
        Map<String, String> map = WordTable.mapOf(given);
        assertThat(map.get("gms")).isEqualTo("g");
        assertThat(map.get("gm")).isNull();
        assertThat(map.containsKey("kilo")).isTrue();
        assertThat(map.containsKey("kilos")).isFalse();
        assertThat(map.getOrDefault("kilos", "?")).isEqualTo("?");
        assertThat(map).isEqualTo(given);
        assertThat(map.keySet()).containsExactly("ltr", "gms", "kilo");
    }

    @Test
    void shouldRefuseNulls() {
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> WordTable.mapOf(withNull)).isInstanceOf(NullPointerException.class);
        List<String> nullWord = new ArrayList<>();
        nullWord.add(null);
        assertThatThrownBy(() -> WordTable.setOf(nullWord)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldHoldAnEmptySet() {
        assertThat(WordTable.setOf(List.of())).isEmpty();
        assertThat(WordTable.setOf(List.of()).contains("a")).isFalse();
        assertThat(WordTable.mapOf(Map.of()).get("a")).isNull();
    }
}
