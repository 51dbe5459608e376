package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;

/**
 * The lexicons of Punjabi (pa), Urdu (ur), Assamese (as), Kapampangan (pam), Bikol Central (bik) and Pangasinan
 * (pag): per language, a report with a shop and locality, its negated and its resolved twin, and a report with a
 * word for "here" and a device location. The brand, shops and sentences are invented for this test.
 */
final class MoreLanguagesTest {
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Kurmo", "aliases": ["kurmo", "#kurmo"], "category_words": ["chips"],
               "products": [{"sku": "KRM-PERI", "name": "Kurmo Peri Peri", "aliases": ["peri peri kurmo"]}]}
            ]}""");

    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        OutletDirectory outlets = new OutletDirectory();
        outlets.put(outlet("LDH-1", "Grewal Karyana Store", "Dugri Phase 1, Dugri", "Dugri", "Ludhiana", "India", 30.8640, 75.8480));
        outlets.put(outlet("ASR-1", "Sidhu General Store", "Majitha Road", "Majitha Road", "Amritsar", "India", 31.6480, 74.8800));
        outlets.put(outlet("LKO-1", "Ansari Kirana", "Nakhas Chowk, Nakhas", "Nakhas", "Lucknow", "India", 26.8690, 80.9050));
        outlets.put(outlet("HYD-1", "Nizam Provision Store", "Station Road, Nampally", "Nampally", "Hyderabad", "India", 17.3890, 78.4690));
        outlets.put(outlet("JRH-1", "Baruah Store", "Tarajan Road, Tarajan", "Tarajan", "Jorhat", "India", 26.7500, 94.2100));
        outlets.put(outlet("DIB-1", "Konwar Mart", "Amolapatty Road, Amolapatty", "Amolapatty", "Dibrugarh", "India", 27.4820, 94.9090));
        outlets.put(outlet("SFP-1", "Tiglao Store", "Del Pilar Street, Del Pilar", "Del Pilar", "San Fernando", "Philippines", 15.0330, 120.6850));
        outlets.put(outlet("MAB-1", "Mercado Minimart", "Camachiles Road, Camachiles", "Camachiles", "Mabalacat City", "Philippines", 15.1950, 120.5920));
        outlets.put(outlet("NAG-1", "Abonal Store", "Dinaga Street, Dinaga", "Dinaga", "Naga", "Philippines", 13.6230, 123.1850));
        outlets.put(outlet("LGZ-1", "Bichara Mart", "Rizal Street, Albay District", "Albay District", "Legazpi", "Philippines", 13.1420, 123.7350));
        outlets.put(outlet("DAG-1", "Soriano Store", "Lucao Road, Lucao", "Lucao", "Dagupan", "Philippines", 16.0310, 120.3200));
        outlets.put(outlet("URD-1", "Tiongson Minimart", "San Vicente Road, San Vicente", "San Vicente", "Urdaneta", "Philippines", 15.9800, 120.5650));
        stage = new UnderstandingStage(CATALOG, outlets);
    }

    private static Outlet outlet(String id, String name, String street, String locality, String city, String country,
                                 double lat, double lon) {
        return new Outlet(id, name, street + ", " + city, locality, city, null, country, new GeoPoint(lat, lon));
    }

    private static Understanding read(String text) {
        return read(text, null);
    }

    private static Understanding read(String text, GeoPoint device) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-20T09:00:00Z"),
                new Author("u-7", "someone", "Some One", null, 12), text, null, device, false));
    }

    /** About 10 m from the outlet. */
    private static GeoPoint near(double lat, double lon) {
        return new GeoPoint(lat + 0.00007, lon + 0.00006);
    }

    private static void assertReportAt(String outletId, String... posts) {
        for (String post : posts) {
            Understanding u = read(post);
            assertThat(u.stockout()).as("a report: %s (%s)", post, u.reason()).isTrue();
            assertThat(u.outlet()).as("an outlet for: %s", post).isNotNull();
            assertThat(u.outlet().outletId()).as("the outlet of: %s", post).isEqualTo(outletId);
        }
    }

    private static void assertNotReport(String... posts) {
        for (String post : posts) {
            Understanding u = read(post);
            assertThat(u.stockout()).as("not a report: %s (%s)", post, u.reason()).isFalse();
        }
    }

    private static void assertLocatedAt(String outletId, String post, GeoPoint device) {
        Understanding u = read(post, device);
        assertThat(u.stockout()).as("a report: %s (%s)", post, u.reason()).isTrue();
        assertThat(u.outlet()).as("an outlet for: %s", post).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo(outletId);
    }

    @Test
    void shouldLoadTheSixLanguagesFromTheirFiles() {
        assertThat(Lexicon.fromClassPath().languages()).contains("pa", "ur", "as", "pam", "bik", "pag");
    }

    @Test
    void shouldReadPunjabiReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("LDH-1", "Grewal Karyana Store Dugri ch Kurmo ni mil reha", "Grewal Karyana Store Dugri vich Kurmo mukk gya");
        assertReportAt("ASR-1", "Sidhu General Store Majitha Road ਤੇ Kurmo ਨਹੀਂ ਮਿਲਦਾ");
        assertNotReport(
                "Grewal Karyana Store Dugri ch Kurmo mukk ni gaya, bathera pya hai",
                "Sidhu General Store Majitha Road ਤੇ Kurmo ਖ਼ਤਮ ਨਹੀਂ ਹੋਇਆ",
                "kal Grewal Karyana Store Dugri ch Kurmo ni milda si, hun labh gaya");
    }

    @Test
    void shouldLocateAPunjabiReportWithAWordForHere() {
        assertLocatedAt("ASR-1", "ethe Kurmo mukk gaya yaar", near(31.6480, 74.8800));
        assertLocatedAt("LDH-1", "ਇੱਥੇ Kurmo ਨਹੀਂ ਮਿਲ ਰਿਹਾ", near(30.8640, 75.8480));
    }

    @Test
    void shouldReadUrduReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("LKO-1", "Ansari Kirana Nakhas mein Kurmo dastiyab nahi");
        assertReportAt("HYD-1", "Nizam Provision Store Nampally میں Kurmo موجود نہیں");
        assertNotReport(
                "Ansari Kirana Nakhas mein Kurmo khatam nahi hua",
                "Nizam Provision Store Nampally میں Kurmo ختم نہیں ہوا",
                "کل Ansari Kirana میں Kurmo نہیں تھا، آج مل گیا");
    }

    @Test
    void shouldReadTheUrduQuestionMarkAndFullStop() {
        assertNotReport(
                "کیا Nizam Provision Store Nampally میں Kurmo موجود نہیں ہے؟",
                "میں کل Nizam Provision Store Nampally گیا۔ کیا وہاں Kurmo ختم ہو گیا ہے؟");
        assertReportAt("HYD-1", "میں کل Nizam Provision Store Nampally گیا۔ وہاں Kurmo ختم ہو گیا ہے");
    }

    @Test
    void shouldLocateAnUrduReportWithAWordForHere() {
        assertLocatedAt("HYD-1", "یہاں Kurmo موجود نہیں", near(17.3890, 78.4690));
    }

    @Test
    void shouldReadAssameseReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("JRH-1", "Baruah Store Tarajan t Kurmo pua nai");
        assertReportAt("DIB-1", "Konwar Mart Amolapatty ত Kurmo ষ্টক নাই");
        assertNotReport(
                "Baruah Store Tarajan t Kurmo khex howa nai",
                "Konwar Mart Amolapatty ত Kurmo শেষ হোৱা নাই",
                "কালি Konwar Mart ত Kurmo পোৱা নাই, আজি আকৌ আহিছে");
    }

    @Test
    void shouldLocateAnAssameseReportWithAWordForHere() {
        assertLocatedAt("DIB-1", "ইয়াত Kurmo পোৱা নাযায়", near(27.4820, 94.9090));
        assertLocatedAt("JRH-1", "iyat Kurmo etau nai", near(26.7500, 94.2100));
    }

    @Test
    void shouldReadKapampanganReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("SFP-1", "Alang Kurmo king Tiglao Store Del Pilar", "Meubus na ing Kurmo king Tiglao Store Del Pilar");
        assertNotReport(
                "E ya meubus ing Kurmo king Tiglao Store Del Pilar",
                "Napun meubus ing Kurmo king Tiglao Store, ngeni atin na");
    }

    @Test
    void shouldLocateAKapampanganReportWithAWordForHere() {
        assertLocatedAt("MAB-1", "Meubus na ing Kurmo keni", near(15.1950, 120.5920));
    }

    @Test
    void shouldReadBikolReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("NAG-1", "Mayo nang Kurmo sa Abonal Store Dinaga", "Mayong Kurmo sa Abonal Store Dinaga");
        assertReportAt("LGZ-1", "Warang Kurmo sa Bichara Mart Albay District");
        assertNotReport(
                "Dai naubos an Kurmo sa Abonal Store Dinaga, dakol pa",
                "Kasuhapon wara Kurmo sa Bichara Mart, ngunyan igwa na giraray");
    }

    @Test
    void shouldLocateABikolReportWithAWordForHere() {
        assertLocatedAt("LGZ-1", "Warang Kurmo digdi", near(13.1420, 123.7350));
    }

    @Test
    void shouldReadPangasinanReportsButNotTheirNegatedAndResolvedTwins() {
        assertReportAt("DAG-1", "Anggapoy Kurmo ed Soriano Store Lucao", "Ubos la so Kurmo ed Soriano Store Lucao");
        assertNotReport(
                "Ag naubos so Kurmo ed Soriano Store Lucao",
                "Nabuas anggapoy Kurmo ed Tiongson Minimart, natan walay stock la");
    }

    @Test
    void shouldLocateAPangasinanReportWithAWordForHere() {
        assertLocatedAt("URD-1", "Anggapo la so Kurmo dia", near(15.9800, 120.5650));
    }

    @Test
    void shouldNotReadEverydayWordsOfOtherLanguagesAsTheNewLanguagesCues() {
        // English "mayo" is no Bikol "mayo" (none), Marathi "ala" (came) no Kapampangan "ala", Tagalog "alang-alang"
        // (for the sake of) no Kapampangan "alang" (none), Tagalog "ni" (of) no Punjabi "ni" (not), Telugu "palu"
        // (milk) no Assamese "palu" (I got)
        assertNotReport(
                "Kurmo with mayo dip at Abonal Store Dinaga, so good",
                "Grewal Karyana Store madhe Kurmo ala",
                "Alang-alang sa anak ko, bumili ako ng Kurmo sa Tiglao Store");
        assertReportAt("SFP-1", "Tiglao Store ni Aling Rosa sa Del Pilar, walang Kurmo");
        assertReportAt("DIB-1", "Kurmo ledu Konwar Mart Amolapatty lo, palu packet teesukunna");
    }
}
