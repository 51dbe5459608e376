package org.restockradar.rewards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The marketers' export of gifts as CSV (RFC 4180: comma, double quotes where needed, CRLF) that a spreadsheet opens
 * without running anything: a text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so that handles and notes written by strangers stay text (OWASP's advice against CSV injection).
 * <pre>
 * id,handle,source,contact_channel,verified_reports,note,gift,status,queued_at
 * </pre>
 */
public final class GiftCsv implements AutoCloseable {
    /** The columns, in order. */
    public static final List<String> HEADER = List.of("id", "handle", "source", "contact_channel", "verified_reports", "note", "gift",
            "status", "queued_at");
    /** The format, for readers too: RFC 4180. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final CSVPrinter printer;

    /** Starts an export into {@code out}, header first. */
    public GiftCsv(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the gift export", e);
        }
    }

    /** Writes one gift as a row. */
    public void write(Gift gift) {
        try {
            printer.printRecord(Long.toString(gift.id()), cell(gift.handle()), cell(gift.source()), cell(gift.contactChannel()),
                    Integer.toString(gift.verifiedReports()), cell(gift.note()), cell(gift.giftType()), gift.status().code(),
                    gift.queuedAt().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gift " + gift.id() + " to the export", e);
        }
    }

    /** A text cell made safe for spreadsheets: a leading apostrophe before {@code = + - @}, a tab or a carriage return. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    /** Flushes what was written; the underlying output stays open for its owner to close. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the gift export", e);
        }
    }
}
