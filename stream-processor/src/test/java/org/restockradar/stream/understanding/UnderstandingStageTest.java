package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;

final class UnderstandingStageTest {
    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Zebra Puffs", "aliases": ["zebra puffs", "zebrapuffs", "#zebrapuffs", "@zebrapuffsin", "ज़ेबरा पफ्स"],
               "products": [
                 {"sku": "ZP-MASALA", "name": "Zebra Puffs Masala", "aliases": ["masala zebra puffs"]},
                 {"sku": "ZP-CHEESE", "name": "Zebra Puffs Cheese", "aliases": ["cheese zebra puffs"]}]},
              {"brand": "Kite", "aliases": ["kite", "kite cola", "#kitecola"],
               "products": [{"sku": "KITE-330", "name": "Kite Cola 330 ml", "aliases": ["kite 330"]}]}
            ]}""");

    private static UnderstandingStage stage;

    @BeforeAll
    static void setUp() {
        OutletDirectory outlets = new OutletDirectory();
        outlets.put(outlet("LKO-1", "Gupta General Store", "Aminabad Road, Aminabad, Lucknow 226018", "Aminabad", "Lucknow", 26.8500, 80.9300));
        outlets.put(outlet("LKO-2", "Awadh Kirana Bhandar", "Sector 12, Indira Nagar, Lucknow 226016", "Indira Nagar", "Lucknow", 26.8780, 80.9980));
        outlets.put(outlet("LKO-3", "Spar Hypermarket - Gomti Nagar", "Vibhuti Khand, Gomti Nagar, Lucknow 226010", "Gomti Nagar", "Lucknow", 26.8620, 81.0060));
        outlets.put(outlet("PAT-1", "Gupta General Store", "Boring Road, Patna 800001", "Boring Road", "Patna", 25.6120, 85.1190));
        outlets.put(outlet("PAT-2", "Bihar Provision Store", "Kankarbagh Main Road, Kankarbagh, Patna 800020", "Kankarbagh", "Patna", 25.5960, 85.1560));
        outlets.put(outlet("MKT-1", "Tindahan ni Aling Pacing", "Poblacion, Makati City 1210", "Poblacion", "Makati City", 14.5650, 121.0300));
        outlets.put(outlet("MKT-2", "Ministop Ayala Triangle", "Ayala Avenue, San Lorenzo, Makati City 1223", "San Lorenzo", "Makati City", 14.5570, 121.0230));
        outlets.put(outlet("MKT-3", "Ministop", "Jupiter Street, Bel-Air, Makati City 1209", "Bel-Air", "Makati City", 14.5610, 121.0290));
        outlets.put(outlet("MKT-4", "Ministop", "Kalayaan Avenue, Poblacion, Makati City 1210", "Poblacion", "Makati City", 14.5660, 121.0330));
        outlets.put(outlet("PUN-1", "Deshmukh Provision Stores", "Karve Road, Kothrud, Pune 411038", "Kothrud", "Pune", 18.5050, 73.8100));
        outlets.put(outlet("NAG-1", "Deshmukh Provision Stores", "WHC Road, Dharampeth, Nagpur 440010", "Dharampeth", "Nagpur", 21.1400, 79.0700));
        stage = new UnderstandingStage(CATALOG, outlets);
    }

    private static Outlet outlet(String id, String name, String address, String locality, String city, double lat, double lon) {
        String country = city.startsWith("Makati") ? "Philippines" : "India";
        if (!address.contains(city)) {
            address = address + ", " + city;
        }
        return new Outlet(id, name, address, locality, city, null, country, new GeoPoint(lat, lon));
    }

    private static Mention mention(String text) {
        return mention(text, null, null, false);
    }

    private static Mention mention(String text, String profile, GeoPoint geo, boolean repost) {
        return new Mention("t-" + Math.abs(text.hashCode()), Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", profile, 10), text, null, geo, repost);
    }

    @Test
    void shouldReportAbsenceAtNamedShopWithLocality() {
        Understanding u = stage.understand(mention("no Zebra Puffs at Awadh Kirana Bhandar, Indira Nagar since Monday 😤"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.brand()).isEqualTo("Zebra Puffs");
        assertThat(u.outlet().outletId()).isEqualTo("LKO-2");
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldNameTheProductWhenOneIsNamed() {
        Understanding u = stage.understand(mention("Zebra Puffs Cheese out of stock at Spar Gomti Nagar again"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("ZP-CHEESE");
        assertThat(u.outlet().outletId()).isEqualTo("LKO-3");
    }

    @Test
    void shouldStayAtBrandLevelWhenNoProductIsNamed() {
        assertThat(stage.understand(mention("can't find zebra puffs in Aminabad")).sku()).isNull();
    }

    @Test
    void shouldNotReportNegatedAbsence() {
        assertThat(stage.understand(mention("Zebra Puffs is not out of stock at Gupta General Store Aminabad, it just moved shelves")).stockout()).isFalse();
    }

    @Test
    void shouldNotReportFoundIt() {
        assertThat(stage.understand(mention("Couldn't find Zebra Puffs last week but finally found it at Awadh Kirana today!")).stockout()).isFalse();
        assertThat(stage.understand(mention("Zebra Puffs back in stock at Spar Gomti Nagar 🎉")).stockout()).isFalse();
    }

    @Test
    void shouldReportWhenAbsenceComesAfterFound() {
        Understanding u = stage.understand(mention("Found Zebra Puffs Masala at Spar Gomti Nagar but Zebra Puffs Cheese is sold out everywhere"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("ZP-CHEESE");
    }

    @Test
    void shouldNeverReportRepost() {
        assertThat(stage.understand(mention("RT @a: no Zebra Puffs at Awadh Kirana Bhandar", null, null, true)).stockout()).isFalse();
        assertThat(stage.understand(mention("RT @a: no Zebra Puffs at Awadh Kirana Bhandar")).stockout()).isFalse();
    }

    @Test
    void shouldSendSameNamedShopInTwoCitiesToNeedsLocation() {
        Understanding u = stage.understand(mention("Gupta General Store has had no Zebra Puffs for days"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
    }

    @Test
    void shouldPickSameNamedShopByTheCityInTheText() {
        Understanding u = stage.understand(mention("Gupta General Store Patna has had no Zebra Puffs for days"));
        assertThat(u.outlet().outletId()).isEqualTo("PAT-1");
    }

    @Test
    void shouldTakeOutletFromDeviceLocationWithinTensOfMetresForThisShop() {
        Understanding u = stage.understand(mention("this shop never has Zebra Puffs", null, new GeoPoint(26.87815, 80.99815), false));
        assertThat(u.outlet().outletId()).isEqualTo("LKO-2");
    }

    @Test
    void shouldNotTakeOutletFromDeviceLocationHundredsOfMetresAway() {
        Understanding u = stage.understand(mention("this shop never has Zebra Puffs", null, new GeoPoint(26.8820, 80.9980), false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldReadCityFromPincode() {
        Understanding u = stage.understand(mention("ZEBRA PUFFS NOT AVAILABLE 800020"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Patna");
    }

    @Test
    void shouldReadCityFromGazetteerPincodeOutsideTheRegistry() {
        Understanding u = stage.understand(mention("zebra puffs not available anywhere near 560034"));
        assertThat(u.city()).isEqualTo("Bengaluru");
    }

    @Test
    void shouldMatchMisspelledAndAbbreviatedShopName() {
        Understanding u = stage.understand(mention("awad kirana bhndar indira ngr - zebra puffs khatam"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("LKO-2");
    }

    @Test
    void shouldMatchGenStoresAbbreviation() {
        Understanding u = stage.understand(mention("gupta gen stores aminabad pe zebra puffs nahi hai"));
        assertThat(u.outlet().outletId()).isEqualTo("LKO-1");
    }

    @Test
    void shouldReadDevanagari() {
        Understanding u = stage.understand(mention("अमीनाबाद के गुप्ता जनरल स्टोर में ज़ेबरा पफ्स नहीं मिल रहा"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("LKO-1");
    }

    @Test
    void shouldReadTaglish() {
        Understanding u = stage.understand(mention("Wala nang Zebra Puffs sa Tindahan ni Aling Pacing sa Poblacion 😭"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("MKT-1");
        assertThat(u.city()).isEqualTo("Makati City");
    }

    @Test
    void shouldReadCityNamedByAnotherSpelling() {
        Understanding u = stage.understand(mention("no Zebra Puffs in any shop in Makati", null, null, false));
        assertThat(u.city()).isEqualTo("Makati City");
    }

    @Test
    void shouldFallBackToProfileCity() {
        Understanding u = stage.understand(mention("can't find Zebra Puffs anywhere 😭", "Lucknow, UP", null, false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Lucknow");
        assertThat(u.outlet()).isNull();
    }

    @Test
    void shouldReadAProfileLocalityAgainWhenTheRegistryLearnsIt() {
        OutletDirectory outlets = new OutletDirectory();
        outlets.put(outlet("PAT-1", "Gupta General Store", "Boring Road, Patna 800001", "Boring Road", "Patna", 25.6120, 85.1190));
        UnderstandingStage own = new UnderstandingStage(CATALOG, outlets);
        Mention post = mention("no zebra puffs anywhere 😤", "Kankarbagh", null, false);
        assertThat(own.understand(post).city()).as("a locality the registry does not know yet").isNull();

        outlets.put(outlet("PAT-2", "Bihar Provision Store", "Kankarbagh Main Road, Kankarbagh, Patna 800020", "Kankarbagh", "Patna", 25.5960, 85.1560));

        assertThat(own.understand(post).city()).as("the same profile, read again after the registry changed").isEqualTo("Patna");
    }

    @Test
    void shouldNotReportTheOtherMeaningOfABrandName() {
        assertThat(stage.understand(mention("flew a kite on the terrace, no wind today so it didn't go up")).stockout()).isFalse();
        assertThat(stage.understand(mention("no kite in the zoo gift shop, only toys")).stockout()).isFalse();
    }

    @Test
    void shouldNotReportTheBrandsOwnCallToAction() {
        Mention own = new Mention("x-own", Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("b-1", "zebrapuffsin", "Zebra Puffs", "India", 50_000),
                "Can't find Zebra Puffs near you? Tell us the shop name with #zebrapuffs!", null, null, false);
        assertThat(stage.understand(own).stockout()).isFalse();
    }

    @Test
    void shouldNotReportAdvertsNewsQuestionsSarcasmOrOldProblems() {
        assertThat(stage.understand(mention("Zebra Puffs combo offer: 20% off, order now, free delivery")).stockout()).isFalse();
        assertThat(stage.understand(mention("Zebra Puffs maker announces a new plant, according to a press release")).stockout()).isFalse();
        assertThat(stage.understand(mention("Is Zebra Puffs available at Spar Gomti Nagar?")).stockout()).isFalse();
        assertThat(stage.understand(mention("Zebra Puffs sold out in Lucknow? yeah right, every shop has a wall of them")).stockout()).isFalse();
        assertThat(stage.understand(mention("Zebra Puffs used to be out of stock in Aminabad years ago")).stockout()).isFalse();
    }

    @Test
    void shouldNotReportAnotherBrandMissing() {
        assertThat(stage.understand(mention("no Lays at Gupta General Store Aminabad, took Zebra Puffs instead, available as always")).stockout()).isFalse();
    }

    @Test
    void shouldReportRequestToStock() {
        Understanding u = stage.understand(mention("Please stock Kite Cola 330 ml at Bihar Provision Store Kankarbagh"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("KITE-330");
        assertThat(u.outlet().outletId()).isEqualTo("PAT-2");
    }

    @Test
    void shouldIgnoreMentionsWithoutTrackedBrand() {
        Understanding u = stage.understand(mention("no Maggi at Gupta General Store Aminabad"));
        assertThat(u.stockout()).isFalse();
        assertThat(u.brand()).isNull();
    }

    @Test
    void shouldKeepLocalityAndCityWhenShopIsUnknown() {
        Understanding u = stage.understand(mention("Sharma ji ki dukaan in Gomti Nagar has no Zebra Puffs"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNull();
        assertThat(u.locality()).isEqualTo("Gomti Nagar");
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldKeepConfidenceWithinBounds() {
        for (String text : List.of("no Zebra Puffs", "Zebra Puffs yum", "this shop no zebra puffs")) {
            assertThat(stage.understand(mention(text)).confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void shouldReadCebuanoNoneBeforeTheBrandButNotTheEnglishWay() {
        Understanding u = stage.understand(mention("Way na gyud Kite sa Tindahan ni Aling Pacing, Poblacion 😩"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet().outletId()).isEqualTo("MKT-1");
        assertThat(stage.understand(mention("by the way Kite cola tastes better cold")).stockout()).isFalse();
    }

    @Test
    void shouldReadAProductGoneAtTheEndOfItsClauseAndKeepTheFirstOne() {
        Understanding u = stage.understand(mention("Spar Gomti Nagar - cheese zebra puffs out, masala zebra puffs gone, only plain left"));
        assertThat(u.stockout()).isTrue();
        assertThat(u.sku()).isEqualTo("ZP-CHEESE");
        assertThat(u.outlet().outletId()).isEqualTo("LKO-3");
    }

    @Test
    void shouldNotTakeALaterMemoryOfBetterDaysForAnOldProblem() {
        assertThat(stage.understand(mention("Awadh Kirana Bhandar has not one packet of Zebra Puffs. They used to keep every flavour")).stockout()).isTrue();
        assertThat(stage.understand(mention("Last month Awadh Kirana Bhandar had no Zebra Puffs, now they have a full rack")).stockout()).isFalse();
    }

    @Test
    void shouldMatchASizeWrittenWithAnotherUnit() {
        assertThat(stage.understand(mention("Kite Cola 330 mls nahi hai Gupta General Store Aminabad me")).sku()).isEqualTo("KITE-330");
    }

    @Test
    void shouldNotReadAnotherProductsAbsenceAsTheBrands() {
        assertThat(stage.understand(mention("Frooti out of stock sa Tindahan ni Aling Pacing Kite meron naman")).stockout()).isFalse();
    }

    @Test
    void shouldNotReadTheModalDontHaveToAsAnAbsence() {
        assertThat(stage.understand(mention("Ranked every Zebra Puffs flavour so you don't have to")).stockout()).isFalse();
    }

    @Test
    void shouldNotTakeAShopNameFarFromTheDeviceLocation() {
        Understanding u = stage.understand(mention("this kirana has no Zebra Puffs at all. Bihar wale bhaiya ka",
                null, new GeoPoint(26.87803, 80.99797), false));
        assertThat(u.outlet().outletId()).isEqualTo("LKO-2");
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldNotReadACityBeforeRoadAsTheCity() {
        Understanding u = stage.understand(mention("Gupta General Store, Kanpur Road: no Zebra Puffs", "Lucknow", null, false));
        assertThat(u.outlet().outletId()).isEqualTo("LKO-1");
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldReadAShopByItsInitialsWrittenInCapitals() {
        assertThat(stage.understand(mention("no Zebra Puffs at AKB Indira Nagar again")).outlet().outletId()).isEqualTo("LKO-2");
        assertThat(stage.understand(mention("NO ZEBRA PUFFS AT AKB")).outlet()).isNull();
    }

    @Test
    void shouldReadTwoWordsOfAShopNameWrittenAsOne() {
        assertThat(stage.understand(mention("walang Kite sa alingpacing Poblacion")).outlet().outletId()).isEqualTo("MKT-1");
    }

    @Test
    void shouldNotReportForAJokeAccount() {
        Mention joke = new Mention("t-joke", Source.X, Instant.parse("2026-11-02T10:00:00Z"),
                new Author("u-2", "lko_memes", "LucknowMemes", "Lucknow", 10000), "Zebra Puffs khatam, dukaan band 😂", null, null, false);
        assertThat(stage.understand(joke).stockout()).isFalse();
    }

    @Test
    void shouldSetCamelCaseWordsApart() {
        assertThat(UnderstandingStage.camelCaseApart("DailyMemeHub")).isEqualTo("Daily Meme Hub");
        assertThat(UnderstandingStage.camelCaseApart("aAbB")).isEqualTo("a Ab B");
        assertThat(UnderstandingStage.camelCaseApart("HIPPO_fan")).isEqualTo("HIPPO_fan");
    }

    @Test
    void shouldNotPullASameNamedShopFromAnotherCityForAnAbbreviatedName() {
        Understanding u = stage.understand(mention("deshmukh prov strs kthrd me zebra puffs nahi hai"));
        assertThat(u.outlet().outletId()).isEqualTo("PUN-1");
        assertThat(stage.understand(mention("no Zebra Puffs at Deshmukh gen str")).outlet()).isNull();
    }

    @Test
    void shouldLetALocalityOfOneCityDecideTheCityOverAnotherCitysName() {
        Understanding u = stage.understand(mention("Zebra Puffs khatam in Kothrud, Nagpur wale cousin ko bhi nahi mila"));
        assertThat(u.outlet()).isNull();
        assertThat(u.city()).isEqualTo("Pune");
    }

    @Test
    void shouldKeepTheProfileCityAgainstAStrayWordThatIsATown() {
        Understanding u = stage.understand(mention("Zebra Puffs out of stock again. Latur wale bhaiya bhi bol rahe", "Lucknow", null, false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Lucknow");
    }

    @Test
    void shouldReadATownThatGrammarMarksAsAPlaceOverTheProfileCity() {
        Understanding u = stage.understand(mention("Latur mein Zebra Puffs kahin nahi mil raha", "Lucknow", null, false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.city()).isEqualTo("Latur");
        Understanding tagalog = stage.understand(mention("walang Kite sa Dagupan ngayon", "Makati City", null, false));
        assertThat(tagalog.city()).isEqualTo("Dagupan");
    }

    @Test
    void shouldReadACityWithACaseEndingGluedToIt() {
        Understanding marathi = stage.understand(mention("नागपुरात Zebra Puffs कुठेच मिळत नाही", "Lucknow", null, false));
        assertThat(marathi.stockout()).isTrue();
        assertThat(marathi.city()).isEqualTo("Nagpur");
        assertThat(stage.understand(mention("பாட்னாவில் Zebra Puffs கிடைக்கவில்லை")).city()).isEqualTo("Patna");
    }

    @Test
    void shouldLetTheProfileCitySettleASameNamedShop() {
        Understanding u = stage.understand(mention("Deshmukh Provision Stores has no Zebra Puffs", "Nagpur, India", null, false));
        assertThat(u.outlet().outletId()).isEqualTo("NAG-1");
    }

    @Test
    void shouldNameTheOutletAtTheDeviceWithinFiftyMetresForThisShop() {
        // LKO-2 stands at 26.8780, 80.9980; 0.0004 degrees of latitude is about 44 m, 0.0005 about 56 m
        assertThat(stage.understand(mention("this shop never has Zebra Puffs", null, new GeoPoint(26.8784, 80.9980), false))
                .outlet().outletId()).isEqualTo("LKO-2");
        assertThat(stage.understand(mention("this shop never has Zebra Puffs", null, new GeoPoint(26.8785, 80.9980), false))
                .outlet()).isNull();
        assertThat(stage.understand(mention("no Zebra Puffs anywhere around here", null, new GeoPoint(26.87805, 80.9980), false))
                .outlet()).isNull();
    }

    @Test
    void shouldPickTheSameNamedOutletTheDeviceStandsAt() {
        Understanding u = stage.understand(mention("wala nang Kite dito sa Ministop", null, new GeoPoint(14.5662, 121.0331), false));
        assertThat(u.outlet().outletId()).isEqualTo("MKT-4");
    }

    @Test
    void shouldPreferTheShopTheDeviceStandsAtOverANameReadFarAway() {
        Understanding u = stage.understand(mention("this shop has no Zebra Puffs, Gupta General Store Patna ka bhi yahi haal",
                null, new GeoPoint(26.87803, 80.99797), false));
        assertThat(u.outlet().outletId()).isEqualTo("LKO-2");
    }

    @Test
    void shouldNameTheProductOfTheSizeWritten() {
        assertThat(stage.understand(mention("Kite 0.33 ltr nahi hai Gupta General Store Aminabad me")).sku()).isEqualTo("KITE-330");
        assertThat(stage.understand(mention("Kite 1.5 ltr nahi hai Gupta General Store Aminabad me")).sku()).isNull();
    }
}
