package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The words shop names share, written in each of the Indian scripts and Urdu as signboards and posts write them,
 * meet the registry's Latin spelling: the generic words by key (they weigh little but tell a name's kind), the
 * given names by key or, where a script writes other vowels, by skeleton.
 */
final class NamesScriptsTest {
    /** Latin word, then its spellings in Devanagari, Gurmukhi, Urdu, Bengali, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam. */
    private static final Map<String, List<String>> GENERIC = Map.of(
            "store", List.of("स्टोर", "ਸਟੋਰ", "اسٹور", "স্টোর", "સ્ટોર", "ଷ୍ଟୋର", "ஸ்டோர்", "స్టోర్", "ಸ್ಟೋರ್", "സ്റ്റോർ"),
            "stores", List.of("स्टोर्स", "ਸਟੋਰਜ਼", "اسٹورز", "স্টোর্স", "સ્ટોર્સ", "ଷ୍ଟୋର୍ସ", "ஸ்டோர்ஸ்", "స్టోర్స్", "ಸ್ಟೋರ್ಸ್", "സ്റ്റോഴ്സ്"),
            "general", List.of("जनरल", "ਜਨਰਲ", "جنرل", "জেনারেল", "જનરલ", "ଜେନେରାଲ", "ஜெனரல்", "జనరల్", "ಜನರಲ್", "ജനറൽ"),
            "kirana", List.of("किराना", "ਕਰਿਆਨਾ", "کریانہ", "কিরানা", "કિરાણા", "କିରାଣା", "கிரானா", "కిరాణా", "ಕಿರಾಣಾ", "കിരാന"),
            "provision", List.of("प्रोविज़न", "ਪ੍ਰੋਵੀਜ਼ਨ", "پروویژن", "প্রভিশন", "પ્રોવિઝન", "ପ୍ରୋଭିଜନ", "புரொவிஷன்", "ప్రొవిజన్", "ಪ್ರಾವಿಷನ್", "പ്രൊവിഷൻ"),
            "medical", List.of("मेडिकल", "ਮੈਡੀਕਲ", "میڈیکل", "মেডিকেল", "મેડિકલ", "ମେଡିକାଲ", "மெடிக்கல்", "మెడికల్", "ಮೆಡಿಕಲ್", "മെഡിക്കൽ"),
            "bakery", List.of("बेकरी", "ਬੇਕਰੀ", "بیکری", "বেকারি", "બેકરી", "ବେକେରୀ", "பேக்கரி", "బేకరీ", "ಬೇಕರಿ", "ബേക്കറി"),
            "mart", List.of("मार्ट", "ਮਾਰਟ", "مارٹ", "মার্ট", "માર્ટ", "ମାର୍ଟ", "மார்ட்", "మార్ట్", "ಮಾರ್ಟ್", "മാർട്ട്"),
            "shri", List.of("श्री", "ਸ਼੍ਰੀ", "شری", "শ্রী", "શ્રી", "ଶ୍ରୀ", "ஸ்ரீ", "శ్రీ", "ಶ್ರೀ", "ശ്രീ"));

    private static final Map<String, List<String>> GIVEN = Map.of(
            "lakshmi", List.of("लक्ष्मी", "ਲਕਸ਼ਮੀ", "لکشمی", "লক্ষ্মী", "લક્ષ્મી", "ଲକ୍ଷ୍ମୀ", "லட்சுமி", "లక్ష్మి", "ಲಕ್ಷ್ಮಿ", "ലക്ഷ്മി"),
            "ganesh", List.of("गणेश", "ਗਣੇਸ਼", "گنیش", "গণেশ", "ગણેશ", "ଗଣେଶ", "கணேஷ்", "గణేష్", "ಗಣೇಶ್", "ഗണേഷ്"),
            "balaji", List.of("बालाजी", "ਬਾਲਾਜੀ", "بالاجی", "বালাজি", "બાલાજી", "ବାଲାଜୀ", "பாலாஜி", "బాలాజీ", "ಬಾಲಾಜಿ", "ബാലാജി"),
            "bhandar", List.of("भंडार", "ਭੰਡਾਰ", "بھنڈار", "ভান্ডার", "ભંડાર", "ଭଣ୍ଡାର", "பண்டார்", "భండార్", "ಭಂಡಾರ್", "ഭണ്ഡാർ"));

    private static String key(String word) {
        return Names.canonicalKey(Text.normalise(word));
    }

    @Test
    void shouldGiveTheGenericShopWordsOfEveryScriptTheLatinKey() {
        SoftAssertions soft = new SoftAssertions();
        GENERIC.forEach((latin, spellings) -> {
            for (String s : spellings) {
                soft.assertThat(key(s)).as(s + " (" + Latin.of(Text.normalise(s)) + ")").isEqualTo(key(latin));
            }
        });
        soft.assertAll();
    }

    @Test
    void shouldGiveGivenNamesOfEveryScriptTheLatinKeyOrItsSkeleton() {
        SoftAssertions soft = new SoftAssertions();
        GIVEN.forEach((latin, spellings) -> {
            for (String s : spellings) {
                String k = key(s);
                soft.assertThat(k.equals(key(latin)) || Names.skeleton(k).equals(Names.skeleton(key(latin))))
                        .as(s + " (" + k + ") for " + latin).isTrue();
            }
        });
        soft.assertAll();
        assertThat(key("lakshya")).isNotEqualTo(key("lakshmi"));
    }
}
