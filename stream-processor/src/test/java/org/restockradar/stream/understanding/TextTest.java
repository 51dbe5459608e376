package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TextTest {

    @Test
    void shouldCutTokensTheSameWayForAliasesAndPosts() {
        assertThat(Text.tokens("Can’t find #ZebraPuffs 250ml at Nena's!")).containsExactly("cant", "find", "zebrapuffs", "250", "ml", "at", "nena");
        assertThat(Text.tokens("España Blvd")).containsExactly("espana", "blvd");
        assertThat(Text.tokens("कोथरूडमध्ये हिप्पो")).containsExactly("कोथरूडमध्ये", "हिप्पो");
    }

    @Test
    void shouldJoinWordsAcrossAnApostropheAndDropAPossessive() {
        assertThat(Text.tokens("didn't get it at Ram's 2nd shop")).containsExactly("didnt", "get", "it", "at", "ram", "2", "nd", "shop");
        assertThat(Text.tokens("o'neil's")).containsExactly("oneil");
        assertThat(Text.tokens("rams's5 ok")).containsExactly("rams", "5", "ok");
        assertThat(Text.tokens("' don't'")).containsExactly("dont");
    }

    @Test
    void shouldTellWhereEachTokenEnds() {
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        assertThat(Text.tokensOfNormalised("ram's, 2nd shop", ends::add)).containsExactly("ram", "2", "nd", "shop");
        assertThat(ends).containsExactly(5, 8, 10, 15);
    }

    @Test
    void shouldTellTheEndsOfATextsOwnTokensInPlaceAsCuttingItTellsThem() {
        for (String text : java.util.List.of("ram's, 2nd shop", "o'neil's 250ml wali bottle nahi mili", "' don't' x",
                "कोथरूडमध्ये हिप्पो ५००मिली नहीं", "ala na po sa tindahan ni aling nena's, 3x", "", "!!")) {
            String normalised = Text.normalise(text);
            java.util.List<Integer> told = new java.util.ArrayList<>();
            java.util.List<String> tokens = Text.tokensOfNormalised(normalised, told::add);

            assertThat(Text.tokenEnds(normalised, tokens)).as(text).containsExactly(told.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void shouldTellNoEndsForTokensThatAreNotTheTextsOwn() {
        String normalised = Text.normalise("didn't get 2 packs at Ram's");

        // a token respelt, one dropped, one added, a spliced token written otherwise
        assertThat(Text.tokenEnds(normalised, java.util.List.of("didnt", "got", "2", "packs", "at", "ram"))).isNull();
        assertThat(Text.tokenEnds(normalised, java.util.List.of("didnt", "get", "2", "packs", "at"))).isNull();
        assertThat(Text.tokenEnds(normalised, java.util.List.of("didnt", "get", "2", "packs", "at", "ram", "x"))).isNull();
        assertThat(Text.tokenEnds(normalised, java.util.List.of("didn", "get", "2", "packs", "at", "ram"))).isNull();
        assertThat(Text.tokenEnds(normalised, java.util.List.of("didnt", "get", "2", "packs", "at", "ram")))
                .containsExactly(6, 10, 12, 18, 21, 27);
    }

    @Test
    void shouldCutAPartOfATextAsThatPartAloneAndTellEndsInTheWholeText() {
        // the part ends right after an apostrophe and a possessive: read as if the text ended there
        String text = "x. ram's. don'";
        java.util.List<Integer> ends = new java.util.ArrayList<>();

        assertThat(Text.tokensOfNormalised(text, 3, 8, ends::add)).containsExactly("ram").isEqualTo(Text.tokensOfNormalised("ram's"));
        assertThat(ends).containsExactly(8);
        assertThat(Text.tokensOfNormalised(text, 10, 13, null)).containsExactly("don").isEqualTo(Text.tokensOfNormalised("don"));
        assertThat(Text.tokensOfNormalised(text, 10, 14, null)).containsExactly("don").isEqualTo(Text.tokensOfNormalised("don'"));
        assertThat(Text.tokensOfNormalised("it's", 0, 3, null)).containsExactly("it").isEqualTo(Text.tokensOfNormalised("it'"));
    }

    @Test
    void shouldNormaliseApostrophesCaseWidthAndLatinDiacritics() {
        assertThat(Text.normalise("Can’t ‘find’ `it` 😤")).isEqualTo("can't 'find' 'it' 😤");
        assertThat(Text.normalise("Sūrat España ＡＢＣ")).isEqualTo("surat espana abc");
        assertThat(Text.normalise("हिप्पो नहीं 😩")).isEqualTo("हिप्पो नहीं 😩");
        assertThat(Text.normalise("Don`t")).isEqualTo("don't");
    }

    @Test
    void shouldWriteTheDigitsOfEveryScriptAsAsciiDigits() {
        assertThat(Text.normalise("पिन ४११०३८, १.५ लीटर")).isEqualTo("पिन 411038, 1.5 लीटर");
        assertThat(Text.normalise("۱٫۵ لیٹر، ٢٠٠ ملی")).isEqualTo("1.5 لیٹر، 200 ملی");
        assertThat(Text.normalise("௨௫௦ ౨౫౦ ೨೫೦ ൨൫൦ ૨૫૦ ୨୫୦ ੨੫੦ ২৫০")).isEqualTo("250 250 250 250 250 250 250 250");
        assertThat(Text.tokens("६००मिली")).containsExactly("600", "मिली");
    }

    @Test
    void shouldMeasureEditDistance() {
        assertThat(Text.distance("sharma", "shrama", 2)).isEqualTo(1);
        assertThat(Text.distance("sharma", "verma", 1)).isEqualTo(2);
    }
}
