package org.restockradar.contracts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A record that could not be processed, kept whole with the reason so that nothing is lost.
 *
 * @param payload       the original value as UTF-8 text, or null when it was not valid UTF-8
 * @param payloadBase64 the original value in Base64 when it was not valid UTF-8, else null
 * @param offset        the offset in the source topic, or -1 when the record did not come from a topic
 */
public record DeadLetter(
        String origin,
        int partition,
        long offset,
        String key,
        String payload,
        String payloadBase64,
        String reason,
        Instant failedAt) {

    public DeadLetter {
        Require.text(origin, "origin");
        Require.text(reason, "reason");
        Require.present(failedAt, "failed_at");
    }

    /** Builds a dead letter that keeps the raw bytes losslessly: as text when they are UTF-8, else as Base64. */
    public static DeadLetter of(String origin, int partition, long offset, String key, byte[] raw, String reason, Instant failedAt) {
        String text = null;
        String base64 = null;
        if (raw != null) {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                base64 = Base64.getEncoder().encodeToString(raw);
            }
        }
        return new DeadLetter(origin, partition, offset, key, text, base64, reason, failedAt);
    }
}
