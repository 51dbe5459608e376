package org.restockradar.contracts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the original post of a mention can be opened, read from its id ({@code <source>-<the source's post id>}, as
 * {@link Mention} defines it): for X ({@code x-1712}: the status id) and Bluesky ({@code bluesky-<did>/<rkey>}). A
 * Mastodon mention carries the status id of the instance the source reads, but not that instance, and SMS and WhatsApp
 * messages are not public: those have no link.
 */
public final class PostLinks {
    private PostLinks() {
    }

    /** The post's public address, or empty when the mention's id does not give one. */
    public static Optional<String> of(String mentionId) {
        if (mentionId == null) {
            return Optional.empty();
        }
        String x = Source.X.code() + "-";
        String bluesky = Source.BLUESKY.code() + "-";
        if (mentionId.startsWith(x)) {
            String status = mentionId.substring(x.length());
            return status.matches("[0-9]{1,20}") ? Optional.of("https://x.com/i/web/status/" + status) : Optional.empty();
        }
        if (mentionId.startsWith(bluesky)) {
            String path = mentionId.substring(bluesky.length());
            int slash = path.lastIndexOf('/');
            if (slash <= 0 || slash == path.length() - 1 || !path.startsWith("did:")) {
                return Optional.empty();
            }
            return Optional.of("https://bsky.app/profile/" + encode(path.substring(0, slash)) + "/post/" + encode(path.substring(slash + 1)));
        }
        return Optional.empty();
    }

    private static String encode(String part) {
        // A DID keeps its colons; anything else a URL path cannot hold is escaped.
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("%3A", ":");
    }
}
