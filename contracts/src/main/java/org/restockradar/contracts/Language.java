package org.restockradar.contracts;

import java.util.Locale;
import java.util.Optional;

/** The languages of reports, and so of the replies to them; {@link #EN} is also the fallback. */
public enum Language {
    /** English. */
    EN,
    /** Hindi in Devanagari. */
    HI,
    /** Hindi written in Latin letters, mixed with English. */
    HINGLISH,
    /** Tagalog and Taglish (Tagalog mixed with English). */
    TL;

    /** The code used in the templates file and in {@code reply.language}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
