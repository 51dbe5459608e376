package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;

/**
 * Is the absence now, of our product (session 12)? Rhetorical "who says" denials before and after the absence, a
 * denial answering an asked absence, enclitic question particles of the Philippine languages, a negated arrival,
 * habitual pasts, an absence word in its conditional form, a correlative "to" after another product's absence, a
 * morning's absence answered later, and the shop named in a clause that says another brand is there. An invented
 * brand; the sentences are in no labelled set.
 */
final class IntentReaderScopeNowTest {

    private static final Catalog CATALOG = Catalog.parse("""
            {"brands": [
              {"brand": "Surmeli", "aliases": ["surmeli", "सुरमेली", "سرمیلی", "ਸੁਰਮੇਲੀ", "சுர்மேலி"],
               "products": [{"sku": "SRM-ELAICHI", "name": "Surmeli Elaichi Rusk", "aliases": ["surmeli elaichi"]}]}
            ]}
            """);
    private static final IntentAssertions POSTS = new IntentAssertions(CATALOG);

    // --- denials: "who says", before the absence, after it, or answering it ---

    @Test
    void shouldNotReportAnAbsenceARhetoricalWhoSaysDenies() {
        POSTS.assertNotReport("Who says there is no Surmeli at Raj Provision? The whole rack is full",
                "Kaun kehta hai Raj Provision mein Surmeli nahi hai? Main abhi le ke aayi",
                "Sin-o nagsiling nga wala Surmeli sa tindahan ni Nang Lorna?",
                "Siisay an nagsabi na mayo nang Surmeli sa tindahan ni Manay Tess?");
        POSTS.assertReport("There is no Surmeli at Raj Provision, the whole rack is empty",
                "Raj Provision mein Surmeli nahi hai, main khali haath aayi");
    }

    @Test
    void shouldNotReportAnAbsenceDeniedAfterItInAQuestion() {
        POSTS.assertNotReport("Raj Provision mein Surmeli nahi hai kisne kaha?",
                "Surmeli sold out at Raj Provision? Not true, I picked up three packs an hour ago");
        POSTS.assertReport("Surmeli sold out at Raj Provision? Yes, since Monday, asked the owner");
    }

    @Test
    void shouldReadWhoSaidAsHearsayOutsideAQuestion() {
        POSTS.assertReport("My neighbour who said Surmeli is out at Raj Provision was right, checked today");
    }

    // --- questions by an enclitic particle in second position ---

    @Test
    void shouldNotReportAnAbsenceAskedByAnEncliticParticle() {
        POSTS.assertNotReport("Wala na ba ang Surmeli sa tindahan ni Aling Pacing?",
                "Waray na ba Surmeli ha tindahan ni Manang Osang?",
                "Mayo na daw Surmeli sa tindahan ni Manay Tess?");
        POSTS.assertReport("Wala na ang Surmeli sa tindahan ni Aling Pacing",
                "Waray na Surmeli ha tindahan ni Manang Osang");
    }

    // --- a negated arrival is an absence ---

    @Test
    void shouldReadANegatedArrivalAsAnAbsence() {
        POSTS.assertReport("Patil Kirana madhe Surmeli ajun pan nahi aala",
                "Sandhu Store te Surmeli hale vi ni aaya");
        POSTS.assertNotReport("Patil Kirana madhe Surmeli kal nahi, aaj aala");
    }

    // --- the past and the morning ---

    @Test
    void shouldReadAHabitualPastAsAnOldProblem() {
        POSTS.assertNotReport("Raj Provision mein Surmeli hamesha khatam rehta tha",
                "Sandhu Store te Surmeli aksar khatam rehnda si");
        POSTS.assertReport("Raj Provision mein Surmeli khatam hai", "Sandhu Store te Surmeli khatam si, Bikano lai lya");
    }

    @Test
    void shouldReadAnAbsenceOfTheMorningAnsweredByNowAsResolved() {
        POSTS.assertNotReport(
                "Surmeli rusk was out of stock at Raj Provision Civil Lines this morning but the supplier came by at 5, racks full now");
        POSTS.assertReport("Surmeli sold out at Raj Provision near the bus stand this morning, still none now");
    }

    // --- irrealis and condition ---

    @Test
    void shouldNotReportAnAbsenceInItsConditionalFormOrUnderAModal() {
        POSTS.assertNotReport("செல்வம் ஸ்டோர்ஸ் ல சுர்மேலி இல்லைன்னா வேற கடைக்கு போங்க",
                "Pwedeng wala nang Surmeli sa tindahan ni Aling Pacing sa Lunes",
                "Raj Provision میں سرمیلی ختم ہو جائے تو بتانا");
        POSTS.assertReport("செல்வம் ஸ்டோர்ஸ் ல சுர்மேலி இல்லை");
    }

    @Test
    void shouldReadATamilNeverRanOutAsNegated() {
        POSTS.assertNotReport("Selvam Stores la Surmeli eppavum kidaikkum, theerndhadhe illa");
        POSTS.assertReport("Selvam Stores la Surmeli theerndhadhu");
    }

    // --- another product absent, ours bought ---

    @Test
    void shouldEndAClauseAtTheCorrelativeToAfterAnotherProductsAbsence() {
        POSTS.assertNotReport("Raj Provision mein Bikano nahi tha to Surmeli le liya");
        POSTS.assertReport("Raj Provision mein Surmeli nahi tha to Bikano le liya");
    }

    // --- the shop in a clause that says another brand is there ---

    @Test
    void shouldTakeTheShopFromAClauseThatSaysAnotherBrandIsThere() {
        OutletDirectory d = new OutletDirectory();
        d.put(TestOutlets.outlet("DGL-9", "Selvam Stores", "Palani Road", "Dindigul", 10.36, 77.97));
        d.put(TestOutlets.outlet("DGL-8", "Kannan Stores", "Begambur", "Dindigul", 10.37, 77.98));
        UnderstandingStage stage = new UnderstandingStage(CATALOG, d);
        Understanding u = stage.understand(new Mention("t-s12", Source.X, Instant.parse("2026-12-02T10:00:00Z"),
                new Author("u-1", "someone", "Some One", null, 10),
                "Selvam Stores la Lays irukku aana Surmeli illa", null, null, false));
        assertThat(u.stockout()).isTrue();
        assertThat(u.outlet()).isNotNull();
        assertThat(u.outlet().outletId()).isEqualTo("DGL-9");
    }
}
