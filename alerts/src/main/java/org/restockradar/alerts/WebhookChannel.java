package org.restockradar.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Json;

/**
 * Posts an alert to an incoming webhook as Slack takes it: {@code {"text": ...}}, the subject in bold, the facts, and the
 * job's link in Slack's {@code <url|label>} form. 2xx is sent; 429, 5xx and an unreachable or broken call are tried again;
 * any other status is a refusal for good (a revoked webhook, a bad payload). The URL holds the webhook's secret: it is never
 * logged, only its host.
 */
final class WebhookChannel implements AlertChannel {
    /** Slack answers within a few seconds; a slower webhook is taken as down and tried again. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REASON_CHARS = 300;

    private final URI url;
    private final HttpClient client;

    WebhookChannel(URI url) {
        this.url = Objects.requireNonNull(url, "url");
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    /** The Slack-compatible message of an alert. */
    static String message(Alert alert) {
        return "*" + escape(alert.subject()) + "*\n" + escape(alert.body()) + "\n<" + alert.link() + "|Open job " + alert.jobId() + " on the ops page>";
    }

    /** Slack's three control characters in message text. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public Delivery send(Alert alert) {
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(Map.of("text", message(alert)));
        } catch (JsonProcessingException e) {
            return new Delivery.Refused("cannot write the webhook message: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Delivery.RetryLater("webhook at " + url.getHost() + " unreachable or broke off: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.RetryLater("webhook call interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Delivery.Sent();
        }
        String reason = "webhook at " + url.getHost() + " answered HTTP " + status + ": " + cut(response.body());
        return status == 429 || status >= 500 ? new Delivery.RetryLater(reason) : new Delivery.Refused(reason);
    }

    private static String cut(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_REASON_CHARS ? flat : flat.substring(0, MAX_REASON_CHARS) + "…";
    }

    @Override
    public void close() {
        // HttpClient holds no resource to free before Java 21.
    }
}
