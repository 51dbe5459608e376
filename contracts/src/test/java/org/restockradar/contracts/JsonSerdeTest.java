package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

final class JsonSerdeTest {
    private final JsonSerde<Mention> serde = new JsonSerde<>(Mention.class);

    @Test
    void shouldReadTheMentionFormatOfTheLabelledSets() {
        String line = """
                {"id": "x-1712", "source": "x", "created_at": "2026-10-02T09:14:00Z",
                 "author": {"id": "u-88", "handle": "priya_k", "display_name": "Priya", "location": "Pune, India", "followers": 212},
                 "text": "can't find Hippo at Sharma General Store, Kothrud :(",
                 "lang": null, "geo": {"lat": 18.5, "lon": 73.8}, "is_repost": false, "extra": 1}""";

        Mention mention = serde.decode(line.getBytes(StandardCharsets.UTF_8));

        assertThat(mention.id()).isEqualTo("x-1712");
        assertThat(mention.source()).isEqualTo(Source.X);
        assertThat(mention.createdAt()).isEqualTo(Instant.parse("2026-10-02T09:14:00Z"));
        assertThat(mention.author().displayName()).isEqualTo("Priya");
        assertThat(mention.geo()).isEqualTo(new GeoPoint(18.5, 73.8));
        assertThat(mention.isRepost()).isFalse();
    }

    @Test
    void shouldCarryAReportsReasonAndReadAReportWrittenWithoutOne() {
        JsonSerde<StockoutReport> reports = new JsonSerde<>(StockoutReport.class);
        StockoutReport withReason = new StockoutReport("x-9", Source.X, Instant.parse("2026-10-02T09:14:00Z"),
                new Author("u-9", "anil", null, null, null), "Zorbo out here", "Zorbo", null, "NSK-0007", "Laxmi Kirana",
                "Gangapur", "Nashik", 0.52, "low confidence (0.52 < 0.60); absence");
        String older = new String(reports.encode(withReason), StandardCharsets.UTF_8).replace(",\"reason\":\"low confidence (0.52 < 0.60); absence\"", "");

        assertThat(reports.decode(reports.encode(withReason))).isEqualTo(withReason);
        assertThat(older).doesNotContain("reason");
        assertThat(reports.decode(older.getBytes(StandardCharsets.UTF_8)).reason()).isNull();
    }

    @Test
    void shouldRoundTripUnicodeText() {
        Mention mention = new Mention("sms-1", Source.SMS, Instant.parse("2026-10-02T09:14:00Z"),
                new Author("+91-98xxxx", "+91-98xxxx", null, null, null), "हिप्पो नहीं मिला 🦛", null, null, false);

        assertThat(serde.decode(serde.encode(mention))).isEqualTo(mention);
    }

    @Test
    void shouldExplainWhyAValueCannotBeDecoded() {
        assertThatThrownBy(() -> serde.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageStartingWith("cannot decode Mention");
        assertThatThrownBy(() -> serde.decode("""
                {"id": "x-1", "source": "fax", "created_at": "2026-10-02T09:14:00Z",
                 "author": {"id": "u", "handle": "h"}, "text": "t"}""".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("unknown source: 'fax'");
        assertThatThrownBy(() -> serde.decode("""
                {"id": "x-1", "source": "x", "author": {"id": "u", "handle": "h"}, "text": "t"}""".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("created_at is missing");
    }

    @Test
    void shouldKeepRawBytesOfADeadLetterLosslessly() {
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, 'x'};

        DeadLetter binary = DeadLetter.of("mentions", 0, 7, "k", notUtf8, "bad", Instant.EPOCH);
        DeadLetter text = DeadLetter.of("mentions", 0, 8, "k", "{oops".getBytes(StandardCharsets.UTF_8), "bad", Instant.EPOCH);

        assertThat(binary.payload()).isNull();
        assertThat(Base64.getDecoder().decode(binary.payloadBase64())).isEqualTo(notUtf8);
        assertThat(text.payload()).isEqualTo("{oops");
        assertThat(text.payloadBase64()).isNull();
        assertThat(text.payloadSize()).isEqualTo(5);
        assertThat(text.payloadSha256()).isEqualTo(sha256("{oops".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.payloadTruncated()).isFalse();
        assertThat(binary.payloadSize()).isEqualTo(3);
    }

    @Test
    void shouldKeepOnlyABoundedPrefixOfAHugePayloadWithTheSizeAndHashOfTheWhole() {
        JsonSerde<DeadLetter> letters = new JsonSerde<>(DeadLetter.class);
        // NUL bytes are the worst case for text: JSON writes each one as six characters (\u0000).
        byte[] nuls = new byte[2 * 1024 * 1024];
        byte[] binary = new byte[2 * 1024 * 1024];
        Arrays.fill(binary, (byte) 0xff);

        DeadLetter text = DeadLetter.of("replay:m.jsonl:7", -1, -1, null, nuls, "x".repeat(100_000), Instant.EPOCH);
        DeadLetter bytes = DeadLetter.of("mentions", 0, 9, "k".repeat(100_000), binary, "bad", Instant.EPOCH);

        assertThat(text.payload()).hasSize(DeadLetter.MAX_PAYLOAD_BYTES);
        assertThat(text.payloadTruncated()).isTrue();
        assertThat(text.payloadSize()).isEqualTo(nuls.length);
        assertThat(text.payloadSha256()).isEqualTo(sha256(nuls));
        assertThat(text.reason().length()).isLessThanOrEqualTo(DeadLetter.MAX_TEXT_CHARS);
        assertThat(Base64.getDecoder().decode(bytes.payloadBase64())).isEqualTo(Arrays.copyOf(binary, DeadLetter.MAX_PAYLOAD_BYTES));
        assertThat(bytes.key().length()).isLessThanOrEqualTo(DeadLetter.MAX_TEXT_CHARS);
        // Kafka's default largest record (max.message.bytes, the producer's max.request.size) is 1 MiB.
        assertThat(letters.encode(text).length).isLessThan(512 * 1024);
        assertThat(letters.encode(bytes).length).isLessThan(512 * 1024);
    }

    @Test
    void shouldCutATruncatedTextPayloadBetweenCharactersNotInsideOne() {
        byte[] raw = "é".repeat(DeadLetter.MAX_PAYLOAD_BYTES).getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = DeadLetter.of("mentions", 0, 1, null, raw, "bad", Instant.EPOCH);

        assertThat(letter.payloadBase64()).isNull();
        assertThat(letter.payload()).isEqualTo("é".repeat(DeadLetter.MAX_PAYLOAD_BYTES / 2));
        assertThat(letter.payloadTruncated()).isTrue();
    }

    @Test
    void shouldReadADeadLetterWrittenBeforeItCarriedSizeAndHash() {
        JsonSerde<DeadLetter> letters = new JsonSerde<>(DeadLetter.class);
        DeadLetter letter = DeadLetter.of("mentions", 0, 8, "k", "{oops".getBytes(StandardCharsets.UTF_8), "bad", Instant.EPOCH);
        String older = """
                {"origin":"mentions","partition":0,"offset":8,"key":"k","payload":"{oops","payload_base64":null,\
                "reason":"bad","failed_at":"1970-01-01T00:00:00Z"}""";

        DeadLetter read = letters.decode(older.getBytes(StandardCharsets.UTF_8));

        assertThat(letters.decode(letters.encode(letter))).isEqualTo(letter);
        assertThat(new String(letters.encode(letter), StandardCharsets.UTF_8))
                .contains("\"payload_size\":5", "\"payload_sha256\":\"" + sha256("{oops".getBytes(StandardCharsets.UTF_8)) + "\"",
                        "\"payload_truncated\":false");
        assertThat(read.payload()).isEqualTo("{oops");
        assertThat(read.payloadSize()).isNull();
        assertThat(read.payloadSha256()).isNull();
        assertThat(read.payloadTruncated()).isFalse();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
