package org.restockradar.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a mention came from; serialised as the lower-case codes of the mention format ({@code x}, {@code sms}, ...). */
public enum Source {
    X, MASTODON, BLUESKY, SMS, WHATSAPP;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Source fromCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("source is missing");
        }
        for (Source source : values()) {
            if (source.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source: '" + code + "' (expected one of x, mastodon, bluesky, sms, whatsapp)");
    }
}
