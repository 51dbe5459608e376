package org.restockradar.contracts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("id", id);
        texts.put("text", text);
        texts.put("lang", lang);
        texts.put("author.id", author.id());
        texts.put("author.handle", author.handle());
        texts.put("author.display_name", author.displayName());
        texts.put("author.location", author.location());
        return texts.entrySet().stream()
                .filter(field -> field.getValue() != null && field.getValue().indexOf('\u0000') >= 0)
                .findFirst()
                .map(field -> field.getKey() + " contains the character U+0000 (NUL) at index " + field.getValue().indexOf('\u0000')
                        + ", which PostgreSQL cannot store");
    }

    /** The same mention stamped with another creation time. */
    public Mention withCreatedAt(Instant time) {
        return new Mention(id, source, time, author, text, lang, geo, isRepost);
    }
}
