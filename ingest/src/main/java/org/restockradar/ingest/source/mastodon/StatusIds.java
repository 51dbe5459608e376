package org.restockradar.ingest.source.mastodon;

/** Mastodon status ids are decimal strings that grow with time: compared by length, then digit by digit. */
final class StatusIds {
    private StatusIds() {
    }

    static int compare(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
