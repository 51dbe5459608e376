package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GiftNoteTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private static GiftNote.Fact fact(String shop, String locality, String sku, Duration took) {
        return new GiftNote.Fact(shop, locality, "Hippo", sku, T0, took == null ? null : T0.plus(took));
    }

    @Test
    void shouldThankForOneReportWithShopProductAndSpeed() {
        assertThat(GiftNote.of("rahul_dadar", List.of(fact("Jai Bhavani General Stores", "Dadar West", "HIPPO-TANGY-TOMATO", Duration.ofHours(5)))))
                .isEqualTo("Thank you, rahul_dadar! You told us Hippo Tangy Tomato was missing at Jai Bhavani General Stores, Dadar West, "
                        + "and our crew restocked it in 5 hours.");
    }

    @Test
    void shouldNameThreeReportsAndCountTheRest() {
        String note = GiftNote.of("asha", List.of(
                fact("Shop One", null, null, Duration.ofMinutes(20)),
                fact("Shop Two", "Kothrud", "HIPPO-PERI-PERI", Duration.ofHours(1)),
                fact("Shop Three", "Aundh", "HIPPO-CHIPS", Duration.ofDays(3)),
                fact("Shop Four", "Camp", null, Duration.ofHours(2))));
        assertThat(note).isEqualTo("Thank you, asha! Your 4 verified reports got shelves restocked: Hippo at Shop One (restocked within an hour); "
                + "Hippo Peri Peri at Shop Two, Kothrud (restocked in 1 hour); Hippo Chips at Shop Three, Aundh (restocked in 3 days); and 1 more.");
    }

    @Test
    void shouldGreetAPublicHandleByNameAndAPhoneNumberByNoName() {
        assertThat(GiftNote.greetingName("x", "rahul_dadar")).isEqualTo("rahul_dadar");
        assertThat(GiftNote.greetingName("mastodon", "asha@mastodon.social")).isEqualTo("asha@mastodon.social");
        assertThat(GiftNote.greetingName("sms", "+9198XXXX2210")).isNull();
        assertThat(GiftNote.greetingName("whatsapp", "Sunita")).as("WhatsApp's handle is the number, whatever it reads").isNull();
        assertThat(GiftNote.greetingName("x", "+91 98XXX 12210")).as("a number is no name on any source").isNull();
        assertThat(GiftNote.of(null, List.of(fact("Shop One", null, null, Duration.ofHours(5)))))
                .isEqualTo("Thank you! You told us Hippo was missing at Shop One, and our crew restocked it in 5 hours.");
        assertThat(GiftNote.claimMessage(null, "hamper", "https://radar.example/claim.html#t"))
                .isEqualTo("Thank you for your reports! Shelves got restocked, and a hamper is waiting for you. Claim it here: https://radar.example/claim.html#t");
    }

    @Test
    void shouldGreetByTheDisplayNameTheSourceGaveUnlessItIsANumber() {
        assertThat(GiftNote.greetingName("whatsapp", "+6391XXXX4455", "  Ligaya   Santos ")).isEqualTo("Ligaya Santos");
        assertThat(GiftNote.greetingName("sms", "+9198XXXX2210", "+91 98XXX 12210")).as("a number is no name").isNull();
        assertThat(GiftNote.greetingName("x", "rahul_dadar", null)).isEqualTo("rahul_dadar");
        assertThat(GiftNote.greetingName("x", "rahul_dadar", " ")).isEqualTo("rahul_dadar");
        assertThat(GiftNote.greetingName("x", "rahul_dadar", "Rahul from Dadar who reports every empty shelf he ever sees"))
                .isEqualTo("Rahul from Dadar who reports every empty");
    }

    @Test
    void shouldKeepHostileTextAsTextAndLeaveOutAnUnknownSpeed() {
        String note = GiftNote.of("=HYPERLINK(\"http://evil\")", List.of(fact("<script>alert(1)</script>", null, null, null)));
        assertThat(note).isEqualTo("Thank you, =HYPERLINK(\"http://evil\")! You told us Hippo was missing at <script>alert(1)</script>, "
                + "and our crew restocked it.");
    }
}
