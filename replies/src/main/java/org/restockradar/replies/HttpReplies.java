package org.restockradar.replies;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.restockradar.contracts.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON POST to a source's API, and what its answer means for a reply: 2xx sent, 429 and 5xx and an
 * unreachable server try again (not before the time a {@code Retry-After} or rate-limit reset header names),
 * any other status fails for good.
 */
final class HttpReplies {
    private static final Logger LOG = LoggerFactory.getLogger(HttpReplies.class);
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_REASON_CHARS = 300;

    private final HttpClient client;
    private final Clock clock;
    private final String channel;
    private final boolean idempotent;

    /**
     * @param idempotent whether the source takes a repeated call as the same message: only then is a call that
     *                   failed after the request may have reached it (a read timeout, a reset connection) tried again
     */
    HttpReplies(String channel, Clock clock, boolean idempotent) {
        this.channel = channel;
        this.clock = clock;
        this.idempotent = idempotent;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * @param body      the JSON body, already serialised (UTF-8)
     * @param headers   extra headers (authorization, idempotency key, signature)
     * @param idOfReply reads the id the source gave the reply from its JSON answer (may return null)
     */
    SendResult post(URI uri, byte[] body, Map<String, String> headers, long replyId, Function<JsonNode, String> idOfReply) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            LOG.warn("{} reply {}: {} unreachable; trying again later", channel, replyId, uri, e);
            return new SendResult.RetryLater(channel + " unreachable: " + e, null);
        } catch (IOException e) {
            if (idempotent) {
                LOG.warn("{} reply {}: call to {} broke off; trying again later with the same key", channel, replyId, uri, e);
                return new SendResult.RetryLater(channel + " call broke off: " + e, null);
            }
            // The request may have reached the source: sending again could post the reply twice.
            LOG.error("{} reply {}: call to {} broke off after it may have reached the source; not sent again", channel, replyId, uri, e);
            return new SendResult.Failed(channel + " call broke off, outcome unknown (not sent again): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.RetryLater(channel + " call interrupted", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            String id = null;
            try {
                id = idOfReply.apply(Json.mapper().readTree(response.body()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} reply {} taken (HTTP {}) but its answer is unreadable; kept without an id", channel, replyId, status, e);
            }
            return new SendResult.Sent(id);
        }
        String reason = channel + " answered HTTP " + status + ": " + cut(response.body());
        if (status == 429 || status >= 500) {
            return new SendResult.RetryLater(reason, notBefore(response.headers().map()).orElse(null));
        }
        return new SendResult.Failed(reason);
    }

    /** The time a 429 or 503 names: {@code Retry-After} (seconds or an HTTP date), else a rate-limit reset header. */
    Optional<Instant> notBefore(Map<String, java.util.List<String>> headers) {
        Optional<String> retryAfter = header(headers, "retry-after");
        if (retryAfter.isPresent()) {
            String value = retryAfter.get().trim();
            if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
                return Optional.of(clock.instant().plusSeconds(Long.parseLong(value)));
            }
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                LOG.debug("{}: unreadable Retry-After '{}'", channel, value, e);
            }
        }
        Optional<String> reset = header(headers, "x-ratelimit-reset").or(() -> header(headers, "x-rate-limit-reset"));
        return reset.flatMap(HttpReplies::resetTime);
    }

    /** A reset header: epoch seconds (X, most gateways) or an ISO-8601 time (Mastodon). */
    static Optional<Instant> resetTime(String value) {
        String trimmed = value.trim();
        try {
            if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(trimmed)));
            }
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> header(Map<String, java.util.List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    static String cut(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_REASON_CHARS ? oneLine : oneLine.substring(0, MAX_REASON_CHARS) + "…";
    }

    static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a reply body as JSON", e);
        }
    }

    static URI uri(String base, String path) {
        String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(left + path);
    }
}
