package org.restockradar.contracts;

/**
 * The author of a mention as the source reports them.
 *
 * @param id        the source's own account id, required
 * @param handle    the public handle (or a masked phone number for SMS), required
 * @param location  the free-text profile location, may be null
 * @param followers may be null when the source has no such notion
 */
public record Author(String id, String handle, String displayName, String location, Integer followers) {
    public Author {
        Require.text(id, "author.id");
        Require.text(handle, "author.handle");
        if (followers != null && followers < 0) {
            throw new IllegalArgumentException("author.followers cannot be negative: " + followers);
        }
    }
}
