package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class QuantityTest {
    private static final Quantity LITRE_AND_A_FIFTH = new Quantity(1200, "ml");

    private static List<Quantity> in(String text) {
        return Quantity.in(Text.normalise(text));
    }

    @Test
    void shouldReadOneSizeWrittenManyWays() {
        for (String post : List.of("Pinecrest 1.2L gone", "pinecrest 1.2 ltr nahi", "1200 ml Pinecrest", "1200ml",
                "Pinecrest 1,2 L", "one point two litre of Pinecrest", "1.2 लीटर पाइनक्रेस्ट", "1.2 ಲೀಟರ್",
                "PINECREST 1.2 LITRES", "1.2 liter")) {
            assertThat(in(post)).as(post).containsExactly(LITRE_AND_A_FIFTH);
        }
    }

    @Test
    void shouldReadNumberWordsOfSeveralLanguages() {
        assertThat(in("half litre bottle")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("isang litro na Pinecrest")).containsExactly(new Quantity(1000, "ml"));
        assertThat(in("dedh litre wala")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("two hundred ml")).containsExactly(new Quantity(200, "ml"));
    }

    @Test
    void shouldReadAFractionAsOneNumber() {
        assertThat(in("1/2 litre")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("½ litre")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("1 lit bottle")).containsExactly(new Quantity(1000, "ml"));
        assertThat(in("1 litter")).containsExactly(new Quantity(1000, "ml"));
    }

    @Test
    void shouldStepOverALinkingWordBetweenANumberWordAndItsUnit() {
        assertThat(in("half a litre gone")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("walay usa ka litro")).containsExactly(new Quantity(1000, "ml"));
        assertThat(in("awan ti dua a litro")).containsExactly(new Quantity(2000, "ml"));
        assertThat(in("one and a half litre")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("a litre of it")).isEmpty();
    }

    @Test
    void shouldReadADigitWordBeforeTensAsHundreds() {
        assertThat(in("two fifty ml")).containsExactly(new Quantity(250, "ml"));
        assertThat(in("do sau pachas ml")).containsExactly(new Quantity(250, "ml"));
        assertThat(in("twenty five ml")).containsExactly(new Quantity(25, "ml")); // tens and units add up
    }

    @Test
    void shouldReadAFractionOfAUnitButNoShopNumber() {
        assertThat(in("1/2 litre nahi")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("3/4 ltr")).containsExactly(new Quantity(750, "ml"));
        assertThat(in("7/11 store, 1 l")).containsExactly(new Quantity(1000, "ml"));
    }

    @Test
    void shouldReadNumberWordsInTheDravidianScriptsAndBengali() {
        assertThat(in("அரை லிட்டர் இல்லை")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("ഒന്നര ലിറ്റർ")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("ಒಂದು ಲೀಟರ್")).containsExactly(new Quantity(1000, "ml"));
        assertThat(in("আধ লিটার")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("kaal litre")).containsExactly(new Quantity(250, "ml"));
    }

    @Test
    void shouldReadTheLetterOAsAZeroInsideANumber() {
        assertThat(in("6OO ml pack")).containsExactly(new Quantity(600, "ml"));
        assertThat(in("6OOml")).containsExactly(new Quantity(600, "ml"));
    }

    @Test
    void shouldTellAThousandsSeparatorFromADecimalComma() {
        assertThat(in("1,200 ml")).containsExactly(LITRE_AND_A_FIFTH);
        assertThat(in("1,25 l")).containsExactly(new Quantity(1250, "ml"));
    }

    @Test
    void shouldReadMassesInGrams() {
        assertThat(in("the 90 gm pack")).containsExactly(new Quantity(90, "g"));
        assertThat(in("1 kg tub, 40g sachet")).containsExactly(new Quantity(1000, "g"), new Quantity(40, "g"));
        assertThat(in("50 ग्राम")).containsExactly(new Quantity(50, "g"));
    }

    @Test
    void shouldFindNoSizeWithoutAUnit() {
        assertThat(in("20 packets left, call 9876543210")).isEmpty();
        assertThat(in("the l in hello")).isEmpty();
        assertThat(in("out since 10 days")).isEmpty();
    }

    @Test
    void shouldTellWordsForTheLargestAndSmallestPackInSeveralLanguages() {
        for (String big : List.of("big", "बड़ा", "periya", "ದೊಡ್ಡ", "malaki", "dako")) {
            assertThat(Quantity.sizeWord(Text.normalise(big))).as(big).isTrue();
        }
        for (String small : List.of("small", "chhota", "chinna", "ছোট", "maliit", "gamay")) {
            assertThat(Quantity.sizeWord(Text.normalise(small))).as(small).isFalse();
        }
        assertThat(Quantity.sizeWord("bottle")).isNull();
    }
    @Test
    void shouldReadTheDigitsOfEachScriptAsDigits() {
        assertThat(in("३५० मिली")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("੨.੫ ਲੀਟਰ ਦੀ ਬੋਤਲ")).containsExactly(new Quantity(2500, "ml"));
        assertThat(in("۲٫۵ لیٹر")).containsExactly(new Quantity(2500, "ml"));
        assertThat(in("٣٥٠ ملی لیٹر")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("৭৫ গ্রাম")).containsExactly(new Quantity(75, "g"));
        assertThat(in("૩૫૦ મિલી")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("୭୫ ଗ୍ରାମ")).containsExactly(new Quantity(75, "g"));
        assertThat(in("௩௫௦ மில்லி")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("౩౫౦ మి.లీ")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("೭೫ ಗ್ರಾಮ್")).containsExactly(new Quantity(75, "g"));
        assertThat(in("൩൫൦ മില്ലി")).containsExactly(new Quantity(350, "ml"));
    }

    @Test
    void shouldReadAUnitWrittenWithDotsAsOneWord() {
        assertThat(in("350 मि.ली.")).containsExactly(new Quantity(350, "ml"));
        assertThat(in("350 ఎం.ఎల్ బాటిల్")).containsExactly(new Quantity(350, "ml"));
        assertThat(Quantity.isUnit(Text.normalise("மி"))).isTrue(); // the first part tells the post may hold a size
        assertThat(in("350 ml.dr.ram")).containsExactly(new Quantity(350, "ml")); // joined only into a unit
    }

    @Test
    void shouldReadNumberWordsOfGurmukhiUrduGujaratiAndOdia() {
        assertThat(in("ਡੇਢ ਲੀਟਰ")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("آدھا لیٹر")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("અડધો લીટર")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("ଦୁଇ ଲିଟର")).containsExactly(new Quantity(2000, "ml"));
        assertThat(in("दीड लिटर")).containsExactly(new Quantity(1500, "ml"));
    }

    @Test
    void shouldReadAWholeNumberBeforeAFractionSignAsWholeUnits() {
        assertThat(in("2½ kilo")).containsExactly(new Quantity(2500, "g"));
        assertThat(in("1¼ L")).containsExactly(new Quantity(1250, "ml"));
    }

    @Test
    void shouldReadTheUnitSpellingsOfHinglishAndTagalog() {
        assertThat(in("do litar wali")).containsExactly(new Quantity(2000, "ml"));
        assertThat(in("500 mililitro")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("250 grm packet")).containsExactly(new Quantity(250, "g"));
    }

    @Test
    void shouldReadAWholeNumberBeforeAWrittenFractionAsOneSize() {
        assertThat(in("Pelvaro 1 1/2 L out")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("2 1/2 kg wala")).containsExactly(new Quantity(2500, "g"));
    }

    @Test
    void shouldReadTensAndHundredsInHindiTagalogAndCebuanoWords() {
        assertThat(in("nabbe gram wala packet")).containsExactly(new Quantity(90, "g"));
        assertThat(in("derh liter nahi")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("isa't kalahating litro")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("usa ug tunga ka litro")).containsExactly(new Quantity(1500, "ml"));
        assertThat(in("tatlong daang ml")).containsExactly(new Quantity(300, "ml"));
        assertThat(in("thirty five grams")).containsExactly(new Quantity(35, "g"));
    }
    @Test
    void shouldReadWordsThatChangeTheNumberAfterThem() {
        assertThat(in("sawa do litre")).containsExactly(new Quantity(2250, "ml"));
        assertThat(in("paune do litre")).containsExactly(new Quantity(1750, "ml"));
        assertThat(in("paune litre wali")).containsExactly(new Quantity(750, "ml"));
        assertThat(in("saade teen sau gram")).containsExactly(new Quantity(350, "g"));
        assertThat(in("sawa sau gram")).containsExactly(new Quantity(125, "g"));
        assertThat(in("सवा दो लीटर")).containsExactly(new Quantity(2250, "ml"));
        assertThat(in("ಮುಕ್ಕಾಲು ಲೀಟರ್")).containsExactly(new Quantity(750, "ml"));
    }

    @Test
    void shouldReadAFractionWordRightAfterAWholeOneAsAPartOfIt() {
        assertThat(in("three quarter litre")).containsExactly(new Quantity(750, "ml"));
        assertThat(in("isang kalahating litro")).containsExactly(new Quantity(500, "ml"));
        assertThat(in("two and a quarter litre")).containsExactly(new Quantity(2250, "ml"));
        assertThat(in("one and a half litre")).containsExactly(new Quantity(1500, "ml"));
    }

    @Test
    void shouldReadRomanisedHindiNumbersWithLongVowelsDoubledOrNot() {
        assertThat(in("baavan gram")).containsExactly(new Quantity(52, "g"));
        assertThat(in("bavan gram")).containsExactly(new Quantity(52, "g"));
        assertThat(in("baais gram wala")).containsExactly(new Quantity(22, "g"));
        assertThat(in("pachpan gram")).containsExactly(new Quantity(55, "g"));
    }

    @Test
    void shouldTellWhereEachSizeIs() {
        String text = Text.normalise("Pinecrest 600ml and dedh litre");
        assertThat(Quantity.found(text)).extracting(Quantity.Found::start).containsExactly(10, 20);
    }
}
