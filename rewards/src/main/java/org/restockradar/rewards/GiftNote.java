package org.restockradar.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.restockradar.contracts.Source;

/**
 * The personal note of a gift, in plain text, made from the reporter's own verified reports: which shop, which
 * product, how fast it was restocked. The shop and product names come from reports and the registry and stay text:
 * nothing here is markup, and the export escapes what a spreadsheet would run.
 */
public final class GiftNote {
    /** How many reports a note names; the rest are counted. */
    static final int NAMED = 3;
    /** The sources whose handle is a phone number (masked by ingest): nobody's name. */
    private static final Set<String> PHONE_SOURCES = Set.of(Source.SMS.code(), Source.WHATSAPP.code());
    /** A handle that is a phone number however it came: digits, masked digits, spaces and a leading +. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9X][0-9X \\-]{5,}");

    /**
     * One verified report of the reporter.
     *
     * @param sku         the product, or null for a brand-level report
     * @param reportedAt  when they reported it
     * @param restockedAt when the crew restocked it (null if unknown)
     */
    public record Fact(String outletName, String locality, String brand, String sku, Instant reportedAt, Instant restockedAt) {
        public Fact {
            Objects.requireNonNull(outletName, "outletName");
            Objects.requireNonNull(brand, "brand");
            Objects.requireNonNull(reportedAt, "reportedAt");
        }
    }

    private GiftNote() {
    }

    /**
     * The reporter's latest display name the job events carried (null if none), for a query over {@code gift g}:
     * {@code job_report.name} of the reporter's account on their source.
     */
    static final String NAME_OF_GIFT_REPORTER = """
            (SELECT jr.name FROM reporter rp JOIN job_report jr ON jr.source = rp.source AND jr.reporter_id = rp.account_id
             WHERE rp.reporter_id = g.reporter_id AND jr.name IS NOT NULL ORDER BY jr.reported_at DESC LIMIT 1)""";
    /** The longest display name a note greets by; a longer one is cut at a word. */
    private static final int MAX_NAME = 40;

    /**
     * The name a note greets a reporter by: their handle on a network of public names (X, Mastodon, Bluesky); null for a
     * source whose handle is a (masked) phone number, SMS and WhatsApp, whose notes greet no one by name.
     */
    public static String greetingName(String source, String handle) {
        if (handle == null || handle.isBlank() || PHONE_SOURCES.contains(source) || PHONE_LIKE.matcher(handle.trim()).matches()) {
            return null;
        }
        return handle.trim();
    }

    /**
     * The name a note greets a reporter by: the display name the source gave ("Asha K", a WhatsApp profile name) when
     * there is one that is not a phone number, else {@link #greetingName(String, String)}.
     */
    public static String greetingName(String source, String handle, String displayName) {
        if (displayName != null && !displayName.isBlank() && !PHONE_LIKE.matcher(displayName.strip()).matches()) {
            String name = displayName.strip().replaceAll("\\s+", " ");
            if (name.length() > MAX_NAME) {
                int cut = name.lastIndexOf(' ', MAX_NAME);
                name = name.substring(0, cut > 0 ? cut : MAX_NAME);
            }
            return name;
        }
        return greetingName(source, handle);
    }

    /** The note for a reporter and their reports, earliest report first; {@code name} null greets with a plain "Thank you!". */
    public static String of(String name, List<Fact> facts) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one verified report of " + name);
        }
        StringBuilder note = new StringBuilder(name == null ? "Thank you! " : "Thank you, " + name + "! ");
        if (facts.size() == 1) {
            Fact fact = facts.get(0);
            note.append("You told us ").append(product(fact)).append(" was missing at ").append(shop(fact)).append(", and our crew restocked it")
                    .append(speed(fact)).append('.');
            return note.toString();
        }
        note.append("Your ").append(facts.size()).append(" verified reports got shelves restocked: ");
        List<String> named = new ArrayList<>();
        for (Fact fact : facts.subList(0, Math.min(NAMED, facts.size()))) {
            named.add(product(fact) + " at " + shop(fact) + " (restocked" + speed(fact) + ")");
        }
        note.append(String.join("; ", named));
        if (facts.size() > NAMED) {
            note.append("; and ").append(facts.size() - NAMED).append(" more");
        }
        return note.append('.').toString();
    }

    /**
     * The message that announces a gift where the reporter wrote from: a thanks (by name, or plain when {@code name} is
     * null), what waits for them and the claim link. Plain text, short enough for a post.
     */
    public static String claimMessage(String name, String giftType, String claimLink) {
        return (name == null ? "Thank you for your reports!" : "Thank you for your reports, " + name + "!")
                + " Shelves got restocked, and a " + giftType + " is waiting for you. Claim it here: " + claimLink;
    }

    /** The product as words: {@code HIPPO-TANGY-TOMATO} of Hippo reads "Hippo Tangy Tomato"; no SKU reads the brand. */
    static String product(Fact fact) {
        if (fact.sku() == null || fact.sku().isBlank()) {
            return fact.brand();
        }
        String sku = fact.sku().trim();
        String prefix = fact.brand().toUpperCase(Locale.ROOT) + "-";
        String rest = sku.toUpperCase(Locale.ROOT).startsWith(prefix) ? sku.substring(prefix.length()) : sku;
        StringBuilder words = new StringBuilder(fact.brand());
        for (String word : rest.split("[-_]+")) {
            if (!word.isEmpty()) {
                words.append(' ').append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return words.toString();
    }

    private static String shop(Fact fact) {
        return fact.locality() == null || fact.locality().isBlank() ? fact.outletName() : fact.outletName() + ", " + fact.locality();
    }

    /** " within an hour", " in 5 hours", " in 2 days"; empty when the restock time is unknown. */
    static String speed(Fact fact) {
        if (fact.restockedAt() == null || fact.restockedAt().isBefore(fact.reportedAt())) {
            return "";
        }
        Duration took = Duration.between(fact.reportedAt(), fact.restockedAt());
        long hours = took.toHours();
        if (hours < 1) {
            return " within an hour";
        }
        if (hours < 48) {
            return " in " + hours + (hours == 1 ? " hour" : " hours");
        }
        return " in " + took.toDays() + " days";
    }
}
