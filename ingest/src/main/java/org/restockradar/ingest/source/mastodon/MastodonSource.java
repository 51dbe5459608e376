package org.restockradar.ingest.source.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.restockradar.ingest.source.ServerSentEvents;
import org.restockradar.ingest.source.StreamingGetSession;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.source.ReconnectingSource;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.SourceException;
import org.restockradar.ingest.source.StreamingGet;
import org.restockradar.ingest.source.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mastodon streaming: one server-sent-events connection per configured stream ({@code hashtag:<tag>},
 * {@code public}, {@code public:local}) on {@code /api/v1/streaming/...}; each {@code update} event's Status
 * becomes a mention {@code mastodon-<status id>} with its HTML turned into text. Public streams keep only
 * posts that name a catalog keyword. After every (re)connect the stream is first caught up through the REST
 * timeline with {@code min_id} = the last status id handed on (kept in the cursor store), so a disconnect or a
 * restart leaves no gap; what the catch-up and the live stream both deliver is dropped as a duplicate.
 */
public final class MastodonSource extends ReconnectingSource {
    private static final Logger LOG = LoggerFactory.getLogger(MastodonSource.class);
    static final String RESET_HEADER = "X-RateLimit-Reset";
    static final int PAGE_SIZE = 40;

    /**
     * @param baseUrl          the instance, such as {@code https://mastodon.social}
     * @param accessToken      a token of an app on that instance ({@code read:statuses}), or null; never logged
     * @param streams          {@code hashtag:<tag>}, {@code public} or {@code public:local}
     * @param keepAliveTimeout reconnect when neither an event nor a heartbeat came for this long
     * @param maxEventBytes    longest event line accepted; longer ones are dead-lettered
     * @param catchUpPages     at most this many pages of 40 statuses are read to close a gap
     */
    public record Config(URI baseUrl, String accessToken, List<String> streams, Duration connectTimeout,
                         Duration keepAliveTimeout, int maxEventBytes, Duration checkpointInterval, int catchUpPages) {
        public Config {
            Objects.requireNonNull(baseUrl, "baseUrl");
            streams = List.copyOf(streams);
            if (streams.isEmpty()) {
                throw new IllegalArgumentException("sources.mastodon.streams is empty: name at least one of hashtag:<tag>, public, public:local");
            }
            streams.forEach(Stream::parse);
            if (maxEventBytes < 1 || catchUpPages < 0) {
                throw new IllegalArgumentException("max event bytes must be positive and catch-up pages not negative: "
                        + maxEventBytes + ", " + catchUpPages);
            }
        }
    }

    /** One streaming endpoint and the REST timeline that holds the same statuses. */
    record Stream(String name, String streamingPath, String timelinePath, boolean filtered) {
        static Stream parse(String spec) {
            String s = spec.trim();
            if (s.equals("public")) {
                return new Stream(s, "/api/v1/streaming/public", "/api/v1/timelines/public?", true);
            }
            if (s.equals("public:local")) {
                return new Stream(s, "/api/v1/streaming/public/local", "/api/v1/timelines/public?local=true&", true);
            }
            if (s.startsWith("hashtag:") && s.length() > "hashtag:".length()) {
                String tag = s.substring("hashtag:".length()).replaceFirst("^#", "");
                String encoded = URLEncoder.encode(tag, StandardCharsets.UTF_8);
                return new Stream("hashtag:" + tag, "/api/v1/streaming/hashtag?tag=" + encoded,
                        "/api/v1/timelines/tag/" + encoded + "?", false);
            }
            throw new IllegalArgumentException("unknown Mastodon stream '" + spec + "' (expected hashtag:<tag>, public or public:local)");
        }
    }

    private final Config config;
    private final SourceChannel channel;
    private final KeywordFilter filter;
    private final HttpClient http;
    private final List<Reader> readers = new ArrayList<>();

    /** @param filter the catalog keywords, required when a public stream is configured */
    public MastodonSource(Config config, SourceChannel channel, KeywordFilter filter, CursorStore cursors,
                          Backoff.Policy backoff, Sleeper sleeper) {
        super(channel);
        this.config = config;
        this.channel = channel;
        this.filter = filter;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        for (String spec : config.streams()) {
            Stream stream = Stream.parse(spec);
            if (stream.filtered() && filter == null) {
                throw new IllegalArgumentException("Mastodon stream " + spec + " needs the catalog keywords (sources.catalog)");
            }
            Checkpointer checkpointer = new Checkpointer("mastodon:" + stream.name(), cursors, channel, config.checkpointInterval(), 500);
            Reader reader = new Reader(stream, checkpointer);
            readers.add(reader);
            addWorker("mastodon-" + stream.name(), reader, backoff, sleeper, List.of(checkpointer));
        }
    }

    @Override
    public String name() {
        return Source.MASTODON.code();
    }

    /** The streams read, such as {@code hashtag:hungryforhippo}. */
    public List<String> streams() {
        return readers.stream().map(r -> r.stream.name()).toList();
    }

    /** Reads one stream; runs on its worker's thread. */
    private final class Reader extends StreamingGetSession {
        private final Stream stream;
        private final Checkpointer checkpointer;
        private final String origin;

        Reader(Stream stream, Checkpointer checkpointer) {
            super("stream " + stream.name(), checkpointer);
            this.stream = stream;
            this.checkpointer = checkpointer;
            this.origin = "mastodon:" + stream.name();
        }

        @Override
        protected StreamingGet open() throws SourceException, InterruptedException {
            URI uri = config.baseUrl().resolve(stream.streamingPath());
            return StreamingGet.open(http, uri, headers(Map.of("Accept", "text/event-stream")), config.keepAliveTimeout(), RESET_HEADER,
                    channel.clock());
        }

        @Override
        protected void read(StreamingGet get) throws IOException, SourceException {
            new ServerSentEvents(get.body(), config.maxEventBytes()).readAll(new ServerSentEvents.Listener() {
                @Override
                public void onEvent(String event, String data) {
                    if (event.equals("update")) {
                        readStatus(data.getBytes(StandardCharsets.UTF_8));
                    }
                }

                @Override
                public void onOversized(String head, long length) {
                    channel.metrics().received();
                    channel.deadLetter(origin, head.getBytes(StandardCharsets.UTF_8),
                            "event of " + length + " bytes is larger than the limit of " + config.maxEventBytes() + " bytes (first bytes kept)");
                }
            });
        }

        /** Reads the REST timeline from the last status handed on, oldest first, page by page. */
        @Override
        protected void catchUp() throws SourceException {
            String after = checkpointer.position();
            if (after == null) {
                return;
            }
            int read = 0;
            for (int page = 0; page < config.catchUpPages(); page++) {
                List<JsonNode> statuses = fetchAfter(after);
                for (JsonNode status : statuses) {
                    readStatus(status.toString().getBytes(StandardCharsets.UTF_8));
                }
                read += statuses.size();
                if (statuses.size() < PAGE_SIZE) {
                    LOG.info("Mastodon {} caught up {} statuses after {}", stream.name(), read, after);
                    return;
                }
                after = checkpointer.position();
            }
            LOG.warn("Mastodon {} read {} pages to catch up and stopped there: statuses before {} may be missing",
                    stream.name(), config.catchUpPages(), checkpointer.position());
        }

        private List<JsonNode> fetchAfter(String minId) throws SourceException {
            URI uri = config.baseUrl().resolve(stream.timelinePath() + "min_id=" + URLEncoder.encode(minId, StandardCharsets.UTF_8)
                    + "&limit=" + PAGE_SIZE);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.keepAliveTimeout()).GET();
            headers(Map.of("Accept", "application/json")).forEach(request::header);
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw SourceException.network("cannot read timeline " + uri.getPath() + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SourceException.network("interrupted while reading timeline " + uri.getPath(), e);
            }
            if (response.statusCode() != 200) {
                throw SourceException.http(response.statusCode(),
                        RateLimitReset.of(response.headers(), RESET_HEADER, channel.clock()).orElse(null),
                        "HTTP " + response.statusCode() + " from timeline " + uri.getPath());
            }
            JsonNode page;
            try {
                page = Json.mapper().readTree(response.body());
            } catch (IOException e) {
                page = null;
            }
            if (page == null || !page.isArray()) {
                channel.deadLetter(origin, response.body(), "timeline page is not a JSON array of statuses");
                return List.of();
            }
            List<JsonNode> statuses = new ArrayList<>();
            page.forEach(statuses::add);
            statuses.sort(Comparator.comparing((JsonNode s) -> s.path("id").asText(""), StatusIds::compare));
            return statuses;
        }

        private void readStatus(byte[] raw) {
            channel.metrics().received();
            JsonNode status;
            try {
                status = Json.mapper().readTree(raw);
            } catch (IOException e) {
                channel.deadLetter(origin, raw, "malformed status JSON: " + Texts.jsonError(e));
                return;
            }
            Mention mention;
            try {
                mention = toMention(status);
            } catch (IllegalArgumentException e) {
                channel.deadLetter(origin, raw, "unreadable status: " + e.getMessage());
                return;
            }
            String id = status.path("id").asText();
            if (!stream.filtered() || filter.matches(mention.text())) {
                channel.offer(mention);
            } else {
                channel.metrics().filtered();
            }
            if (checkpointer.position() == null || StatusIds.compare(id, checkpointer.position()) > 0) {
                checkpointer.advance(id);
            }
        }
    }

    private Map<String, String> headers(Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        if (config.accessToken() != null && !config.accessToken().isBlank()) {
            headers.put("Authorization", "Bearer " + config.accessToken());
        }
        return headers;
    }

    /** Maps a Mastodon Status entity; a boost is read as a repost of the boosted status's text. */
    static Mention toMention(JsonNode status) {
        if (status == null || !status.isObject()) {
            throw new IllegalArgumentException("status is not a JSON object");
        }
        String id = text(status, "id");
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(status, "created_at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at is not ISO-8601: " + status.path("created_at").asText(), e);
        }
        JsonNode account = status.path("account");
        JsonNode reblog = status.path("reblog");
        JsonNode content = reblog.isObject() ? reblog : status;
        String spoiler = content.path("spoiler_text").asText("");
        String body = HtmlText.toPlain(content.path("content").asText(""));
        String text = spoiler.isBlank() ? body : spoiler.strip() + "\n\n" + body;
        JsonNode followers = account.path("followers_count");
        Author author = new Author(text(account, "id"), text(account, "acct"),
                Strings.blankToNull(account.path("display_name").asText(null)), null,
                followers.canConvertToInt() && followers.asInt() >= 0 ? followers.asInt() : null);
        String lang = Strings.blankToNull(content.path("language").asText(null));
        return new Mention(Source.MASTODON.code() + "-" + id, Source.MASTODON, createdAt, author, Texts.cut(text), lang, null,
                reblog.isObject());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("status without " + field);
        }
        return value.asText();
    }
}
