package org.restockradar.contracts;

import java.time.Instant;
import java.util.Optional;

/**
 * One post, message or reply that names a tracked brand, normalised by an ingest source.
 * Its JSON form is the mention format of the labelled sets (docs/understanding.md, "Labelled sets").
 *
 * @param id        unique across sources: the source code, a dash and the source's own post id ({@code x-1712})
 * @param lang      a language tag when the source gives one, else null
 * @param geo       the device location attached to the post, else null
 * @param isRepost  true for a retweet, boost or repost of someone else's post
 */
public record Mention(
        String id,
        Source source,
        Instant createdAt,
        Author author,
        String text,
        String lang,
        GeoPoint geo,
        boolean isRepost) {

    /** Longest text accepted; longer posts are cut by the sources, never here. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** The names of the texts {@link #nulCharacters()} reads, in its order. */
    private static final String[] TEXT_FIELDS = {"id", "text", "lang", "author.id", "author.handle", "author.display_name", "author.location"};

    public Mention {
        Require.text(id, "id");
        Require.present(source, "source");
        Require.present(createdAt, "created_at");
        Require.present(author, "author");
        Require.present(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_LENGTH + " characters: " + text.length());
        }
    }

    /**
     * Why this mention cannot be kept as it is, or empty. PostgreSQL refuses the character U+0000 (NUL) in text, and
     * no human post carries one, so a mention with a NUL in any of its texts is refused where it enters: ingest and
     * the stream processor dead-letter it with this reason (docs/sources.md) rather than let dispatch fail on it.
     */
    public Optional<String> nulCharacters() {
        // Read for every mention the stream processor takes: the fields are looked at in place, and the names and the
        // message are made only for a mention that has a NUL (the map and stream of each call were 3 % of its thread).
        String[] texts = {id, text, lang, author.id(), author.handle(), author.displayName(), author.location()};
        for (int i = 0; i < texts.length; i++) {
            int at = texts[i] == null ? -1 : texts[i].indexOf('\u0000');
            if (at >= 0) {
                return Optional.of(TEXT_FIELDS[i] + " contains the character U+0000 (NUL) at index " + at + ", which PostgreSQL cannot store");
            }
        }
        return Optional.empty();
    }

    /** The same mention stamped with another creation time. */
    public Mention withCreatedAt(Instant time) {
        return new Mention(id, source, time, author, text, lang, geo, isRepost);
    }
}
