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

/** Whole posts with shortened shop names, sizes without units, and places written with case endings or glued. */
final class UnderstandingStageNamesAndSizesTest {
    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        Catalog catalog = Catalog.parse("""
            {"brands": [
              {"brand": "Koravo", "aliases": ["koravo", "कोरावो", "கோரவோ"], "products": [
                {"sku": "KRV-KOKUM-1500", "name": "Koravo Kokum 1.5 L", "aliases": []},
                {"sku": "KRV-KOKUM-300", "name": "Koravo Kokum 300 ml", "aliases": []},
                {"sku": "KRV-NANNARI-750", "name": "Koravo Nannari 750ml", "aliases": []}]}
            ]}""");
        OutletDirectory d = new OutletDirectory();
        d.put(outlet("MNG-1", "Sri Durga Stores", "Kadri", "Mangaluru", 12.88, 74.86));
        d.put(outlet("MNG-2", "Sri Durga Stores", "Bejai", "Mangaluru", 12.89, 74.85));
        d.put(outlet("UDP-1", "Sri Durga Stores", "Manipal", "Udupi", 13.35, 74.78));
        d.put(outlet("MNG-3", "Sri Lakshmi Venkateshwara Stores", "Kadri", "Mangaluru", 12.881, 74.861));
        d.put(outlet("CEB-1", "JM Mini Mart", "Lahug", "Cebu City", 10.33, 123.90));
        d.put(outlet("CEB-2", "JM Mini Mart", "San Roque", "Talisay City", 10.25, 123.84));
        d.put(outlet("CEB-3", "7-Eleven", "Lahug", "Cebu City", 10.331, 123.901));
        d.put(outlet("CBE-1", "Velan Maligai", "Gandhipuram", "Coimbatore", 11.01, 76.96));
        d.put(outlet("CBE-2", "Velan Maligai", "Peelamedu", "Coimbatore", 11.02, 77.00));
        d.put(outlet("NSK-1", "Chaudhari Kirana", "Panchavati", "Nashik", 20.01, 73.79));
        stage = new UnderstandingStage(catalog, d);
    }

    private static Outlet outlet(String id, String name, String locality, String city, double lat, double lon) {
        String country = city.endsWith("City") ? "Philippines" : "India";
        return new Outlet(id, name, locality + ", " + city, locality, city, null, country, new GeoPoint(lat, lon));
    }

    private static Understanding read(String text, String profile) {
        return stage.understand(new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, null, false));
    }

    @Test
    void shouldReadACompactReportInCapitalsWithASizeWithoutItsUnit() {
        Understanding u = read("NO KORAVO 300 SRI DURGA STRS MANIPAL", null);
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("KRV-KOKUM-300");
        assertThat(u.outlet().outletId()).isEqualTo("UDP-1");
        assertThat(read("KORAVO OUT AT SRI DURGA STORES BEJAI", null).outlet().outletId()).isEqualTo("MNG-2");
    }

    @Test
    void shouldTellSameNamedShopsApartByAGluedBarangay() {
        Understanding u = read("walay Koravo sa JM Mnmrt brgylahug", null);
        assertThat(u.outlet().outletId()).isEqualTo("CEB-1");
        assertThat(read("walay Koravo sa JM Mini Mart sanroque", null).outlet().outletId()).isEqualTo("CEB-2");
    }

    @Test
    void shouldNameTheOneProductOfTheBigOrSmallPackInAnIndianScript() {
        Understanding tamil = read("கோரவோ பெரிய bottle இல்லை வேலன் மளிகை காந்திபுரம்", null);
        assertThat(tamil.sku()).isEqualTo("KRV-KOKUM-1500");
        assertThat(tamil.outlet().outletId()).isEqualTo("CBE-1");
        Understanding marathi = read("चौधरी किराणा मध्ये कोरावो छोटा मिळत नाही", null);
        assertThat(marathi.sku()).isEqualTo("KRV-KOKUM-300");
        assertThat(marathi.outlet().outletId()).isEqualTo("NSK-1");
    }

    @Test
    void shouldReadTheCityThePostNamesOverTheProfileCity() {
        assertThat(read("नाशिकमध्ये कोरावो मिळत नाही", "Pune").city()).isEqualTo("Nashik");
        assertThat(read("Koravo nahi mila Latur mein", "Nashik").city()).isEqualTo("Latur");
        assertThat(read("Koravo nahi mila, Latur wale bhaiya bhi bole", "Nashik").city()).isEqualTo("Nashik");
    }

    @Test
    void shouldReadAShopsInitialsInLowerCaseOrInAPostAllInCapitals() {
        assertThat(read("slv strs kadri no koravo since monday", null).outlet().outletId()).isEqualTo("MNG-3");
        assertThat(read("NO KORAVO AT SLV STRS KADRI", null).outlet().outletId()).isEqualTo("MNG-3");
    }

    @Test
    void shouldMeetAChainsNameWrittenInDigits() {
        assertThat(read("walay Koravo sa 7-11 lahug", null).outlet().outletId()).isEqualTo("CEB-3");
        assertThat(read("walay Koravo sa 711 lahug", null).outlet().outletId()).isEqualTo("CEB-3");
        assertThat(read("walay Koravo sa 7/11 lahug", null).outlet().outletId()).isEqualTo("CEB-3");
    }
}
