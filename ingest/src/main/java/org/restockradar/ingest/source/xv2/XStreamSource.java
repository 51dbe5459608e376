package org.restockradar.ingest.source.xv2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Strings;
import org.restockradar.ingest.source.Checkpointer;
import org.restockradar.ingest.cursor.CursorStore;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.BoundedLineReader;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.RateLimitReset;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.source.ReconnectingSource;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.SourceException;
import org.restockradar.ingest.source.StreamingGet;
import org.restockradar.ingest.source.StreamingGetSession;
import org.restockradar.ingest.source.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The X API v2 filtered stream. On start the stream rules are made to match the catalog keywords (rules
 * tagged {@code restock-radar:*} that no longer match are deleted, missing ones added; other rules are left
 * alone). The stream is read with the reconnect rules X documents: a 20 s keep-alive timeout, linear back-off
 * for network errors, exponential for HTTP errors, and for 429 a wait until {@code x-rate-limit-reset}.
 * Every tweet is asked for with its author and place expansions and becomes a mention {@code x-<tweet id>}.
 * After each (re)connect the gap is filled from recent search with {@code since_id} = the newest tweet handed
 * on (kept in the cursor store), so a disconnect or a restart loses nothing; overlaps are dropped as duplicates.
 */
public final class XStreamSource extends ReconnectingSource {
    private static final Logger LOG = LoggerFactory.getLogger(XStreamSource.class);
    static final String TAG_PREFIX = "restock-radar:";
    static final int MAX_RULE_LENGTH = 512;
    static final String RESET_HEADER = "x-rate-limit-reset";
    static final String FIELDS = "expansions=author_id,geo.place_id"
            + "&tweet.fields=created_at,lang,geo,referenced_tweets"
            + "&user.fields=location,username,name,public_metrics"
            + "&place.fields=full_name,country_code,geo";
    static final String CURSOR_STREAM = "x:stream";
    static final String ORIGIN = "x:stream";

    /**
     * @param baseUrl          {@code https://api.x.com} for the real API
     * @param bearerToken      the app's bearer token; never logged
     * @param keepAliveTimeout X sends a keep-alive every 20 s; reconnect when nothing came for this long
     * @param maxLineBytes     longest tweet line accepted; longer ones are dead-lettered
     * @param gapFillPages     at most this many pages of 100 are read from recent search after a reconnect (0: none)
     */
    public record Config(URI baseUrl, String bearerToken, Duration connectTimeout, Duration keepAliveTimeout,
                         int maxLineBytes, int gapFillPages, Duration checkpointInterval) {
        public Config {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (bearerToken == null || bearerToken.isBlank()) {
                throw new IllegalArgumentException("the X filtered stream needs sources.xv2.bearer-token");
            }
            if (maxLineBytes < 1 || gapFillPages < 0) {
                throw new IllegalArgumentException("max line bytes must be positive and gap-fill pages not negative: "
                        + maxLineBytes + ", " + gapFillPages);
            }
        }

        @Override
        public String toString() {
            return "Config[baseUrl=" + baseUrl + ", bearerToken=****, keepAliveTimeout=" + keepAliveTimeout + "]";
        }
    }

    /** A stream rule as X stores it. */
    record Rule(String id, String value, String tag) {
    }

    private final Config config;
    private final SourceChannel channel;
    private final List<String> ruleValues;
    private final HttpClient http;
    private final Checkpointer checkpointer;
    private volatile boolean rulesSynced;

    public XStreamSource(Config config, SourceChannel channel, KeywordFilter keywords, CursorStore cursors,
                         Backoff.Policy backoff, Sleeper sleeper) {
        super(channel);
        this.config = config;
        this.channel = channel;
        this.ruleValues = ruleValues(keywords.keywords());
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.checkpointer = new Checkpointer(CURSOR_STREAM, cursors, channel, config.checkpointInterval(), 500);
        addWorker("x-stream", new Reader(), backoff, sleeper, List.of(checkpointer));
    }

    /** The keywords OR-ed into rules of at most 512 characters, retweets excluded. */
    static List<String> ruleValues(List<String> keywords) {
        String suffix = ") -is:retweet";
        List<String> rules = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String keyword : keywords) {
            String term = keyword.startsWith("#") || !keyword.contains(" ") ? keyword : "\"" + keyword + "\"";
            if (current.length() > 0 && 1 + current.length() + 4 + term.length() + suffix.length() > MAX_RULE_LENGTH) {
                rules.add("(" + current + suffix);
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " OR ").append(term);
        }
        if (current.length() > 0) {
            rules.add("(" + current + suffix);
        }
        return List.copyOf(rules);
    }

    @Override
    public String name() {
        return "x-stream";
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + config.bearerToken())
                .timeout(config.keepAliveTimeout().plusSeconds(10));
    }

    private JsonNode call(HttpRequest request, String what) throws SourceException, InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw SourceException.network("cannot " + what + ": " + e, e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw SourceException.http(response.statusCode(),
                    RateLimitReset.of(response.headers(), RESET_HEADER, channel.clock()).orElse(null),
                    "HTTP " + response.statusCode() + " when trying to " + what + ": " + body.substring(0, Math.min(body.length(), 300)));
        }
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            channel.deadLetter(ORIGIN, response.body(), "malformed JSON when trying to " + what + ": " + Texts.jsonError(e));
            throw SourceException.http(response.statusCode(), null, "malformed JSON when trying to " + what);
        }
    }

    /** Makes the rules tagged {@code restock-radar:*} equal to the catalog's. */
    void syncRules() throws SourceException, InterruptedException {
        URI uri = config.baseUrl().resolve("/2/tweets/search/stream/rules");
        JsonNode current = call(request(uri).GET().build(), "list the stream rules");
        List<Rule> ours = new ArrayList<>();
        for (JsonNode rule : current.path("data")) {
            String tag = rule.path("tag").asText("");
            if (tag.startsWith(TAG_PREFIX)) {
                ours.add(new Rule(rule.path("id").asText(), rule.path("value").asText(), tag));
            }
        }
        Set<String> wanted = new HashSet<>(ruleValues);
        List<String> stale = ours.stream().filter(r -> !wanted.contains(r.value())).map(Rule::id).toList();
        Set<String> present = new HashSet<>();
        ours.stream().filter(r -> wanted.contains(r.value())).forEach(r -> present.add(r.value()));
        if (!stale.isEmpty()) {
            ObjectNode body = Json.mapper().createObjectNode();
            ArrayNode ids = body.putObject("delete").putArray("ids");
            stale.forEach(ids::add);
            call(request(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), "delete stale stream rules");
        }
        List<String> missing = ruleValues.stream().filter(v -> !present.contains(v)).toList();
        if (!missing.isEmpty()) {
            ObjectNode body = Json.mapper().createObjectNode();
            ArrayNode add = body.putArray("add");
            for (int i = 0; i < missing.size(); i++) {
                add.addObject().put("value", missing.get(i)).put("tag", TAG_PREFIX + ruleValues.indexOf(missing.get(i)));
            }
            JsonNode answer = call(request(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), "add stream rules");
            if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
                LOG.error("X refused some stream rules: {}", answer.path("errors"));
            }
        }
        LOG.info("X stream rules in place: {} kept, {} deleted, {} added", present.size(), stale.size(), missing.size());
    }

    private final class Reader extends StreamingGetSession {
        Reader() {
            super("X stream", checkpointer);
        }

        @Override
        protected StreamingGet open() throws SourceException, InterruptedException {
            if (!rulesSynced) {
                syncRules();
                rulesSynced = true;
            }
            URI uri = config.baseUrl().resolve("/2/tweets/search/stream?" + FIELDS);
            return StreamingGet.open(http, uri, Map.of("Authorization", "Bearer " + config.bearerToken()), config.keepAliveTimeout(), RESET_HEADER,
                    channel.clock());
        }

        @Override
        protected void catchUp() throws SourceException, InterruptedException {
            fillGap();
        }

        @Override
        protected void read(StreamingGet get) throws IOException, SourceException {
            BoundedLineReader lines = new BoundedLineReader(get.body(), config.maxLineBytes());
            BoundedLineReader.Line line;
            while ((line = lines.readLine()) != null) {
                if (line.tooLong()) {
                    channel.metrics().received();
                    channel.deadLetter(ORIGIN, line.text().getBytes(StandardCharsets.UTF_8),
                            "line of " + line.length() + " bytes is larger than the limit of " + config.maxLineBytes() + " bytes (first bytes kept)");
                } else if (!line.text().isBlank()) {
                    readLine(line.text());
                }
            }
        }
    }

    private void readLine(String text) throws SourceException {
        JsonNode message;
        try {
            message = Json.mapper().readTree(text);
        } catch (IOException e) {
            channel.metrics().received();
            channel.deadLetter(ORIGIN, text.getBytes(StandardCharsets.UTF_8), "malformed JSON: " + Texts.jsonError(e));
            return;
        }
        if (message == null || !message.isObject()) {
            channel.metrics().received();
            channel.deadLetter(ORIGIN, text.getBytes(StandardCharsets.UTF_8), "stream line is not a JSON object");
            return;
        }
        if (!message.has("data")) {
            JsonNode errors = message.path("errors");
            for (JsonNode error : errors) {
                if (error.has("disconnect_type") || error.path("title").asText().contains("disconnect")) {
                    throw SourceException.network("X disconnected the stream: " + error.path("disconnect_type").asText(error.path("title").asText()), null);
                }
            }
            LOG.warn("X stream sent a message without data: {}", text.substring(0, Math.min(text.length(), 500)));
            return;
        }
        readTweet(message.path("data"), message.path("includes"), text.getBytes(StandardCharsets.UTF_8));
    }

    private void readTweet(JsonNode data, JsonNode includes, byte[] raw) {
        channel.metrics().received();
        Mention mention;
        try {
            mention = toMention(data, includes);
        } catch (IllegalArgumentException e) {
            channel.deadLetter(ORIGIN, raw, "unreadable tweet: " + e.getMessage());
            return;
        }
        channel.offer(mention);
        String id = data.path("id").asText();
        String position = checkpointer.position();
        if (position == null || compareIds(id, position) > 0) {
            checkpointer.advance(id);
        }
    }

    /** Reads recent search from the newest tweet handed on, for every rule, oldest first. */
    private void fillGap() throws SourceException, InterruptedException {
        String since = checkpointer.position();
        if (since == null || config.gapFillPages() == 0) {
            return;
        }
        record Found(JsonNode data, JsonNode includes) {
        }
        List<Found> found = new ArrayList<>();
        for (String rule : ruleValues) {
            String nextToken = null;
            for (int page = 0; page < config.gapFillPages(); page++) {
                String query = "/2/tweets/search/recent?query=" + URLEncoder.encode(rule, StandardCharsets.UTF_8)
                        + "&since_id=" + since + "&max_results=100&" + FIELDS
                        + (nextToken == null ? "" : "&next_token=" + URLEncoder.encode(nextToken, StandardCharsets.UTF_8));
                JsonNode answer = call(request(config.baseUrl().resolve(query)).GET().build(), "search recent tweets");
                answer.path("data").forEach(d -> found.add(new Found(d, answer.path("includes"))));
                nextToken = answer.path("meta").path("next_token").asText(null);
                if (nextToken == null) {
                    break;
                }
                if (page == config.gapFillPages() - 1) {
                    LOG.warn("X gap fill stopped after {} pages of rule {}; older tweets since {} are skipped", page + 1, rule, since);
                }
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.data().path("id").asText(""), XStreamSource::compareIds));
        for (Found f : found) {
            readTweet(f.data(), f.includes(), f.data().toString().getBytes(StandardCharsets.UTF_8));
        }
        LOG.info("X stream gap after tweet {} filled with {} tweets from recent search", since, found.size());
    }

    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** Maps a v2 tweet with its {@code includes} (users, places). */
    static Mention toMention(JsonNode data, JsonNode includes) {
        String id = text(data, "id");
        String authorId = text(data, "author_id");
        JsonNode textNode = data.path("text");
        if (!textNode.isTextual()) {
            throw new IllegalArgumentException("tweet without text");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(data, "created_at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at is not ISO-8601: " + data.path("created_at").asText(), e);
        }
        Map<String, JsonNode> users = new HashMap<>();
        includes.path("users").forEach(u -> users.put(u.path("id").asText(), u));
        JsonNode user = users.get(authorId);
        if (user == null) {
            throw new IllegalArgumentException("author " + authorId + " is missing from includes.users");
        }
        JsonNode followers = user.path("public_metrics").path("followers_count");
        Author author = new Author(authorId, text(user, "username"), Strings.blankToNull(user.path("name").asText(null)),
                Strings.blankToNull(user.path("location").asText(null)),
                followers.canConvertToInt() && followers.asInt() >= 0 ? followers.asInt() : null);
        GeoPoint geo = null;
        JsonNode point = data.path("geo").path("coordinates");
        if (point.path("type").asText().equals("Point") && point.path("coordinates").size() == 2) {
            geo = new GeoPoint(point.path("coordinates").get(1).asDouble(), point.path("coordinates").get(0).asDouble());
        }
        boolean repost = false;
        for (JsonNode ref : data.path("referenced_tweets")) {
            repost |= ref.path("type").asText().equals("retweeted");
        }
        String lang = data.path("lang").asText(null);
        lang = lang == null || lang.isBlank() || lang.equals("und") || lang.equals("zxx") ? null : lang;
        return new Mention(Source.X.code() + "-" + id, Source.X, createdAt, author, Texts.cut(textNode.asText()), lang, geo, repost);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("tweet without " + field);
        }
        return value.asText();
    }
}
