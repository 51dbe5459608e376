package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shop names written in other scripts, without vowels, abbreviated, split or glued meet the registry's name. */
final class OutletMatcherScriptsTest {
    private static OutletMatcher matcher;

    @BeforeAll
    static void setUp() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("MYS-1", "Sri Lakshmi Stores", "Kuvempunagar", "Mysuru", 12.29, 76.62));
        d.put(TestOutlets.outlet("MYS-2", "Sri Venkatesh Stores", "Kuvempunagar", "Mysuru", 12.291, 76.621));
        d.put(TestOutlets.outlet("MDU-1", "Ganesh Stores", "Anna Nagar", "Madurai", 9.93, 78.14));
        d.put(TestOutlets.outlet("CTC-1", "Jagannath Store", "Buxi Bazar", "Cuttack", 20.47, 85.88));
        d.put(TestOutlets.outlet("RJT-1", "Bhavani Provision Store", "Kalawad Road", "Rajkot", 22.28, 70.77));
        d.put(TestOutlets.outlet("HWH-1", "Maa Durga Bhandar", "Shibpur", "Howrah", 22.57, 88.31));
        d.put(TestOutlets.outlet("TCR-1", "Krishna Stores", "Poothole", "Thrissur", 10.52, 76.21));
        d.put(TestOutlets.outlet("VJA-1", "Venkateswara General Stores", "Benz Circle", "Vijayawada", 16.50, 80.65));
        d.put(TestOutlets.outlet("HYD-1", "Srinivasa Medicals", "Ameerpet", "Hyderabad", 17.43, 78.44));
        d.put(TestOutlets.outlet("NSK-1", "Chaudhari Kirana", "Panchavati", "Nashik", 20.01, 73.79));
        d.put(TestOutlets.outlet("LKO-1", "Rehmat General Store", "Aminabad", "Lucknow", 26.85, 80.92));
        d.put(TestOutlets.outlet("LKO-2", "Gulshan Bakery", "Nakhas", "Lucknow", 26.87, 80.91));
        d.put(TestOutlets.outlet("ASR-1", "Khalsa Provision Store", "Ranjit Avenue", "Amritsar", 31.65, 74.86));
        d.put(TestOutlets.outlet("ASR-2", "Sharma Medical Hall", "Lawrence Road", "Amritsar", 31.64, 74.87));
        matcher = new OutletMatcher(d);
    }

    private static String match(String post) {
        return TestOutlets.matchedOutletId(matcher, post);
    }

    @Test
    void shouldMeetALatinNameWrittenInADravidianScript() {
        assertThat(match("ಶ್ರೀ ಲಕ್ಷ್ಮಿ ಸ್ಟೋರ್ಸ್")).isEqualTo("MYS-1");
        assertThat(match("கணேஷ் ஸ்டோர்ஸ்")).isEqualTo("MDU-1");
        assertThat(match("കൃഷ്ണ സ്റ്റോഴ്സ്")).isEqualTo("TCR-1");
        assertThat(match("వెంకటేశ్వర జనరల్ స్టోర్స్")).isEqualTo("VJA-1");
    }

    @Test
    void shouldMeetALatinNameWrittenInAnIndoAryanScript() {
        assertThat(match("ଜଗନ୍ନାଥ ଷ୍ଟୋର")).isEqualTo("CTC-1");
        assertThat(match("ભવાની પ્રોવિઝન સ્ટોર")).isEqualTo("RJT-1");
        assertThat(match("মা দুর্গা ভান্ডার")).isEqualTo("HWH-1");
        assertThat(match("चौधरी किराना")).isEqualTo("NSK-1");
    }

    @Test
    void shouldMeetANameWrittenWithoutItsVowels() {
        assertThat(match("sri lkshmi strs")).isEqualTo("MYS-1");
        assertThat(match("vnkteswra genl strs")).isEqualTo("VJA-1");
    }

    @Test
    void shouldMeetANameSplitInTwo() {
        assertThat(match("sri nivasa medicals")).isEqualTo("HYD-1");
    }

    @Test
    void shouldNotMeetAWordOfTheSameConsonantsWithOtherVowels() {
        assertThat(match("ganesha stores")).isEqualTo("MDU-1");
        assertThat(match("lakshya stores")).isNull();
    }

    @Test
    void shouldMeetALatinNameWrittenInUrduOrShahmukhi() {
        assertThat(match("گلشن بیکری")).isEqualTo("LKO-2");
        assertThat(match("شرما میڈیکل ہال")).isEqualTo("ASR-2");
    }

    @Test
    void shouldMeetALatinNameWrittenInGurmukhi() {
        assertThat(match("ਖ਼ਾਲਸਾ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ")).isEqualTo("ASR-1");
        assertThat(match("ਸ਼ਰਮਾ ਮੈਡੀਕਲ ਹਾਲ")).isEqualTo("ASR-2");
    }
}
