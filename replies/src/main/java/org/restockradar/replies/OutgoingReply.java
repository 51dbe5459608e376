package org.restockradar.replies;

import java.time.Instant;
import java.util.Objects;
import org.restockradar.contracts.Source;

/**
 * One reply as a channel sends it.
 *
 * @param replyId        the {@code reply} row's id; channels that take an idempotency key derive it from this
 * @param targetId       the source's own id of the post or message answered: the tweet id, the Mastodon status id,
 *                       the WhatsApp {@code wamid}, the SMS gateway's {@code message_id} (the mention id without
 *                       its {@code <source>-} prefix, see {@link MentionIds})
 * @param reporterHandle the reporter's handle (X screen name, Mastodon acct, masked number)
 * @param address        where a message goes when the source needs it (a phone number for WhatsApp), else null
 * @param reportedAt     when the reporter wrote: WhatsApp only allows free text within 24 hours of it
 */
public record OutgoingReply(long replyId, Source source, String targetId, String reporterHandle, String address, String text,
                            Instant reportedAt) {
    public OutgoingReply {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (targetId == null || targetId.isBlank()) {
            throw new IllegalArgumentException("a reply needs the id of the post it answers: '" + targetId + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("reply " + replyId + " has no text");
        }
    }

    /** The key a channel sends so that the same reply posted twice is taken once ({@code Idempotency-Key}, {@code client_ref}). */
    public String idempotencyKey() {
        return "restockradar-reply-" + replyId;
    }
}
