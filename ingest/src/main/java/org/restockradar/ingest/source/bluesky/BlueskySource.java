package org.restockradar.ingest.source.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Strings;
import org.restockradar.ingest.source.Checkpointer;
import org.restockradar.ingest.cursor.CursorStore;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.RateLimitReset;
import org.restockradar.ingest.source.ReconnectingWorker;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.source.ReconnectingSource;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.SourceException;
import org.restockradar.ingest.source.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bluesky through Jetstream: a WebSocket to {@code /subscribe?wantedCollections=app.bsky.feed.post}, each
 * {@code commit} event creating a post read as a mention {@code bluesky-<did>/<rkey>} when its text names a
 * catalog keyword (Jetstream cannot filter on text). The cursor is the event's {@code time_us}; every
 * (re)connect resumes from the last one handed on minus {@code resumeOverlap}, and the posts read twice in
 * that overlap are dropped as duplicates (the recent ids travel with the checkpoint across a restart).
 * Messages are taken one at a time from a small bounded buffer, and more are requested from the socket only
 * as they are handed on, so a slow Kafka slows the socket rather than filling memory.
 */
public final class BlueskySource extends ReconnectingSource {
    private static final Logger LOG = LoggerFactory.getLogger(BlueskySource.class);
    static final String COLLECTION = "app.bsky.feed.post";
    static final String CURSOR_STREAM = "bluesky:jetstream";
    private static final int WINDOW = 64;

    /**
     * @param endpoint         the Jetstream subscribe URL, such as {@code wss://jetstream2.us-east.bsky.network/subscribe}
     * @param resumeOverlap    how far before the stored cursor a reconnect resumes
     * @param keepAliveTimeout reconnect when no message came for this long
     * @param maxMessageBytes  longest message accepted; longer ones are dead-lettered
     */
    public record Config(URI endpoint, Duration connectTimeout, Duration keepAliveTimeout, Duration resumeOverlap,
                         int maxMessageBytes, Duration checkpointInterval) {
        public Config {
            Objects.requireNonNull(endpoint, "endpoint");
            if (resumeOverlap.isNegative() || maxMessageBytes < 1) {
                throw new IllegalArgumentException("resume overlap cannot be negative and max message bytes must be positive: "
                        + resumeOverlap + ", " + maxMessageBytes);
            }
        }
    }

    private final Config config;
    private final SourceChannel channel;
    private final KeywordFilter filter;
    private final HttpClient http;
    private final Checkpointer checkpointer;

    public BlueskySource(Config config, SourceChannel channel, KeywordFilter filter, CursorStore cursors,
                         Backoff.Policy backoff, Sleeper sleeper) {
        super(channel);
        this.config = config;
        this.channel = channel;
        this.filter = Objects.requireNonNull(filter, "Bluesky needs the catalog keywords (sources.catalog)");
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.checkpointer = new Checkpointer(CURSOR_STREAM, cursors, channel, config.checkpointInterval(), 10_000);
        addWorker("bluesky", new Reader(), backoff, sleeper, List.of(checkpointer));
    }

    @Override
    public String name() {
        return Source.BLUESKY.code();
    }

    /** The URL of the next connection: the collection, and the cursor minus the overlap when there is one. */
    URI subscribeUri() {
        StringBuilder uri = new StringBuilder(config.endpoint().toString())
                .append(config.endpoint().getRawQuery() == null ? '?' : '&')
                .append("wantedCollections=").append(COLLECTION);
        String position = checkpointer.position();
        if (position != null) {
            long cursor = Long.parseLong(position) - config.resumeOverlap().toNanos() / 1_000;
            uri.append("&cursor=").append(Math.max(0, cursor));
        }
        return URI.create(uri.toString());
    }

    /** What the socket listener hands to the reading thread. */
    private sealed interface Item permits Message, Oversized, Closed, Failed {
    }

    private record Message(String text) implements Item {
    }

    private record Oversized(String head, long length) implements Item {
    }

    private record Closed(int code, String reason) implements Item {
    }

    private record Failed(Throwable error) implements Item {
    }

    private final class Reader implements ReconnectingWorker.Session {
        private volatile WebSocket socket;

        @Override
        public void run(ReconnectingWorker.Context context) throws SourceException, InterruptedException {
            BlockingQueue<Item> items = new LinkedBlockingQueue<>();
            URI uri = subscribeUri();
            WebSocket ws = connect(uri, new Listener(items));
            socket = ws;
            try {
                if (!context.running()) {
                    return;
                }
                context.connected();
                LOG.info("Bluesky reading {}", uri);
                ws.request(WINDOW);
                while (context.running()) {
                    Item item = items.poll(config.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    if (item == null) {
                        throw SourceException.network("no Jetstream message for " + config.keepAliveTimeout(), null);
                    }
                    if (item instanceof Message m) {
                        read(m.text());
                    } else if (item instanceof Oversized o) {
                        channel.metrics().received();
                        channel.deadLetter(CURSOR_STREAM, o.head().getBytes(StandardCharsets.UTF_8),
                                "message of " + o.length() + " characters is larger than the limit of " + config.maxMessageBytes() + " (first characters kept)");
                    } else if (item instanceof Closed c) {
                        throw SourceException.network("Jetstream closed the socket: " + c.code() + " " + c.reason(), null);
                    } else if (item instanceof Failed f) {
                        throw SourceException.network("Jetstream socket failed: " + f.error(), f.error());
                    }
                    ws.request(1);
                }
            } finally {
                socket = null;
                ws.abort();
                checkpointer.checkpointOrRewind();
            }
        }

        private WebSocket connect(URI uri, Listener listener) throws SourceException, InterruptedException {
            try {
                return http.newWebSocketBuilder().connectTimeout(config.connectTimeout()).buildAsync(uri, listener)
                        .get(config.connectTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof WebSocketHandshakeException handshake) {
                    int status = handshake.getResponse().statusCode();
                    String reset = handshake.getResponse().headers().firstValue("ratelimit-reset")
                            .or(() -> handshake.getResponse().headers().firstValue("x-ratelimit-reset")).orElse(null);
                    throw SourceException.http(status, RateLimitReset.parse(reset)
                                    .or(() -> RateLimitReset.of(handshake.getResponse().headers(), "ratelimit-reset", channel.clock())).orElse(null),
                            "HTTP " + status + " from " + uri.getHost() + uri.getPath());
                }
                throw SourceException.network("cannot connect to " + uri.getHost() + uri.getPath() + ": " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                throw SourceException.network("no WebSocket handshake with " + uri.getHost() + " within " + config.connectTimeout().multipliedBy(2), e);
            }
        }

        @Override
        public void abort() {
            WebSocket ws = socket;
            if (ws != null) {
                ws.abort();
            }
        }
    }

    /** Joins a message's fragments (up to the limit) and queues it; runs on the HTTP client's threads. */
    private final class Listener implements WebSocket.Listener {
        private final BlockingQueue<Item> items;
        private final StringBuilder partial = new StringBuilder();
        private long length;

        Listener(BlockingQueue<Item> items) {
            this.items = items;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            // messages are requested by the reading thread once it is ready
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            length += data.length();
            if (partial.length() <= config.maxMessageBytes()) {
                partial.append(data, 0, Math.min(data.length(), config.maxMessageBytes() + 1 - partial.length()));
            }
            if (last) {
                items.add(length > config.maxMessageBytes()
                        ? new Oversized(partial.substring(0, Math.min(partial.length(), 1_024)), length)
                        : new Message(partial.toString()));
                partial.setLength(0);
                length = 0;
            } else {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
            if (last) {
                items.add(new Oversized("(binary message; Jetstream without compression sends text)", data.remaining()));
            } else {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            items.add(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            items.add(new Failed(error));
        }
    }

    private void read(String text) {
        JsonNode event;
        try {
            event = Json.mapper().readTree(text);
        } catch (IOException e) {
            channel.metrics().received();
            channel.deadLetter(CURSOR_STREAM, text.getBytes(StandardCharsets.UTF_8), "malformed Jetstream JSON: " + Texts.jsonError(e));
            return;
        }
        if (event == null || !event.path("time_us").canConvertToLong()) {
            channel.metrics().received();
            channel.deadLetter(CURSOR_STREAM, text.getBytes(StandardCharsets.UTF_8), "Jetstream event without time_us");
            return;
        }
        JsonNode commit = event.path("commit");
        if (event.path("kind").asText().equals("commit") && commit.path("operation").asText().equals("create")
                && commit.path("collection").asText().equals(COLLECTION)) {
            channel.metrics().received();
            try {
                Mention mention = toMention(event);
                if (filter.matches(mention.text())) {
                    channel.offer(mention);
                } else {
                    channel.metrics().filtered();
                }
            } catch (IllegalArgumentException e) {
                channel.deadLetter(CURSOR_STREAM, text.getBytes(StandardCharsets.UTF_8), "unreadable Jetstream post: " + e.getMessage());
            }
        }
        checkpointer.advance(Long.toString(event.path("time_us").asLong()));
    }

    /** Maps a Jetstream commit that creates an {@code app.bsky.feed.post}. */
    static Mention toMention(JsonNode event) {
        String did = text(event, "did");
        JsonNode commit = event.path("commit");
        String rkey = text(commit, "rkey");
        JsonNode record = commit.path("record");
        JsonNode textNode = record.path("text");
        if (!textNode.isTextual()) {
            throw new IllegalArgumentException("post without record.text");
        }
        Instant createdAt = createdAt(record.path("createdAt").asText(null), event.path("time_us").asLong());
        JsonNode langs = record.path("langs");
        String lang = langs.isArray() && !langs.isEmpty() ? Strings.blankToNull(langs.get(0).asText(null)) : null;
        Author author = new Author(did, did, null, null, null);
        return new Mention(Source.BLUESKY.code() + "-" + did + "/" + rkey, Source.BLUESKY, createdAt, author,
                Texts.cut(textNode.asText()), lang, null, false);
    }

    private static Instant createdAt(String declared, long timeUs) {
        if (declared != null) {
            try {
                return OffsetDateTime.parse(declared).toInstant();
            } catch (DateTimeParseException e) {
                LOG.debug("Post with an unreadable createdAt '{}'; using the Jetstream time", declared);
            }
        }
        return Instant.EPOCH.plus(timeUs, java.time.temporal.ChronoUnit.MICROS);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value.asText();
    }
}
