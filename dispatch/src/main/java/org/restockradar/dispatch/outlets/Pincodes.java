package org.restockradar.dispatch.outlets;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the postal code out of an outlet's address: the last 6-digit number (not starting with 0) of an Indian
 * address, the last 4-digit number of a Philippine one. House numbers come first in both countries' addresses, the
 * postal code last, so the last match is taken. Other countries: none.
 */
public final class Pincodes {
    private static final Pattern INDIA = Pattern.compile("(?<!\\d)[1-9]\\d{5}(?!\\d)");
    private static final Pattern PHILIPPINES = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private Pincodes() {
    }

    /**
     * @param address the outlet's address, may be null
     * @param country the country as the registry writes it ({@code India}, {@code IN}, {@code Philippines}, {@code PH}), may be null
     */
    public static Optional<String> parse(String address, String country) {
        if (address == null || country == null) {
            return Optional.empty();
        }
        Pattern pattern = switch (country.trim().toLowerCase(Locale.ROOT)) {
            case "india", "in", "ind" -> INDIA;
            case "philippines", "ph", "phl" -> PHILIPPINES;
            default -> null;
        };
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(address);
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        return Optional.ofNullable(last);
    }
}
