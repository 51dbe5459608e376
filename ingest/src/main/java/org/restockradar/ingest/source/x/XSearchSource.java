package org.restockradar.ingest.source.x;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Strings;
import org.restockradar.ingest.source.Checkpointer;
import org.restockradar.ingest.cursor.CursorStore;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.ReconnectingWorker;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.source.ReconnectingSource;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.SourceException;
import org.restockradar.ingest.source.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.Query;
import twitter4j.v1.QueryResult;
import twitter4j.v1.Status;
import twitter4j.v1.User;

/**
 * X through Twitter4J's v1.1 standard search ({@code search/tweets.json}): the catalog keywords are
 * OR-ed into queries of at most 500 characters (retweets excluded), each polled every {@code pollInterval}
 * with {@code since_id} = the newest tweet id handed on, paging back with {@code max_id} until the page is
 * empty, then handing the tweets on oldest first. Each query's since-id is kept in the cursor store, so a
 * restart resumes where it stopped. Rate limits (429 with {@code x-rate-limit-reset}) and errors back off
 * as {@link Backoff} says.
 */
public final class XSearchSource extends ReconnectingSource {
    private static final Logger LOG = LoggerFactory.getLogger(XSearchSource.class);
    static final int MAX_QUERY_LENGTH = 500;
    static final String RETWEETS_EXCLUDED = " -filter:retweets";
    static final int PAGE_SIZE = 100;

    /**
     * Credentials: the app's consumer key and secret, and either its {@code bearerToken} (app-only, which
     * Twitter4J uses as is) or a user's access token and secret (OAuth 1.0a). Never logged.
     *
     * @param restBaseUrl Twitter4J's {@code restBaseURL}, {@code https://api.twitter.com/1.1/} for the real API
     * @param maxPages    at most this many pages of 100 are read per query and poll
     */
    public record Config(String restBaseUrl, String bearerToken, String consumerKey, String consumerSecret,
                         String accessToken, String accessTokenSecret, Duration pollInterval, int maxPages) {
        public Config {
            Objects.requireNonNull(restBaseUrl, "restBaseUrl");
            boolean bearer = bearerToken != null && !bearerToken.isBlank();
            boolean user = accessToken != null && !accessToken.isBlank() && accessTokenSecret != null && !accessTokenSecret.isBlank();
            if (consumerKey == null || consumerKey.isBlank() || consumerSecret == null || consumerSecret.isBlank() || (!bearer && !user)) {
                throw new IllegalArgumentException("X search needs sources.x.api-key and sources.x.api-key-secret, and either "
                        + "sources.x.bearer-token (app-only) or sources.x.access-token and sources.x.access-token-secret (user context)");
            }
            if (maxPages < 1) {
                throw new IllegalArgumentException("sources.x.search.max-pages must be positive: " + maxPages);
            }
        }

        @Override
        public String toString() {
            return "Config[restBaseUrl=" + restBaseUrl + ", credentials=****, pollInterval=" + pollInterval + ", maxPages=" + maxPages + "]";
        }
    }

    private final Config config;
    private final SourceChannel channel;
    private final Twitter twitter;
    private final List<SearchQuery> queries = new ArrayList<>();
    private final Sleeper pollWait;

    /**
     * @param pollWait waits between polls (a separate sleeper so that tests can step the polls)
     */
    public XSearchSource(Config config, SourceChannel channel, KeywordFilter keywords, CursorStore cursors,
                         Backoff.Policy backoff, Sleeper backoffSleeper, Sleeper pollWait) {
        super(channel);
        this.config = config;
        this.channel = channel;
        this.pollWait = pollWait;
        this.twitter = build(config);
        for (String q : queries(keywords.keywords())) {
            queries.add(new SearchQuery(q, new Checkpointer("x:search:" + shortHash(q), cursors, channel, Duration.ofDays(1), Integer.MAX_VALUE)));
        }
        addWorker("x-search", new Poller(), backoff, backoffSleeper, queries.stream().map(SearchQuery::checkpointer).toList());
    }

    private static Twitter build(Config config) {
        Properties properties = new Properties();
        properties.setProperty("restBaseURL", config.restBaseUrl().endsWith("/") ? config.restBaseUrl() : config.restBaseUrl() + "/");
        properties.setProperty("http.retryCount", "0");
        // a poll blocked on a silent server must end soon enough for stop() and the next back-off
        properties.setProperty("http.connectionTimeout", "10000");
        properties.setProperty("http.readTimeout", "30000");
        Twitter.TwitterBuilder builder = Twitter.newBuilder();
        builder.load(properties);
        builder.tweetModeExtended(true);
        builder.jsonStoreEnabled(false);
        builder.mBeanEnabled(false);
        builder.oAuthConsumer(config.consumerKey(), config.consumerSecret());
        if (config.bearerToken() != null && !config.bearerToken().isBlank()) {
            builder.applicationOnlyAuthEnabled(true);
            builder.oAuth2Token("bearer", config.bearerToken());
        } else {
            builder.oAuthAccessToken(config.accessToken(), config.accessTokenSecret());
        }
        return builder.build();
    }

    /** The keywords OR-ed into as few queries of at most 500 characters as they fit in. */
    static List<String> queries(List<String> keywords) {
        List<String> queries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String keyword : keywords) {
            String term = keyword.startsWith("#") || !keyword.contains(" ") ? keyword : "\"" + keyword + "\"";
            int extra = (current.length() == 0 ? 0 : 4) + term.length();
            if (current.length() > 0 && current.length() + extra + RETWEETS_EXCLUDED.length() > MAX_QUERY_LENGTH) {
                queries.add(current + RETWEETS_EXCLUDED);
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " OR ").append(term);
        }
        if (current.length() > 0) {
            queries.add(current + RETWEETS_EXCLUDED);
        }
        return List.copyOf(queries);
    }

    private static String shortHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String name() {
        return "x-search";
    }

    List<String> queryTexts() {
        return queries.stream().map(SearchQuery::text).toList();
    }

    private record SearchQuery(String text, Checkpointer checkpointer) {
    }

    private final class Poller implements ReconnectingWorker.Session {
        @Override
        public void run(ReconnectingWorker.Context context) throws SourceException, InterruptedException {
            while (context.running()) {
                for (SearchQuery query : queries) {
                    try {
                        poll(query);
                    } catch (RuntimeException e) {
                        query.checkpointer.checkpointOrRewind();
                        throw e;
                    }
                }
                context.connected();
                pollWait.sleep(config.pollInterval());
            }
        }

        @Override
        public void abort() {
            // a poll in progress ends within Twitter4J's 30 s read timeout; the worker interrupts the wait between polls
        }
    }

    private void poll(SearchQuery query) throws SourceException {
        String position = query.checkpointer.position();
        long sinceId = position == null ? 0 : Long.parseLong(position);
        List<Status> found = new ArrayList<>();
        long maxId = -1;
        for (int page = 0; page < config.maxPages(); page++) {
            Query q = Query.of(query.text()).count(PAGE_SIZE).resultType(Query.RECENT);
            if (sinceId > 0) {
                q = q.sinceId(sinceId);
            }
            if (maxId > 0) {
                q = q.maxId(maxId);
            }
            QueryResult result = search(q);
            List<Status> tweets = result.getTweets();
            found.addAll(tweets);
            if (tweets.isEmpty() || sinceId == 0) {
                break;
            }
            maxId = tweets.stream().mapToLong(Status::getId).min().getAsLong() - 1;
            if (page == config.maxPages() - 1) {
                LOG.warn("X search {} stopped after {} pages; older tweets since {} are skipped", query.checkpointer.stream(), config.maxPages(), sinceId);
            }
        }
        found.sort(Comparator.comparingLong(Status::getId));
        for (Status status : found) {
            channel.metrics().received();
            if (status.getId() <= sinceId) {
                continue;
            }
            try {
                channel.offer(toMention(status));
            } catch (IllegalArgumentException | NullPointerException e) {
                channel.deadLetter("x:search", String.valueOf(status).getBytes(StandardCharsets.UTF_8), "unreadable tweet " + status.getId() + ": " + e.getMessage());
            }
            query.checkpointer.advance(Long.toString(status.getId()));
        }
        if (!query.checkpointer.checkpointOrRewind()) {
            throw SourceException.network("could not flush the mentions of " + query.checkpointer.stream() + " to Kafka", null);
        }
    }

    private QueryResult search(Query query) throws SourceException {
        try {
            return twitter.v1().search().search(query);
        } catch (TwitterException e) {
            if (e.getStatusCode() == 429) {
                Instant reset = e.getRateLimitStatus() != null && e.getRateLimitStatus().getResetTimeInSeconds() > 0
                        ? Instant.ofEpochSecond(e.getRateLimitStatus().getResetTimeInSeconds())
                        : org.restockradar.ingest.source.RateLimitReset.parse(e.getResponseHeader("x-rate-limit-reset")).orElse(null);
                throw SourceException.http(429, reset, "X search rate-limited (HTTP 429)");
            }
            if (e.getStatusCode() >= 400) {
                throw SourceException.http(e.getStatusCode(), null, "X search refused with HTTP " + e.getStatusCode() + ": " + e.getErrorMessage());
            }
            if (isUnparsableBody(e)) {
                channel.metrics().received();
                channel.deadLetter("x:search", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8),
                        "malformed search response: " + firstLine(e.getMessage()));
                throw SourceException.http(e.getStatusCode(), null, "malformed X search response");
            }
            throw SourceException.network("X search failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Twitter4J reports a body it cannot parse with its package-private JSONException as the cause. */
    private static boolean isUnparsableBody(TwitterException e) {
        return e.getCause() != null && e.getCause().getClass().getName().equals("twitter4j.JSONException");
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse(message);
    }

    /** Maps a v1.1 tweet as Twitter4J reads it. */
    static Mention toMention(Status status) {
        User user = status.getUser();
        if (user == null) {
            throw new IllegalArgumentException("tweet without user");
        }
        if (status.getCreatedAt() == null) {
            throw new IllegalArgumentException("tweet without created_at");
        }
        // Twitter4J 4.1 gives created_at as a LocalDateTime in the JVM's default zone
        Instant createdAt = status.getCreatedAt().atZone(ZoneId.systemDefault()).toInstant();
        GeoPoint geo = status.getGeoLocation() == null ? null
                : new GeoPoint(status.getGeoLocation().latitude, status.getGeoLocation().longitude);
        String lang = status.getLang() == null || status.getLang().equals("und") ? null : status.getLang();
        Author author = new Author(Long.toString(user.getId()), user.getScreenName(), Strings.blankToNull(user.getName()),
                Strings.blankToNull(user.getLocation()), user.getFollowersCount() >= 0 ? user.getFollowersCount() : null);
        return new Mention(Source.X.code() + "-" + status.getId(), Source.X, createdAt, author,
                Texts.cut(status.getText() == null ? "" : status.getText()), lang, geo, status.isRetweet());
    }
}
