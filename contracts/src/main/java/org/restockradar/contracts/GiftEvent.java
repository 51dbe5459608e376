package org.restockradar.contracts;

import java.time.Instant;

/**
 * A thank-you gift announced by rewards on {@link Topics#GIFT_EVENTS}, for replies to send to the reporter on the network
 * they wrote from, as an answer to one of their reports. Rewards relays each gift until the broker has it, so an event may
 * come more than once: readers drop repeats by {@code gift_id}.
 *
 * @param eventId    a UUID, the same on every delivery of the gift's event
 * @param source     the source code of the reporter's account ({@code x}, {@code sms}, ...)
 * @param reporterId the source's account id of the reporter
 * @param handle     the reporter's handle on the source (a masked number for SMS and WhatsApp)
 * @param mentionId  the report the message answers: the reporter's latest report counted by the gift
 * @param jobId      the job of that report
 * @param text       the message, written by rewards: a thanks (by name, or a neutral one) and the claim link; plain text
 * @param claimUrl   where the reporter claims the gift (also inside {@code text})
 */
public record GiftEvent(String eventId, long giftId, String source, String reporterId, String handle, String mentionId, long jobId,
                        String text, String claimUrl, Instant occurredAt) {
    public GiftEvent {
        Require.text(eventId, "event_id");
        Require.text(source, "source");
        Require.text(reporterId, "reporter_id");
        Require.text(mentionId, "mention_id");
        Require.text(text, "text");
        Require.present(occurredAt, "occurred_at");
    }
}
