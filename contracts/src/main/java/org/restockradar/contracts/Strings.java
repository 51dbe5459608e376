package org.restockradar.contracts;

/** Optional text as every service reads it: blank means absent. */
public final class Strings {
    private Strings() {
    }

    /** Null for a null or blank string, else the string as it is. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Null for a null or blank string, else the string without surrounding white space (query and form values). */
    public static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
