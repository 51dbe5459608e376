package org.restockradar.alerts;

import java.util.Objects;

/**
 * One alert to send: the text planned from a job event, for one channel.
 *
 * @param id      the row of table {@code alert}
 * @param eventId the job event it tells of: with the channel, unique
 * @param subject one line (the email's subject, the webhook message's first line)
 * @param body    the facts, a line each, without the link
 * @param link    the job on the ops page
 */
public record Alert(long id, String eventId, Channel channel, long jobId, String subject, String body, String link) {
    public Alert {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
    }
}
