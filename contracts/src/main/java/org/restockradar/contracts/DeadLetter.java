package org.restockradar.contracts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A record that could not be processed, kept with the reason so that nothing is lost silently. A payload of up
 * to {@link #MAX_PAYLOAD_BYTES} is kept whole; of a larger one only that many first bytes are kept, with the
 * size and the SHA-256 hash of the whole, so that a dead letter always fits in a Kafka record (a 2 MB post
 * would otherwise be refused by the broker and lost).
 *
 * @param payload          the original value (or its first bytes, see {@code payloadTruncated}) as UTF-8 text,
 *                         or null when it was not valid UTF-8
 * @param payloadBase64    the original value (or its first bytes) in Base64 when it was not valid UTF-8, else null
 * @param payloadSize      the size of the whole original value in bytes; null for a null value, and in dead
 *                         letters written before this field existed
 * @param payloadSha256    the SHA-256 hash of the whole original value in lower-case hex; null as for the size
 * @param payloadTruncated true when {@code payload} or {@code payloadBase64} holds only the first bytes
 * @param offset           the offset in the source topic, or -1 when the record did not come from a topic
 */
public record DeadLetter(
        String origin,
        int partition,
        long offset,
        String key,
        String payload,
        String payloadBase64,
        Long payloadSize,
        String payloadSha256,
        boolean payloadTruncated,
        String reason,
        Instant failedAt) {

    /**
     * The most bytes of a payload a dead letter keeps. Kafka refuses a record over 1 MiB by default (the topic's
     * {@code max.message.bytes}, the producer's {@code max.request.size}); JSON writes a control byte as six
     * characters ({@code \u0000}) and Base64 four for three, so 64 KiB of any payload stays under 400 KiB.
     */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    /** The most characters kept of a key or a reason (a reason may quote the input). */
    public static final int MAX_TEXT_CHARS = 4 * 1024;

    public DeadLetter {
        Require.text(origin, "origin");
        Require.text(reason, "reason");
        Require.present(failedAt, "failed_at");
    }

    /**
     * Builds a dead letter that keeps the raw bytes, or their first {@link #MAX_PAYLOAD_BYTES} with the size and
     * hash of the whole: as text when they are UTF-8, else as Base64. A key or a reason longer than
     * {@link #MAX_TEXT_CHARS} is cut to that length.
     */
    public static DeadLetter of(String origin, int partition, long offset, String key, byte[] raw, String reason, Instant failedAt) {
        String text = null;
        String base64 = null;
        Long size = null;
        String sha256 = null;
        boolean truncated = false;
        if (raw != null) {
            size = (long) raw.length;
            sha256 = sha256(raw);
            byte[] kept = raw;
            if (raw.length > MAX_PAYLOAD_BYTES) {
                truncated = true;
                kept = Arrays.copyOf(raw, utf8Boundary(raw, MAX_PAYLOAD_BYTES));
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(kept))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                base64 = Base64.getEncoder().encodeToString(truncated ? Arrays.copyOf(raw, MAX_PAYLOAD_BYTES) : raw);
            }
        }
        return new DeadLetter(origin, partition, offset, cut(key), text, base64, size, sha256, truncated, cut(reason), failedAt);
    }

    /** The largest end not above {@code limit} that does not split a UTF-8 sequence (continuation bytes are 10xxxxxx). */
    private static int utf8Boundary(byte[] raw, int limit) {
        int end = limit;
        // A UTF-8 sequence is at most four bytes long: look back at most three.
        while (end > limit - 3 && (raw[end] & 0xC0) == 0x80) {
            end--;
        }
        return end;
    }

    private static String cut(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
