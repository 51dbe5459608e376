package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class LatinTest {

    @Test
    void shouldLeaveLatinTokensAsTheyAre() {
        assertThat(Latin.of("kothrud")).isSameAs(Latin.of("kothrud"));
        assertThat(Latin.of("250")).isEqualTo("250");
    }

    @Test
    void shouldDropTheInherentVowelAtTheEndOfADevanagariWord() {
        assertThat(Latin.of("नगर")).isEqualTo("nagar");
        assertThat(Latin.of("स्टोर")).isEqualTo("stor");
        assertThat(Latin.of("किराना")).isEqualTo("kirana");
    }

    @Test
    void shouldDropTheInherentVowelInOdiaGujaratiAndBengaliToo() {
        assertThat(Latin.of("ଜଗନ୍ନାଥ")).isEqualTo("jagannath");
        assertThat(Latin.of("ભવાની")).isEqualTo("bhavani");
        assertThat(Latin.of("ভান্ডার")).isEqualTo("bhandar");
    }

    @Test
    void shouldWriteTheAnusvaraAsTheNasalOfTheNextConsonant() {
        assertThat(Latin.of("गंगा")).isEqualTo("ganga");
        assertThat(Latin.of("चंपा")).isEqualTo("champa");
        assertThat(Latin.of("आँगन")).isEqualTo("angan"); // a candrabindu too
        assertThat(Latin.of("नहीं")).isEqualTo("nahin"); // at the end of a word, "n" in the northern scripts
        assertThat(Latin.of("कहाँ")).isEqualTo("kahan");
        assertThat(Latin.of("ಗ್ರಾಂ")).isEqualTo("gram"); // and "m" in the Dravidian ones
    }

    @Test
    void shouldWriteShAsNamesAreSpelled() {
        assertThat(Latin.of("श्री")).isEqualTo("shri");
        assertThat(Latin.of("கணேஷ்")).isEqualTo("kanesh");
    }

    @Test
    void shouldWriteTheVocalicRAsNamesAreSpelledAndDropJoiners() {
        assertThat(Latin.of("कृष्ण")).isEqualTo("krishna"); // a cluster keeps its vowel at the end
        assertThat(Latin.of("क्रंच")).isEqualTo("kranch"); // a nasal and a consonant are no cluster
        assertThat(Latin.of("కూకట్\u200cపల్లి")).isEqualTo("kukatpalli");
    }

    @Test
    void shouldKeepExplicitVowelsOfDravidianScripts() {
        assertThat(Latin.of("ಲಕ್ಷ್ಮಿ")).isEqualTo("lakshmi");
        assertThat(Latin.of("ಬೆಂಗಳೂರು")).isEqualTo("bengaluru");
    }

    @Test
    void shouldGiveTheSameAnswerToManyThreadsAtOnce() throws Exception {
        List<String> words = List.of("ರಾಜು", "ಮಹೇಶ್", "സുരേഷ്", "ସୁନୀଲ", "ਗੁਰਮੀਤ", "চন্দন", "ગોપાલ", "వెంకట");
        List<String> alone = new ArrayList<>();
        for (String w : words) {
            alone.add(Latin.of(w + "ா")); // a spelling not cached yet
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> words.stream().map(w -> Latin.of(w + "ா")).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWriteMalayalamTwoPartVowelsAndTheDoubledTtAsNamesAreSpelled() {
        assertThat(Latin.of("കോഴിക്കോട്")).isEqualTo("kozhikkot");
        assertThat(Latin.of("സ്റ്റോർ")).isEqualTo("sttor");
        assertThat(Names.canonicalKey("സ്റ്റോഴ്സ്")).isEqualTo(Names.canonicalKey("stores"));
    }

    @Test
    void shouldWriteTheTamilClusterForKshAsKsh() {
        assertThat(Names.canonicalKey("மீனாட்சி")).isEqualTo(Names.canonicalKey("meenakshi"));
        assertThat(Latin.of("பாட்டி")).isEqualTo("patti"); // ட்ட is no cluster for "ksh"
    }

    @Test
    void shouldWriteUrduVowelLettersAsVowelsOrConsonantsByWhereTheyStand() {
        assertThat(Latin.of("نور")).isEqualTo("nor");
        assertThat(Latin.of("وارڈ")).isEqualTo("vard");
        assertThat(Latin.of("مدینہ")).isEqualTo("mdina");
        assertThat(Latin.of("بھوپال")).isEqualTo("bhopal");
        assertThat(Latin.of("یار")).isEqualTo("yar");
        assertThat(Latin.of("عید")).isEqualTo("id");
        assertThat(Latin.of("ٹاؤن")).isEqualTo("taun");
    }

    @Test
    void shouldGiveUrduAndLatinSpellingsOfANameOneSkeleton() {
        assertThat(Names.skeleton(Names.canonicalKey(Text.normalise("سلطان")))).isEqualTo(Names.skeleton(Names.canonicalKey("sultan")));
        assertThat(Names.skeleton(Names.canonicalKey(Text.normalise("پورہ")))).isEqualTo(Names.skeleton(Names.canonicalKey("pura")));
    }
}
