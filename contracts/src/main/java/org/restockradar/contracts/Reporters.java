package org.restockradar.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a reporter is across services. An SMS or WhatsApp reporter is known only by a pseudonymous id derived from the
 * phone number: ingest files mentions under it and dispatch's replies check a number given later against it, so the
 * rule lives here once.
 */
public final class Reporters {
    /** Hex digits of the SHA-256 kept in a phone reporter's id (80 bits). */
    private static final int PHONE_ID_HEX_DIGITS = 20;

    private Reporters() {
    }

    /** The digits of a phone number, whatever way it was written ({@code +91 98123-45678} gives {@code 919812345678}). */
    public static String phoneDigits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /** The pseudonymous id of a phone number: {@code phone-} and the first 20 hex digits of the SHA-256 of its digits. */
    public static String phoneId(String phone) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(phoneDigits(phone).getBytes(StandardCharsets.UTF_8));
            return "phone-" + HexFormat.of().formatHex(hash).substring(0, PHONE_ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
