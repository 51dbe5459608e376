package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tracked brand named by an everyday word, read in its everyday meaning by the company the word keeps
 * ({@link EverydaySenses}), and a short brand name spelt by its sounds ({@link BrandSpellings}). Invented brands
 * named by everyday words of Hindi (Baarish, rain: a soap), Bengali (Tara, star: a tea), Tagalog (Ulan, rain: a
 * juice), Cebuano (Kalipay, joy: a biscuit) and Tamil (Puli, tiger: a pickle); invented shops; the sentences are in
 * no labelled set.
 */
final class EverydaySensesTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Baarish", "aliases": ["baarish"], "category_words": ["soap"],
               "products": [{"sku": "BRS-NEEM-75G", "name": "Baarish Neem Soap 75 g", "aliases": []}]},
              {"brand": "Tara", "aliases": ["tara"], "category_words": ["tea", "cha"],
               "products": [{"sku": "TRA-250G", "name": "Tara Leaf Tea 250 g", "aliases": []}]},
              {"brand": "Ulan", "aliases": ["ulan"], "category_words": ["juice"],
               "products": [{"sku": "ULN-CAL-1L", "name": "Ulan Calamansi 1 L", "aliases": []}]},
              {"brand": "Kalipay", "aliases": ["kalipay"], "category_words": ["biscuit", "crackers"],
               "products": [{"sku": "KLP-200G", "name": "Kalipay Butter Crackers 200 g", "aliases": []}]},
              {"brand": "Puli", "aliases": ["puli"], "category_words": ["pickle", "oorugai"],
               "products": [{"sku": "PUL-MNG-300G", "name": "Puli Mango Pickle 300 g", "aliases": []}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    @Test
    void shouldReadAWeatherWordBesideTheWeatherItGoesWithAsTheEverydayWord() {
        POSTS.assertNotReport("Teen hafte se baarish nahi, garmi se haal kharab",
                "Walang ulan buong buwan, ang init sa labas",
                "Wala pay ulan, init kaayo karon");
    }

    @Test
    void shouldReadALightWordBesideTheNightOrAPowerCutAsTheEverydayWord() {
        POSTS.assertNotReport("Aaj akash e ekta tara o nei, megh", "Raat mein ek bhi tara nahi dikh raha");
    }

    @Test
    void shouldReadAFeelingWordBesideTheHeartOrALifeAsTheEverydayWord() {
        POSTS.assertNotReport("Walay kalipay sa akong kinabuhi karon", "Wala nay kalipay sa ilang pamilya");
    }

    @Test
    void shouldReadAnAnimalWordBesideTheForestAsTheEverydayWord() {
        POSTS.assertNotReport("Indha kaadu la ippo puli illa, ellam pochu");
    }

    @Test
    void shouldReadADeterminerBeforeTheNameAsTheEverydayWord() {
        POSTS.assertNotReport("Ab koi baarish nahi hogi is mahine");
    }

    @Test
    void shouldKeepTheReportWhenThePostSpeaksOfGoods() {
        // the everyday company is there, but so is the product: a category word, stock, a size, a verb of buying
        POSTS.assertReport("Garmi mein Baarish soap nahi mila Sharma Stores pe",
                "Baarish ka stock khatam Sharma Stores mein, garmi bahut hai",
                "Walang Ulan juice sa Dela Cruz Store, ang init pa naman",
                "Raat ko Tara 250g nahi mila Das Bhandar e",
                "Walay Kalipay sa Tan Store, asa ko makapalit para sa akong pamilya?");
    }

    @Test
    void shouldKeepTheReportOfAnEverydayWordBrandWithoutEverydayCompany() {
        POSTS.assertReport("Baarish nahi mila Sharma Stores pe", "Walang Ulan sa Dela Cruz Store",
                "Das Bhandar e Tara nei");
    }

    @Test
    void shouldReadABrandNameInsideAPhraseOfTheLexiconsAsThePhrasesWord() {
        // Tagalog "sabi nila", they say: a brand "Nila" there is the pronoun
        Catalog nila = Catalog.parse("""
                {"brands": [{"brand": "Nila", "aliases": ["nila"], "category_words": ["oil"],
                  "products": [{"sku": "NL-1", "name": "Nila Oil 200 ml", "aliases": []}]}]}
                """);
        new IntentAssertions(nila).assertNotReport("Sabi nila wala nang asukal sa palengke");
    }

    @Test
    void shouldMeetAShortNameSpeltByItsSoundsAsANearSpelling() {
        BrandSpellings spellings = BrandSpellings.of(CATALOG);
        for (String word : new String[] {"pulli", "poolli", "tarra"}) {
            BrandSpellings.Found f = spellings.find(Text.normalise(word), null);
            assertThat(f).as(word).isNotNull();
            assertThat(f.near()).as(word).isTrue();
        }
        assertThat(spellings.find("pula", null)).isNull(); // another vowel: another word
    }

    @Test
    void shouldReportAShortNameSpeltByItsSoundsBesideItsOwnProductWords() {
        POSTS.assertReport("Pulli mango pickle illa Murugan Stores la", "Tarra tea nei Das Bhandar e");
    }

    @Test
    void shouldReadEveryLineOfTheShippedVocabulary() {
        assertThat(EverydaySenses.SHIPPED.classesOf("hangin")).contains("weather");
        assertThat(EverydaySenses.SHIPPED.classesOf("dhoop")).contains("weather", "incense");
        assertThat(EverydaySenses.SHIPPED.classesOf("chips")).isEmpty();
    }
}
