package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Which outlet and city for true reports (session 13): a shop told by its owner's name and the locality; of several
 * shops named, the one named next to the absence; a profile that names a state or province, or a locality before its
 * city; a one-word locality whose place word is written apart; an English word of streets written in a script.
 */
final class UnderstandingStageWhere13Test {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [{"brand": "Pelvaro", "aliases": ["pelvaro", "पेल्वारो"], "products": [
                {"sku": "PLV-M-250", "name": "Pelvaro Mint 250 ml", "aliases": []}]}]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("BKR-1", "Mandal Rashan Super Bazaar", "Chira Chas", "Bokaro", 23.80, 85.97));
        d.put(TestOutlets.outlet("BKR-2", "Kumar Stores", "Shivnagar", "Bokaro", 23.79, 85.95));
        d.put(TestOutlets.outlet("BKR-3", "Lucky Minimart", "Sector 4", "Bokaro", 23.78, 85.96));
        d.put(TestOutlets.outlet("BKR-4", "Rupa Super Mart", "Sector 4", "Bokaro", 23.781, 85.961));
        d.put(TestOutlets.outlet("BKR-5", "Kumar Stores", "Ashok Colony", "Bokaro", 23.77, 85.94));
        d.put(TestOutlets.outlet("TAC-1", "Manang Osang Sari-Sari Store", "Poblacion", "Tacurong", 6.69, 124.67));
        d.put(TestOutlets.outlet("TAC-2", "7-Eleven", "San Pablo", "Tacurong", 6.70, 124.68));
        d.put(TestOutlets.outlet("TAC-3", "Lucky Minimart", "Poblacion", "Tacurong", 6.691, 124.671));
        d.put(TestOutlets.outlet("BKR-6", "7-Eleven", "Sector 4", "Bokaro", 23.782, 85.962));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("w-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-12-07T10:00:00Z"),
                new Author("u-2", "someone", "Some One", profile, 10), text, null, null, false));
    }

    private static String outletOf(Understanding u) {
        return u.outlet() == null ? null : u.outlet().outletId();
    }

    @Test
    void shouldTakeTheOutletOfTheNamedLocalityThatTheOwnersNameWrites() {
        Understanding u = read("Mandal bhaiya ki dukan Chira Chas me Pelvaro nahi hai", null);
        assertThat(u.stockout()).isTrue();
        assertThat(outletOf(u)).isEqualTo("BKR-1");
    }

    @Test
    void shouldTakeTheShopNamedNextToTheAbsenceOverOneNamedInAClauseApart() {
        Understanding u = read("Manang Osang store out of Pelvaro, Lucky Minimart still has", null);
        assertThat(outletOf(u)).isEqualTo("TAC-1");
    }

    @Test
    void shouldReadTheCityOfAProfileThatNamesItsProvinceFirst() {
        Understanding u = read("Pelvaro sold out everywhere", "Davao del Sur | Tacurong");
        assertThat(u.city()).isEqualTo("Tacurong");
    }

    @Test
    void shouldReadAProfileLocalityThatIsAlsoATownAsTheLocalityOfTheCityAfterIt() {
        Understanding u = read("Pelvaro out at 7-Eleven", "San Pablo, Tacurong");
        assertThat(outletOf(u)).isEqualTo("TAC-2");
    }

    @Test
    void shouldKeepATownInAnotherSentenceStrayWhenTheProfileNamesAState() {
        Understanding u = read("Rupa Super Mart has no Pelvaro. Delhi mein toh har jagah milta hai", "BKR | Jharkhand");
        assertThat(u.city()).isEqualTo("Bokaro");
    }

    @Test
    void shouldReadALocalityWhosePlaceWordIsWrittenApart() {
        Understanding u = read("Kumar Stores Shiv nagar no Pelvaro", null);
        assertThat(outletOf(u)).isEqualTo("BKR-2");
    }

    @Test
    void shouldNotReadAnEnglishStreetWordInDevanagariAsATown() {
        Understanding u = read("व्यास कॉलोनी में पेल्वारो नहीं है", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isNotEqualTo("Jolo");
    }
}
