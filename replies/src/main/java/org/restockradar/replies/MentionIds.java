package org.restockradar.replies;

import org.restockradar.contracts.Source;

/**
 * Recovers a source's own id from a mention id. Ingest builds every mention id as {@code <source code>-<native id>}:
 * {@code x-<tweet id>} (XSearchSource, XStreamSource), {@code mastodon-<status id>} (MastodonSource),
 * {@code whatsapp-<wamid>} (WhatsAppWebhook), {@code sms-<gateway message_id>} (SmsWebhook) and
 * {@code bluesky-<did>/<rkey>} (BlueskySource).
 */
public final class MentionIds {
    private MentionIds() {
    }

    /** @throws IllegalArgumentException when the mention id does not start with the source's prefix or has nothing after it */
    public static String nativeId(Source source, String mentionId) {
        String prefix = source.code() + "-";
        if (mentionId == null || !mentionId.startsWith(prefix) || mentionId.length() == prefix.length()) {
            throw new IllegalArgumentException("mention id '" + mentionId + "' is not " + prefix + "<id>");
        }
        return mentionId.substring(prefix.length());
    }
}
