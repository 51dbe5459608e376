package org.restockradar.alerts;

import java.util.Arrays;

/** Where an alert goes; its code is what the table {@code alert} and the meters say. */
public enum Channel {
    /** An incoming webhook taking Slack's {@code {"text": ...}} JSON. */
    WEBHOOK("webhook"),
    /** Email over SMTP. */
    EMAIL("email");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The channel of a code; throws naming the code when there is none. */
    public static Channel fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alert channel '" + code + "'"));
    }
}
