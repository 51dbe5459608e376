package org.restockradar.ingest.replay;

import java.nio.charset.StandardCharsets;

/**
 * What a line of a replay file is before it is parsed: not UTF-8, blank, or text. Read in place from its bytes, with
 * no string made of a line that is text (decoding every line into a string only to ask these two things was a tenth of
 * the replay's main thread). UTF-8 as Java's decoder takes it (Unicode's Table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF); blank as {@link String#isBlank()} says.
 */
final class Utf8Line {
    enum Kind { NOT_UTF8, BLANK, TEXT }

    private Utf8Line() {
    }

    static Kind kind(byte[] line) {
        boolean visibleAscii = false;
        boolean beyondAscii = false;
        int i = 0;
        int n = line.length;
        while (i < n) {
            int b = line[i] & 0xFF;
            if (b < 0x80) {
                visibleAscii |= !Character.isWhitespace(b);
                i++;
                continue;
            }
            beyondAscii = true;
            int length = sequenceLength(line, i);
            if (length == 0) {
                return Kind.NOT_UTF8;
            }
            i += length;
        }
        if (visibleAscii) {
            return Kind.TEXT;
        }
        // Only white space in ASCII: blank unless a character beyond it is not white space (rare; decoded to tell).
        return !beyondAscii || new String(line, StandardCharsets.UTF_8).isBlank() ? Kind.BLANK : Kind.TEXT;
    }

    /** The length of the well-formed sequence of more than one byte that starts at {@code i}, or 0 when it is ill-formed. */
    private static int sequenceLength(byte[] line, int i) {
        int b = line[i] & 0xFF;
        int n = line.length;
        if (b >= 0xC2 && b <= 0xDF) {
            return i + 1 < n && continuation(line[i + 1]) ? 2 : 0;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            if (i + 2 >= n) {
                return 0;
            }
            int second = line[i + 1] & 0xFF;
            int low = b == 0xE0 ? 0xA0 : 0x80;
            int high = b == 0xED ? 0x9F : 0xBF;
            return second >= low && second <= high && continuation(line[i + 2]) ? 3 : 0;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            if (i + 3 >= n) {
                return 0;
            }
            int second = line[i + 1] & 0xFF;
            int low = b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xF4 ? 0x8F : 0xBF;
            return second >= low && second <= high && continuation(line[i + 2]) && continuation(line[i + 3]) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
