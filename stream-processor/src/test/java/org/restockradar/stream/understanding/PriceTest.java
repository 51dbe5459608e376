package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PriceTest {
    private static List<Price> in(String text) {
        return Price.in(Text.normalise(text));
    }

    @Test
    void shouldReadARupeePriceWrittenEveryWay() {
        Price ten = new Price(1000, "inr");
        for (String post : List.of("Rs 10 pack", "rs.10 wala", "₹10 wala", "10 rupee pack", "10rs pack", "10/- wala",
                "das rupaye wala", "दस रुपये वाला", "১০ টাকার প্যাকেট", "10 ரூபாய்", "Rs. 10 pack")) {
            assertThat(in(post)).as(post).containsExactly(ten);
        }
    }

    @Test
    void shouldReadAPesoPriceWrittenEveryWay() {
        Price fifteen = new Price(1500, "php");
        for (String post : List.of("P15 na", "₱15 lang", "15 pesos", "kinse pesos", "php 15")) {
            assertThat(in(post)).as(post).containsExactly(fifteen);
        }
    }

    @Test
    void shouldReadNoPriceWithoutACurrency() {
        assertThat(in("15 ml pack")).isEmpty();
        assertThat(in("p 15 na")).isEmpty(); // a lone "p" counts only glued to its digits
        assertThat(in("page 15")).isEmpty();
    }
}
