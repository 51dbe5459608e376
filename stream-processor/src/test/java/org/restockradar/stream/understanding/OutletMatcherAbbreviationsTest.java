package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shop names shortened as people shorten them in posts, and written in the scripts of India, meet the registry. */
final class OutletMatcherAbbreviationsTest {
    private static OutletMatcher matcher;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("RJT-1", "Shree Ganesh General Stores", "Kalawad Road", "Rajkot", 22.28, 70.77));
        d.put(TestOutlets.outlet("RJT-2", "Shree Ambika General Store", "Yagnik Road", "Rajkot", 22.29, 70.78));
        d.put(TestOutlets.outlet("ILO-1", "JM Mini Mart", "Jaro", "Iloilo City", 10.72, 122.56));
        d.put(TestOutlets.outlet("ILO-2", "Bigsave Junior Supermarket", "Mandurriao", "Iloilo City", 10.71, 122.54));
        d.put(TestOutlets.outlet("CEB-1", "7-Eleven", "Lahug", "Cebu City", 10.33, 123.90));
        d.put(TestOutlets.outlet("CEB-2", "Tindahan ni Aling Rosa", "Mabolo", "Cebu City", 10.32, 123.91));
        d.put(TestOutlets.outlet("IDR-1", "Mahalaxmi Provision Stores", "Vijay Nagar", "Indore", 22.75, 75.89));
        d.put(TestOutlets.outlet("IDR-2", "Sri Raghavendra Medicals", "Palasia", "Indore", 22.72, 75.88));
        d.put(TestOutlets.outlet("MDU-1", "Murugan Maligai", "Simmakkal", "Madurai", 9.92, 78.12));
        d.put(TestOutlets.outlet("KOL-1", "Maa Tara Bhandar", "Behala", "Kolkata", 22.50, 88.31));
        d.put(TestOutlets.outlet("KOC-1", "St George Stores", "Edappally", "Kochi", 10.02, 76.31));
        d.put(TestOutlets.outlet("BBS-1", "Maa Tarini Store", "Saheed Nagar", "Bhubaneswar", 20.29, 85.84));
        d.put(TestOutlets.outlet("VJA-1", "Sri Sai Kirana", "Benz Circle", "Vijayawada", 16.50, 80.65));
        d.put(TestOutlets.outlet("LKO-1", "Agarwal General Store", "Aminabad", "Lucknow", 26.85, 80.93));
        d.put(TestOutlets.outlet("MYS-1", "Manjunatha Provision Store", "Kuvempunagar", "Mysuru", 12.29, 76.62));
        matcher = new OutletMatcher(d);
    }

    private static String match(String post) {
        return TestOutlets.matchedOutletId(matcher, post);
    }

    @Test
    void shouldMeetShopWordsShortenedOrWrittenWithoutVowels() {
        assertThat(match("Shri Ganesh Gen Strs kalawad rd")).isEqualTo("RJT-1");
        assertThat(match("shri ganesh genrl stores")).isEqualTo("RJT-1");
        assertThat(match("JM Mnmrt jaro")).isEqualTo("ILO-1");
        assertThat(match("JM Minimart")).isEqualTo("ILO-1");
        assertThat(match("jm mini-mart")).isEqualTo("ILO-1");
        assertThat(match("Mahalaxmi Prov Strs")).isEqualTo("IDR-1");
        assertThat(match("mhlxmi prvsn strs")).isEqualTo("IDR-1");
        assertThat(match("SRI RAGHAVENDRA MDCLS")).isEqualTo("IDR-2");
        assertThat(match("tndhn ni aling rosa")).isEqualTo("CEB-2");
    }

    @Test
    void shouldMeetJuniorWrittenShort() {
        assertThat(match("Bigsave Jr")).isEqualTo("ILO-2");
        assertThat(match("bigsave jr. mandurriao")).isEqualTo("ILO-2");
    }

    @Test
    void shouldMeetSevenElevenWrittenInDigitsOrWords() {
        assertThat(match("711 lahug")).isEqualTo("CEB-1");
        assertThat(match("seven eleven lahug")).isEqualTo("CEB-1");
    }

    @Test
    void shouldMeetANameWithAGlideBetweenVowelsAsIndicScriptsWriteIt() {
        assertThat(match("శ్రీ సాయి కిరాణా")).isEqualTo("VJA-1");
        assertThat(match("sri saayi kirana")).isEqualTo("VJA-1");
    }

    @Test
    void shouldMeetLatinNamesWrittenInTheScriptsOfIndia() {
        assertThat(match("முருகன் மளிகை")).isEqualTo("MDU-1");
        assertThat(match("মা তারা ভাণ্ডার")).isEqualTo("KOL-1");
        assertThat(match("ମା ତାରିଣୀ ଷ୍ଟୋର")).isEqualTo("BBS-1");
        assertThat(match("अग्रवाल जनरल स्टोर")).isEqualTo("LKO-1");
        assertThat(match("ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್")).isEqualTo("MYS-1");
        assertThat(match("શ્રી અંબિકા જનરલ સ્ટોર")).isEqualTo("RJT-2");
        assertThat(match("ஸ்ரீ கணேஷ் ஜெனரல் ஸ்டோர்ஸ்")).isEqualTo("RJT-1");
    }

    @Test
    void shouldMeetANameWhoseVOrWTheEasternScriptsWriteAsB() {
        assertThat(match("অগ্রবাল জেনারেল স্টোর")).isEqualTo("LKO-1");
        assertThat(match("ଅଗ୍ରୱାଲ ଜେନେରାଲ ଷ୍ଟୋର")).isEqualTo("LKO-1");
    }
}
