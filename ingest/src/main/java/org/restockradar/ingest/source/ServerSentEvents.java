package org.restockradar.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a {@code text/event-stream} into events (the WHATWG server-sent-events format): {@code event:} and
 * {@code data:} fields, multi-line data joined with a newline, comment lines (heartbeats) ignored, an event
 * dispatched at each blank line.
 */
public final class ServerSentEvents {

    /** Receives each event; {@code event} is {@code message} when the server named none. */
    public interface Listener {
        void onEvent(String event, String data) throws SourceException;

        /** A line longer than the limit: skipped, its first bytes given for the dead-letter topic. */
        void onOversized(String head, long length);
    }

    private final BoundedLineReader lines;

    public ServerSentEvents(InputStream in, int maxLineBytes) {
        this.lines = new BoundedLineReader(in, maxLineBytes);
    }

    /** Reads until the end of the stream; a read timeout or a reset surfaces as the {@link IOException}. */
    public void readAll(Listener listener) throws IOException, SourceException {
        String event = null;
        StringBuilder data = null;
        boolean skipping = false;
        BoundedLineReader.Line line;
        while ((line = lines.readLine()) != null) {
            String text = line.text();
            if (line.tooLong()) {
                listener.onOversized(text, line.length());
                skipping = true;
                continue;
            }
            if (text.isEmpty()) {
                if (data != null && !skipping) {
                    listener.onEvent(event == null ? "message" : event, data.toString());
                }
                event = null;
                data = null;
                skipping = false;
                continue;
            }
            if (text.startsWith(":")) {
                continue;
            }
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // id and retry are not used: resuming is done by status id through the REST timeline
                }
            }
        }
    }
}
