package org.restockradar.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import org.restockradar.contracts.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.Status;
import twitter4j.v1.StatusUpdate;

/**
 * Replies on X through Twitter4J: v1.1 {@code POST statuses/update.json} with {@code in_reply_to_status_id} and
 * {@code auto_populate_reply_metadata=true} (X adds the @handle of the author answered; without it the reply
 * would not thread), signed with the account's OAuth 1.0a user tokens. X takes no idempotency key, so a send whose
 * outcome is unknown is not repeated.
 */
public final class XReplies implements ReplyChannel {
    private static final Logger LOG = LoggerFactory.getLogger(XReplies.class);

    /** @param restBaseUrl Twitter4J's {@code restBaseURL}: {@code https://api.twitter.com/1.1/} for the real API */
    public record Config(String restBaseUrl, String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        public Config {
            Objects.requireNonNull(restBaseUrl, "replies.x.rest-base-url");
            for (String[] required : new String[][] {{"consumer-key", consumerKey}, {"consumer-secret", consumerSecret},
                    {"access-token", accessToken}, {"access-token-secret", accessTokenSecret}}) {
                if (required[1] == null || required[1].isBlank()) {
                    throw new IllegalArgumentException("replies.x." + required[0] + " is required to reply on X");
                }
            }
        }

        @Override
        public String toString() {
            return "Config[restBaseUrl=" + restBaseUrl + ", credentials=****]";
        }
    }

    private final Twitter twitter;

    public XReplies(Config config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Properties properties = new Properties();
        properties.setProperty("restBaseURL", config.restBaseUrl().endsWith("/") ? config.restBaseUrl() : config.restBaseUrl() + "/");
        // The sender retries on its own schedule; Twitter4J must not repeat a POST behind its back.
        properties.setProperty("http.retryCount", "0");
        properties.setProperty("http.connectionTimeout", "10000");
        properties.setProperty("http.readTimeout", "15000");
        Twitter.TwitterBuilder builder = Twitter.newBuilder();
        builder.load(properties);
        builder.jsonStoreEnabled(false);
        builder.mBeanEnabled(false);
        builder.oAuthConsumer(config.consumerKey(), config.consumerSecret());
        builder.oAuthAccessToken(config.accessToken(), config.accessTokenSecret());
        this.twitter = builder.build();
    }

    @Override
    public Source source() {
        return Source.X;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public SendResult send(OutgoingReply reply) {
        long inReplyTo;
        try {
            inReplyTo = Long.parseLong(reply.targetId());
        } catch (NumberFormatException e) {
            return new SendResult.Failed("tweet id is not a number: '" + reply.targetId() + "'");
        }
        try {
            Status status = twitter.v1().tweets().updateStatus(StatusUpdate.of(reply.text())
                    .inReplyToStatusId(inReplyTo).autoPopulateReplyMetadata(true));
            return new SendResult.Sent(Long.toString(status.getId()));
        } catch (TwitterException e) {
            int code = e.getStatusCode();
            if (code <= 0 && !refusedConnection(e)) {
                // No HTTP answer, and not a refused connection: the tweet may have been posted. X takes no key to dedupe by.
                LOG.error("reply {} on X: the call broke off after it may have reached X; not sent again", reply.replyId(), e);
                return new SendResult.Failed("x call broke off, outcome unknown (not sent again): " + e.getMessage());
            }
            String reason = "x answered HTTP " + code + ": " + HttpReplies.cut(e.getErrorMessage() != null ? e.getErrorMessage() : e.getMessage());
            if (code == 429 || code >= 500 || code <= 0) {
                Instant notBefore = null;
                if (e.getRateLimitStatus() != null && e.getRateLimitStatus().getResetTimeInSeconds() > 0) {
                    notBefore = Instant.ofEpochSecond(e.getRateLimitStatus().getResetTimeInSeconds());
                }
                LOG.warn("reply {} on X not taken ({}); trying again later", reply.replyId(), reason);
                return new SendResult.RetryLater(reason, notBefore);
            }
            return new SendResult.Failed(reason);
        }
    }

    /** Whether the exception comes from a connection that was never made (nothing can have been posted). */
    private static boolean refusedConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
