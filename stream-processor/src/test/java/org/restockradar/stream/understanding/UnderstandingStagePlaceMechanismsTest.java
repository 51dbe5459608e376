package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Whole posts that name shops and localities with case endings, in other scripts, by initials with their generic
 * words, or with two words for one; sizes that several products share; a town the registry spells another way.
 */
final class UnderstandingStagePlaceMechanismsTest {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Pilovo", "aliases": ["pilovo", "பிலோவோ", "পিলোভো", "പിലോവോ"], "products": [
                {"sku": "PLV-MASALA-45", "name": "Pilovo Masala 45 g", "aliases": []},
                {"sku": "PLV-MASALA-90", "name": "Pilovo Masala 90g", "aliases": []},
                {"sku": "PLV-SALT-45", "name": "Pilovo Salt 45 gm", "aliases": []}]}
            ]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("MDU-1", "Ravi Stores", "Anna Nagar", "Madurai", 9.93, 78.14));
        d.put(TestOutlets.outlet("MDU-2", "Ravi Stores", "Thirunagar", "Madurai", 9.88, 78.07));
        d.put(TestOutlets.outlet("MDU-3", "Kumaran Kirana", "Sellur", "Madurai", 9.94, 78.13));
        d.put(TestOutlets.outlet("TVL-1", "Velu Stores", "Palayamkottai", "Tirunelveli", 8.72, 77.74));
        d.put(TestOutlets.outlet("TVL-2", "Velu Stores", "Town", "Tirunelveli", 8.73, 77.70));
        d.put(TestOutlets.outlet("TCR-1", "Mary Stores", "Ayyanthole", "Thrissur", 10.52, 76.20));
        d.put(TestOutlets.outlet("TCR-2", "Mary Stores", "Poonkunnam", "Thrissur", 10.53, 76.21));
        d.put(TestOutlets.outlet("HWH-1", "Shyam Bhandar", "Bally", "Howrah", 22.65, 88.34));
        d.put(TestOutlets.outlet("HWH-2", "Shyam Bhandar", "Shibpur", "Howrah", 22.57, 88.32));
        d.put(TestOutlets.outlet("MYS-1", "Gurukrupa Stores", "Kuvempunagar", "Mysuru", 12.29, 76.63));
        d.put(TestOutlets.outlet("MYS-2", "Jai Ambe General Store", "Vijayanagar", "Mysuru", 12.33, 76.61));
        d.put(TestOutlets.outlet("MYS-3", "Sree Durga Provision Store", "Vijayanagar", "Mysuru", 12.331, 76.611));
        d.put(TestOutlets.outlet("TMK-1", "Nandi Stores", "Kyathasandra", "Tumakuru", 13.33, 77.10));
        d.put(TestOutlets.outlet("KLR-1", "Nandi Stores", "Kuruburu", "Kolar", 13.13, 78.13));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldReadAShopWordAndALocalityWithTamilCaseEndings() {
        Understanding u = read("அண்ணா நகர் ரவி ஸ்டோர்ஸில் பிலோவோ இல்லை", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("MDU-1");
        // "-attil" after a name in "-am" (ஆயிரம், புரம்...): the oblique stem, "Palayamkottai" written with ங்
        assertThat(read("பாளையங்கோட்டை வேலு ஸ்டோர்ஸ்ல பிலோவோ இல்லை", null).outlet().outletId()).isEqualTo("TVL-1");
        assertThat(read("குமரன் கிரானாவில் பிலோவோ இல்லை", null).outlet().outletId()).isEqualTo("MDU-3");
    }

    @Test
    void shouldReadAMalayalamLocalityInItsObliqueStem() {
        Understanding u = read("പൂങ്കുന്നത്ത് Mary സ്റ്റോഴ്സിൽ പിലോവോ ഇല്ല", null);
        assertThat(u.outlet().outletId()).isEqualTo("TCR-2");
        assertThat(read("അയ്യന്തോളിലെ Mary Stores-il പിലോവോ ഇല്ല", null).outlet().outletId()).isEqualTo("TCR-1");
        assertThat(read("തൃശ്ശൂരിൽ പിലോവോ കിട്ടാനില്ല", null).city()).isEqualTo("Thrissur");
    }

    @Test
    void shouldReadABengaliGenitiveLocalityAndNotTakeAShopWordForATown() {
        Understanding u = read("শিবপুরের শ্যাম ভাণ্ডারে পিলোভো নেই", null);
        assertThat(u.outlet().outletId()).isEqualTo("HWH-2");
        Understanding tie = read("শ্যাম ভাণ্ডারে পিলোভো নেই", null);
        assertThat(tie.outlet()).isNull(); // two Shyam Bhandars: no guess, and "ভাণ্ডারে" is not the town Banda
        assertThat(tie.city()).isEqualTo("Howrah");
    }

    @Test
    void shouldJoinTwoWordsThatNoNameCarriesIntoOneThatANameDoes() {
        assertThat(read("Guru Krupa stores kuvempunagar pilovo illa", null).outlet().outletId()).isEqualTo("MYS-1");
    }

    @Test
    void shouldReadInitialsThatTakeInTheGenericWords() {
        assertThat(read("no Pilovo at JAGS Vijayanagar", null).outlet().outletId()).isEqualTo("MYS-2");
        assertThat(read("Pilovo illa at SDP store", null).outlet().outletId()).isEqualTo("MYS-3");
        assertThat(read("PILOVO OUT AT SDP STORE VIJAYANAGAR", null).outlet().outletId()).isEqualTo("MYS-3");
    }

    @Test
    void shouldTakeAGazetteerTownForTheRegistryCityOfTheSameSoundNearby() {
        Understanding u = read("Pilovo out at Nandi Stores Tumkur", null);
        assertThat(u.outlet().outletId()).isEqualTo("TMK-1");
        assertThat(u.city()).isEqualTo("Tumakuru");
    }

    @Test
    void shouldNameTheProductOfASizeByItsOwnWordsWhenSeveralHaveThatSize() {
        assertThat(read("Kumaran Kirana Sellur: Pilovo 45g salt illa", null).sku()).isEqualTo("PLV-SALT-45");
        assertThat(read("Kumaran Kirana Sellur: pilovo 45 g masala illa", null).sku()).isEqualTo("PLV-MASALA-45");
        Understanding either = read("Kumaran Kirana Sellur: Pilovo 45g illa", null);
        assertThat(either.stockout()).isTrue();
        assertThat(either.sku()).isNull(); // two products of 45 g, neither named
        assertThat(read("Kumaran Kirana Sellur: Pilovo 90 gram illa", null).sku()).isEqualTo("PLV-MASALA-90");
    }
}
