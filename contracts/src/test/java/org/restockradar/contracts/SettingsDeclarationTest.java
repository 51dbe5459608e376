package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SettingsDeclarationTest {
    private static final Setting<Duration> SLA = Setting.duration("shop.sla", "48h", "due time").check(Setting.positive(), "a positive duration");
    private static final Setting<Integer> POOL = Setting.integer("shop.pool-size", "4", "connections").check(Setting.atLeast(1), "at least 1");
    private static final Setting<String> URL = Setting.text("shop.url", null, "where the shop is");
    private static final Setting<Double> REVIEW = Setting.decimal("shop.review-below", "0.6", "review threshold").check(Setting.between(0, 1), "between 0 and 1");
    private static final Setting<List<String>> ON = Setting.list("shop.on", "verified", "statuses");
    private static final Setting<Duration> BY_BRAND = Setting.duration("shop.sla.brand.<brand>", null, "SLA of a brand");
    private static final Setting<Duration> BY_BRAND_REGION = Setting.duration("shop.sla.brand.<brand>.region.<region>", null, "SLA of a brand in a region");
    private static final Setting<String> DAYS = Setting.text("shop.calendar.<region>.days", "MON-FRI", "working days");

    private static final SettingsDeclaration SHOP = SettingsDeclaration.builder("shop", "shop.")
            .passThrough("kafka.", "Kafka client properties")
            .define(SLA, POOL, URL, REVIEW, ON, BY_BRAND, BY_BRAND_REGION, DAYS)
            .build();

    @Test
    void shouldGiveTypedValuesOverTheDefaults() {
        TypedSettings settings = SHOP.read(Settings.of(Map.of("shop.pool-size", "8", "shop.url", "http://shop")));

        assertThat(settings.get(SLA)).isEqualTo(Duration.ofHours(48));
        assertThat(settings.get(POOL)).isEqualTo(8);
        assertThat(settings.get(URL)).isEqualTo("http://shop");
        assertThat(settings.get(REVIEW)).isEqualTo(0.6);
        assertThat(settings.get(ON)).containsExactly("verified");
        assertThat(SHOP.defaults()).containsEntry("shop.sla", "48h").doesNotContainKey("shop.url");
    }

    @Test
    void shouldFailAtReadNamingTheKeyAndTheValueThatBreaksItsCheck() {
        assertThatThrownBy(() -> SHOP.read(Settings.of(Map.of("shop.pool-size", "0", "shop.sla", "soon"))))
                .hasMessageContaining("shop cannot start")
                .hasMessageContaining("'shop.pool-size' must be at least 1: '0'")
                .hasMessageContaining("'shop.sla' must be a duration").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> SHOP.read(Settings.of(Map.of("shop.review-below", "1.5"))))
                .hasMessageContaining("'shop.review-below' must be between 0 and 1: '1.5'");
    }

    @Test
    void shouldRefuseAnUndeclaredKeyOfItsNamespaceButNotOthers() {
        assertThatThrownBy(() -> SHOP.read(Settings.of(Map.of("shop.slaa", "48h"))))
                .hasMessageContaining("unknown configuration 'shop.slaa' = '48h'");

        TypedSettings settings = SHOP.read(Settings.of(Map.of("other.key", "x", "kafka.acks", "all")));

        assertThat(settings.passedThrough("kafka.")).containsEntry("acks", "all");
    }

    @Test
    void shouldNotPrintTheValueOfAnUnknownSecret() {
        assertThatThrownBy(() -> SHOP.read(Settings.of(Map.of("shop.api-token", "hunter2"))))
                .hasMessageContaining("shop.api-token").hasMessageNotContaining("hunter2");
    }

    @Test
    void shouldNameTheMissingKeyAndItsVariable() {
        TypedSettings settings = SHOP.read(Settings.of(Map.of()));

        assertThat(settings.find(URL)).isEmpty();
        assertThatThrownBy(() -> settings.get(URL)).hasMessageContaining("shop.url").hasMessageContaining("RR_SHOP_URL");
    }

    @Test
    void shouldReadTemplateMembersGivingEachKeyToTheMostSpecificTemplate() {
        TypedSettings settings = SHOP.read(Settings.of(Map.of(
                "shop.sla.brand.acme", "24h",
                "shop.sla.brand.acme.region.metro-manila", "12h",
                "shop.calendar.metro-manila.days", "MON-SAT")));

        assertThat(settings.members(BY_BRAND)).containsExactly(Map.entry("acme", Duration.ofHours(24)));
        assertThat(settings.members(BY_BRAND_REGION)).containsExactly(Map.entry("acme|metro-manila", Duration.ofHours(12)));
        assertThat(settings.get(DAYS, "metro-manila")).isEqualTo("MON-SAT");
        assertThat(settings.get(DAYS, "delhi")).isEqualTo("MON-FRI");
    }

    @Test
    void shouldCheckTemplateMembersAtRead() {
        assertThatThrownBy(() -> SHOP.read(Settings.of(Map.of("shop.sla.brand.acme", "a day"))))
                .hasMessageContaining("'shop.sla.brand.acme'").hasMessageContaining("'a day'");
    }

    @Test
    void shouldRefuseASettingItDoesNotDeclare() {
        TypedSettings settings = SHOP.read(Settings.of(Map.of()));

        assertThatThrownBy(() -> settings.get(Setting.integer("shop.other", "1", "not declared")))
                .hasMessageContaining("shop does not declare 'shop.other'");
    }

    @Test
    void shouldRefuseABadDefaultWhenBuilt() {
        assertThatThrownBy(() -> SettingsDeclaration.builder("bad", "bad.").define(Setting.integer("bad.n", "0", "n").check(Setting.atLeast(1), "at least 1")).build())
                .hasMessageContaining("'bad.n' must be at least 1: '0'");
    }

    @Test
    void shouldWriteAMarkdownTableOfEverySetting() {
        String table = SHOP.markdownTable();

        assertThat(table).contains("| `kafka.*` | `RR_KAFKA_*` | text | — | Kafka client properties |")
                .contains("| `shop.sla` | `RR_SHOP_SLA` | duration | `48h` | due time; must be a positive duration |")
                .contains("| `shop.url` | `RR_SHOP_URL` | text | — | where the shop is |");
    }
}
