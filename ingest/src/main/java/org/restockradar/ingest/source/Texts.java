package org.restockradar.ingest.source;

import org.restockradar.contracts.Mention;

/** Small text helpers shared by the adapters. */
public final class Texts {
    private Texts() {
    }

    /** Cuts a post to {@link Mention#MAX_TEXT_LENGTH} without splitting a surrogate pair. */
    public static String cut(String text) {
        if (text == null || text.length() <= Mention.MAX_TEXT_LENGTH) {
            return text;
        }
        int end = Mention.MAX_TEXT_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The first line of a JSON parser's complaint, without the location block Jackson appends. */
    public static String jsonError(java.io.IOException e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /**
     * A phone number shown with only its last four digits ({@code +********3210}), as the handle of an SMS or
     * WhatsApp author.
     */
    public static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() <= 4) {
            return "****";
        }
        return "+" + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
