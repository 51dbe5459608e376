package org.restockradar.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class Utf8LineTest {

    @Test
    void shouldTellTextBlankAndNotUtf8AsJavasDecoderAndIsBlankDo() {
        byte[][] lines = {
                bytes("{\"id\": \"x-1\"}"), bytes(""), bytes(" \t \u000B"), bytes("\u2003 \u3000"), bytes("\u2003x"),
                bytes("€ 😀 हिंदी"), bytes("\u00A0"),
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
                {'a', (byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0x80, 'a'}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] line : lines) {
            assertThat(Utf8Line.kind(line)).as("line %s", java.util.Arrays.toString(line)).isEqualTo(expected(line));
        }
    }

    @Test
    void shouldAgreeWithJavasDecoderOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(16);
        for (int n = 0; n < 200_000; n++) {
            byte[] line = new byte[random.nextInt(1, 7)];
            for (int i = 0; i < line.length; i++) {
                // mostly bytes that start or continue a sequence, so that the edges of Table 3-7 are hit often
                line[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x20, 0x80) : random.nextInt(0x80, 0x100));
            }
            assertThat(Utf8Line.kind(line)).as("line %s", java.util.Arrays.toString(line)).isEqualTo(expected(line));
        }
    }

    private static Utf8Line.Kind expected(byte[] line) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
            return text.isBlank() ? Utf8Line.Kind.BLANK : Utf8Line.Kind.TEXT;
        } catch (CharacterCodingException e) {
            return Utf8Line.Kind.NOT_UTF8;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
