package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Places and shop names written in an Indian script or Urdu, read by their sounds (session 12): a locality written
 * in two words, a registry city in the script's spelling, a name word whose first letter the script writes otherwise
 * (Tamil ச for "S"), a name of few consonants in a named locality; English place words in a script; the author's
 * profile locality settling a tie between same-named shops; a bare size after a product word.
 */
final class UnderstandingStageSoundsTest {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Dorvesa", "aliases": ["dorvesa", "دورویسا", "டோர்வேசா", "डोर्वेसा"], "products": [
                {"sku": "DRV-L-300", "name": "Dorvesa Lime 300 ml", "aliases": []},
                {"sku": "DRV-L-900", "name": "Dorvesa Lime 900 ml", "aliases": []},
                {"sku": "DRV-O-300", "name": "Dorvesa Orange 300 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("MBD-1", "Noori Kirana", "Katghar", "Moradabad", 28.83, 78.78));
        d.put(TestOutlets.outlet("MBD-2", "Noori Kirana", "Civil Lines", "Moradabad", 28.84, 78.76));
        d.put(TestOutlets.outlet("MBD-3", "Bilal General Store", "Katghar", "Moradabad", 28.831, 78.781));
        d.put(TestOutlets.outlet("KRR-1", "Sakthi Stores", "Gandhigramam", "Karur", 10.96, 78.08));
        d.put(TestOutlets.outlet("KRR-2", "Sakthi Stores", "Vengamedu", "Karur", 10.97, 78.07));
        d.put(TestOutlets.outlet("KPT-1", "Dhillon Karyana", "Station Road", "Kapurthala", 31.38, 75.38));
        d.put(TestOutlets.outlet("KPT-2", "Dhillon Karyana", "Model Town", "Kapurthala", 31.39, 75.39));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("s-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldReadALocalityWrittenInTwoWordsOfUrdu() {
        Understanding u = read("کٹ گھر بلال جنرل اسٹور میں دورویسا نہیں ہے", null);
        assertThat(u.city()).isEqualTo("Moradabad");
        assertThat(u.locality()).isEqualTo("Katghar");
    }

    @Test
    void shouldReadARegistryCityInUrduSpelling() {
        assertThat(read("مراد آباد میں دورویسا کہیں نہیں مل رہا", null).city()).isEqualTo("Moradabad");
        assertThat(read("मुरादाबाद में डोर्वेसा कहीं नहीं मिल रहा", null).city()).isEqualTo("Moradabad");
    }

    @Test
    void shouldMeetANameWordWhoseFirstLetterTamilWritesOtherwise() {
        Understanding u = read("காந்திகிராமம் சக்தி ஸ்டோர்ஸ்ல டோர்வேசா இல்லை", null);
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("KRR-1");
    }

    @Test
    void shouldMeetAShortUrduNameInTheLocalityNamed() {
        Understanding u = read("کٹ گھر کی نوری کریانہ پر دورویسا ختم ہو گیا", null);
        assertThat(u.locality()).isEqualTo("Katghar");
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("MBD-1");
    }

    @Test
    void shouldReadEnglishPlaceWordsWrittenInAScript() {
        Understanding u = read("ਸਟੇਸ਼ਨ ਰੋਡ ਢਿੱਲੋਂ ਕਰਿਆਨਾ ਤੇ Dorvesa ਨਹੀਂ ਮਿਲਿਆ", null);
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("KPT-1");
    }

    @Test
    void shouldSettleATieBetweenSameNamedShopsByTheProfilesLocality() {
        Understanding u = read("Dorvesa out of stock at Noori Kirana", "Civil Lines, Moradabad");
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("MBD-2");
        assertThat(read("Dorvesa out of stock at Noori Kirana", "Moradabad").outlet()).isNull();
    }

    @Test
    void shouldNotReadAShopWordOrAPostpositionAsALocalityBySound() {
        // "मार्ट" (mart) and "में" after a word are no part of a locality whose sounds they happen to complete
        Understanding u = read("गांधी मार्ट में डोर्वेसा नहीं मिला", "Karur");
        assertThat(u.city()).isEqualTo("Karur");
        assertThat(u.locality()).isNull();
    }

    @Test
    void shouldReadABareSizeAfterAProductWord() {
        assertThat(read("please bring Dorvesa lime 900 to Dhillon Karyana Model Town, out since Monday", null).sku())
                .isEqualTo("DRV-L-900");
    }
}
