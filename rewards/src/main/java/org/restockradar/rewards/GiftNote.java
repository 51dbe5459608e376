package org.restockradar.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The personal note of a gift, in plain text, made from the reporter's own verified reports: which shop, which
 * product, how fast it was restocked. The shop and product names come from reports and the registry and stay text:
 * nothing here is markup, and the export escapes what a spreadsheet would run.
 */
public final class GiftNote {
    /** How many reports a note names; the rest are counted. */
    static final int NAMED = 3;

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

    /** The note for a reporter and their reports, earliest report first. */
    public static String of(String handle, List<Fact> facts) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one verified report of " + handle);
        }
        StringBuilder note = new StringBuilder("Thank you, ").append(handle).append("! ");
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
