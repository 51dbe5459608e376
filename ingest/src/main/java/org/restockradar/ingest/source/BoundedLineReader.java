package org.restockradar.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream (server-sent events, X's newline-delimited JSON) without ever holding
 * more than {@code maxLineBytes} of one line: a longer line is skipped to its end and reported as
 * {@link Line#tooLong()} with its first bytes, so the reader can dead-letter it and carry on.
 * Lines end at LF, CRLF or CR.
 */
public final class BoundedLineReader {
    /** One line; for an over-long line, {@code text} holds its first bytes only. */
    public record Line(String text, boolean tooLong, long length) {
    }

    private static final int HEAD_KEPT = 1_024;

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean afterCr;

    public BoundedLineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("max line bytes must be positive: " + maxLineBytes);
        }
        this.in = in instanceof java.io.BufferedInputStream ? in : new java.io.BufferedInputStream(in, 8_192);
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public Line readLine() throws IOException {
        buffer.reset();
        long length = 0;
        boolean tooLong = false;
        while (true) {
            int b = in.read();
            if (b == -1) {
                if (length == 0) {
                    return null;
                }
                return line(length, tooLong);
            }
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n') {
                return line(length, tooLong);
            }
            if (b == '\r') {
                afterCr = true;
                return line(length, tooLong);
            }
            length++;
            if (length > maxLineBytes) {
                if (!tooLong) {
                    tooLong = true;
                    byte[] head = buffer.toByteArray();
                    buffer.reset();
                    buffer.write(head, 0, Math.min(head.length, HEAD_KEPT));
                }
            } else {
                buffer.write(b);
            }
        }
    }

    private Line line(long length, boolean tooLong) {
        return new Line(buffer.toString(StandardCharsets.UTF_8), tooLong, length);
    }
}
