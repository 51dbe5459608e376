package org.restockradar.contracts;

import java.time.Instant;

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

    /** The same mention stamped with another creation time. */
    public Mention withCreatedAt(Instant time) {
        return new Mention(id, source, time, author, text, lang, geo, isRepost);
    }
}
