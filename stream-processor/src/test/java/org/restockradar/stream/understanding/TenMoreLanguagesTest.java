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
 * The lexicons added in session 13: Bhojpuri, Maithili, Konkani, Tulu, Sindhi, Nepali, Kinaray-a, Tausug, Maranao
 * and Surigaonon. Per language, reports in its own words (romanised and in its scripts) and a negated or past twin.
 * The brand and the sentences are invented for this test and are in no labelled set.
 */
final class TenMoreLanguagesTest {
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Pinvara", "aliases": ["pinvara", "पिनवारा", "ಪಿನ್ವಾರ", "پنوارا"], "category_words": ["juice"],
               "products": [{"sku": "PNV-GUAVA", "name": "Pinvara Guava", "aliases": []}]}
            ]}""");

    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        OutletDirectory outlets = new OutletDirectory();
        outlets.put(new Outlet("TST-1", "Test Store", "Main Road, Testpur", "Main Road", "Testpur", null, "India",
                new GeoPoint(20.0, 80.0)));
        stage = new UnderstandingStage(CATALOG, outlets);
    }

    private static Understanding read(String text) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-20T09:00:00Z"),
                new Author("u-13", "someone", "Some One", null, 12), text, null, null, false));
    }

    private static void assertReport(String... posts) {
        for (String post : posts) {
            Understanding u = read(post);
            assertThat(u.stockout()).as("a report: %s (%s)", post, u.reason()).isTrue();
        }
    }

    private static void assertNotReport(String... posts) {
        for (String post : posts) {
            Understanding u = read(post);
            assertThat(u.stockout()).as("not a report: %s (%s)", post, u.reason()).isFalse();
        }
    }

    @Test
    void bhojpuriRunOutAndIsNotIsAReportAndItsPastTwinIsNot() {
        assertReport("Pinvara ora gail, kahin naikhe milat", "पिनवारा ओरा गइल");
        assertNotReport("Pinvara kal naikhe rahal, abahin aa gail");
    }

    @Test
    void maithiliNotFoundIsAReportAndItsPastTwinIsNot() {
        assertReport("पिनवारा नहि भेटल", "Pinvara ekko ta nai bachal");
        assertNotReport("पिनवारा काल्हि नहि छल, आइ आबि गेल");
    }

    @Test
    void konkaniRanOutIsAReportAndItsNegatedAndPastTwinsAreNot() {
        assertReport("Pinvara sompla, khoinch mellona", "पिनवारा सोंपलां");
        assertNotReport("Pinvara bhorpur asa, sompunk na", "Kal Pinvara naslo, aiz ailo");
    }

    @Test
    void tuluIsNotThereIsAReportAndItsNegatedAndPastTwinsAreNot() {
        assertReport("Pinvara ijji, maata mugind", "ಪಿನ್ವಾರ ಇಜ್ಜಿ");
        assertNotReport("Pinvara mast undu, mugiji", "Kode Pinvara ittijji, ini battund");
    }

    @Test
    void sindhiNotGotIsAReportAndItsPastTwinIsNot() {
        assertReport("Pinvara kona milyo", "پنوارا ختم ٿي ويو");
        assertNotReport("Pinvara kaalh kona ho, hane achi wayo");
    }

    @Test
    void nepaliRanOutIsAReportAndItsPastTwinIsNot() {
        assertReport("Pinvara sakiyo, kahi pani chaina", "पिनवारा सकियो");
        assertNotReport("Pinvara hijo thiyena, aile aayo");
    }

    @Test
    void kinarayaNoneAlreadyIsAReportAndItsPastTwinIsNot() {
        assertReport("Pinvara ubos eon", "Wara run Pinvara");
        assertNotReport("Kang una wara Pinvara, makarun may ara run");
    }

    @Test
    void tausugNoneIsAReportAndItsNegatedAndPastTwinsAreNot() {
        assertReport("Wayruun na Pinvara");
        assertNotReport("Awn pa Pinvara, mataud pa", "Kahapun wayruun Pinvara, malayngkan bihaun awn na");
    }

    @Test
    void maranaoNoneIsAReportAndItsNegatedTwinIsNot() {
        assertReport("Da dn a Pinvara", "Miyapos so Pinvara");
        assertNotReport("Adn pn a Pinvara, madakel pn");
    }

    @Test
    void surigaononNoneIsAReportAndItsPastTwinIsNot() {
        assertReport("Uwa na Pinvara");
        assertNotReport("Kagahapon uwa Pinvara pero karon aon na", "Aon pa Pinvara");
    }
}
