package org.restockradar.dispatch.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.TypedSettings;

/**
 * When a job is due: its SLA (most specific setting wins) counted from the first report, in business time when its
 * region has a {@link BusinessCalendar}, else in wall-clock time.
 *
 * <p>Settings, brand and region names compared in lower case with spaces as {@code -} ({@code Metro Manila} is
 * {@code metro-manila}); the region is the outlet's region in the registry (table {@code outlet}):
 * <ol>
 *   <li>{@code dispatch.sla.brand.<brand>.region.<region>}</li>
 *   <li>{@code dispatch.sla.brand.<brand>}</li>
 *   <li>{@code dispatch.sla.region.<region>}</li>
 *   <li>{@code dispatch.sla} (48h)</li>
 * </ol>
 * A brand's rule is more specific than a region's: it is the commitment made to that brand. Calendars:
 * {@code dispatch.calendar.<region>.hours=09:00-18:00} (required for a calendar), {@code .days=MON-SAT} (a range or a
 * comma list; MON-FRI when absent), {@code .holidays=2026-12-25,2027-01-01}, {@code .zone=Asia/Manila} (Asia/Kolkata
 * when absent).
 */
public final class SlaPolicy {
    private final Duration fallback;
    private final Map<String, Duration> byBrandAndRegion;
    private final Map<String, Duration> byBrand;
    private final Map<String, Duration> byRegion;
    private final Map<String, BusinessCalendar> calendars;

    public SlaPolicy(Duration fallback, Map<String, Duration> byBrandAndRegion, Map<String, Duration> byBrand, Map<String, Duration> byRegion,
                     Map<String, BusinessCalendar> calendars) {
        this.fallback = positive(fallback, "dispatch.sla");
        this.byBrandAndRegion = normalized(byBrandAndRegion);
        this.byBrand = normalized(byBrand);
        this.byRegion = normalized(byRegion);
        this.calendars = normalized(calendars);
        this.byBrandAndRegion.forEach((key, sla) -> positive(sla, "dispatch.sla.brand." + key));
        this.byBrand.forEach((key, sla) -> positive(sla, "dispatch.sla.brand." + key));
        this.byRegion.forEach((key, sla) -> positive(sla, "dispatch.sla.region." + key));
    }

    /** The same SLA everywhere, in wall-clock time. */
    public static SlaPolicy uniform(Duration sla) {
        return new SlaPolicy(sla, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static final Setting<Duration> SLA = Setting.duration("dispatch.sla", "48h", "due time after the first report")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SLA_OF_BRAND = Setting.duration("dispatch.sla.brand.<brand>", null, "SLA of a brand")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SLA_OF_REGION = Setting.duration("dispatch.sla.region.<region>", null, "SLA of a region")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SLA_OF_BRAND_IN_REGION = Setting.duration("dispatch.sla.brand.<brand>.region.<region>", null,
            "SLA of a brand in a region").check(Setting.positive(), "a positive duration");
    public static final Setting<String> CALENDAR_HOURS = Setting.text("dispatch.calendar.<region>.hours", null,
            "opening hours `HH:MM-HH:MM` of that region's business calendar (required for a calendar): its SLA counts in business hours");
    public static final Setting<String> CALENDAR_DAYS = Setting.text("dispatch.calendar.<region>.days", "MON-FRI",
            "working days of that region's calendar: a range or a comma list");
    public static final Setting<String> CALENDAR_HOLIDAYS = Setting.text("dispatch.calendar.<region>.holidays", null,
            "days off of that region's calendar, `2026-12-25,2027-01-01`");
    public static final Setting<String> CALENDAR_ZONE = Setting.text("dispatch.calendar.<region>.zone", "Asia/Kolkata",
            "time zone of that region's calendar");
    /** The SLA settings, a part of dispatch's ({@code DispatchSettings}). */
    public static final SettingsDeclaration SETTINGS = SettingsDeclaration.builder("dispatch SLA")
            .define(SLA, SLA_OF_BRAND, SLA_OF_REGION, SLA_OF_BRAND_IN_REGION, CALENDAR_HOURS, CALENDAR_DAYS, CALENDAR_HOLIDAYS, CALENDAR_ZONE)
            .build();

    /** Reads {@code dispatch.sla}, {@code dispatch.sla.brand.*}, {@code dispatch.sla.region.*} and {@code dispatch.calendar.*}. */
    public static SlaPolicy fromSettings(Settings settings) {
        return from(SETTINGS.read(settings));
    }

    /** The policy of settings read through a declaration that includes {@link #SETTINGS}. */
    public static SlaPolicy from(TypedSettings settings) {
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        Set<String> regions = new TreeSet<>();
        for (Setting<String> part : List.of(CALENDAR_HOURS, CALENDAR_DAYS, CALENDAR_HOLIDAYS, CALENDAR_ZONE)) {
            regions.addAll(settings.members(part).keySet());
        }
        for (String region : regions) {
            calendars.put(region, calendar("dispatch.calendar." + region + ".", settings.get(CALENDAR_HOURS, region),
                    settings.get(CALENDAR_DAYS, region), settings.find(CALENDAR_HOLIDAYS, region).orElse(""), settings.get(CALENDAR_ZONE, region)));
        }
        return new SlaPolicy(settings.get(SLA), settings.members(SLA_OF_BRAND_IN_REGION), settings.members(SLA_OF_BRAND),
                settings.members(SLA_OF_REGION), calendars);
    }

    /** Whether any rule or calendar depends on the region (so the caller must look it up). */
    public boolean usesRegions() {
        return !byBrandAndRegion.isEmpty() || !byRegion.isEmpty() || !calendars.isEmpty();
    }

    /** The SLA of a brand in a region (either may be null). */
    public Duration sla(String brand, String region) {
        String b = name(brand);
        String r = name(region);
        if (b != null && r != null && byBrandAndRegion.containsKey(b + "|" + r)) {
            return byBrandAndRegion.get(b + "|" + r);
        }
        if (b != null && byBrand.containsKey(b)) {
            return byBrand.get(b);
        }
        if (r != null && byRegion.containsKey(r)) {
            return byRegion.get(r);
        }
        return fallback;
    }

    /** When a job first reported at {@code firstReport} is due. */
    public Instant dueAt(Instant firstReport, String brand, String region) {
        Duration sla = sla(brand, region);
        String r = name(region);
        BusinessCalendar calendar = r == null ? null : calendars.get(r);
        return calendar == null ? firstReport.plus(sla) : calendar.plus(firstReport, sla);
    }

    static BusinessCalendar calendar(String prefix, String hours, String days, String holidays, String zone) {
        try {
            String[] openClose = hours.split("-");
            if (openClose.length != 2) {
                throw new IllegalArgumentException("hours are HH:MM-HH:MM: '" + hours + "'");
            }
            Set<LocalDate> offDays = new HashSet<>();
            for (String holiday : holidays.split(",")) {
                if (!holiday.isBlank()) {
                    offDays.add(LocalDate.parse(holiday.trim()));
                }
            }
            return new BusinessCalendar(ZoneId.of(zone.trim()), LocalTime.parse(openClose[0].trim()), LocalTime.parse(openClose[1].trim()),
                    days(days), offDays);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration '" + prefix + "*' is not a business calendar: " + e.getMessage(), e);
        }
    }

    /** {@code MON-SAT} or {@code MON,TUE,THU}. */
    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.trim().split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code.length() >= 3 && day.name().startsWith(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day '" + text.trim() + "' (MON, TUE, ...)");
    }

    /** Runs of spaces and underscores in a brand or region name; compiled once, as a name is made per report. */
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    private static String name(String text) {
        return text == null || text.isBlank() ? null : SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private static <V> Map<String, V> normalized(Map<String, V> map) {
        Map<String, V> copy = new HashMap<>();
        Objects.requireNonNull(map, "map").forEach((key, value) -> {
            int bar = key.indexOf('|');
            copy.put(bar < 0 ? name(key) : name(key.substring(0, bar)) + "|" + name(key.substring(bar + 1)), value);
        });
        return Map.copyOf(copy);
    }

    private static Duration positive(Duration sla, String what) {
        if (sla == null || sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("'" + what + "' must be a positive duration: " + sla);
        }
        return sla;
    }
}
