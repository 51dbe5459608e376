package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an author's profile location into the parts people type it in ("Mumbai | Foodie", "📍Cebu", "from Pune, living
 * in Goa", "Bangalore/Bengaluru", "Bengaluru-born, now in Kalaburagi"): parts end at a separator ("|", "/", ",", ";",
 * a bullet, a dash between spaces) or at a pictograph, and each part tells whether a word of
 * {@code names/profile-words.tsv} marks it as where the author lives now or where the author comes from.
 */
final class ProfilePlace {

    /** One part of a profile location: its tokens without the marking words, and how it is marked. */
    record Part(List<String> tokens, boolean residence, boolean origin) {
    }

    private static final List<List<String>> RESIDENCE = new ArrayList<>();
    private static final List<List<String>> ORIGIN = new ArrayList<>();

    static {
        read("names/profile-words.tsv");
    }

    private ProfilePlace() {
    }

    /** The parts of a profile location, in order; empty for a blank one. */
    static List<Part> parts(String location) {
        List<Part> parts = new ArrayList<>(3);
        if (location == null || location.isBlank()) {
            return parts;
        }
        StringBuilder part = new StringBuilder(location.length());
        int i = 0;
        boolean afterArrow = false;
        while (i < location.length()) {
            int cp = location.codePointAt(i);
            if (separates(location, i, cp)) {
                afterArrow = add(part, parts, afterArrow) ? isArrow(cp) : afterArrow || isArrow(cp);
                part.setLength(0);
            } else {
                part.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        add(part, parts, afterArrow);
        return parts;
    }

    /**
     * Whether a separator is an arrow ("Bengaluru ➡️ Kolar", "Pune -> Goa", "Delhi → Kochi"): the place after it is
     * where the author moved to and lives now (session 19), as if "now in" were written before it.
     */
    private static boolean isArrow(int cp) {
        return cp == '>' || cp == '→' || cp == 0x27A1 || cp == 0x21D2 || cp == 0x279C || cp == 0x2794 || cp == 0x27F6;
    }

    private static boolean separates(String s, int i, int cp) {
        if (cp == '|' || cp == '/' || cp == ',' || cp == ';' || cp == '•' || cp == '·' || cp == '\n' || cp == '\\'
                || cp == '–' || cp == '—' || cp == '>' || cp == '→') {
            return true;
        }
        if (cp == '-') {
            // "Kochi - Mumbai" separates; "Sari-Sari", "Bengaluru-born" do not (the word after is read as a marker)
            return i > 0 && Character.isWhitespace(s.charAt(i - 1));
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp == 0x200D) {
            return true; // the variation selector and the joiner of emoji sequences ("✈️")
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || cp >= 0x1F000;
    }

    /** Adds the part of {@code text}, where the author lives when it comes after an arrow; whether a part was added. */
    private static boolean add(CharSequence text, List<Part> parts, boolean afterArrow) {
        List<String> tokens = new ArrayList<>(Text.tokens(text.toString()));
        if (tokens.isEmpty()) {
            return false;
        }
        boolean residence = removeMarker(tokens, RESIDENCE) || afterArrow;
        boolean origin = removeMarker(tokens, ORIGIN);
        if (!tokens.isEmpty()) {
            parts.add(new Part(List.copyOf(tokens), residence, origin && !residence));
            return true;
        }
        return false;
    }

    /** Removes the first marking phrase of {@code phrases} found in the tokens (longest first); whether one was. */
    private static boolean removeMarker(List<String> tokens, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            for (int at = 0; at + phrase.size() <= tokens.size(); at++) {
                if (tokens.subList(at, at + phrase.size()).equals(phrase)) {
                    tokens.subList(at, at + phrase.size()).clear();
                    return true;
                }
            }
        }
        return false;
    }

    private static void read(String resource) {
        for (String line : Names.lines(resource)) {
            String[] f = line.split("\t");
            List<String> phrase = f.length == 2 ? Text.tokens(f[1]) : List.of();
            if (phrase.isEmpty() || !("residence".equals(f[0]) || "origin".equals(f[0]))) {
                throw new IllegalStateException(resource + ": expected residence|origin<TAB>phrase, got '" + line + "'");
            }
            ("residence".equals(f[0]) ? RESIDENCE : ORIGIN).add(phrase);
        }
        RESIDENCE.sort((a, b) -> Integer.compare(b.size(), a.size()));
        ORIGIN.sort((a, b) -> Integer.compare(b.size(), a.size()));
    }
}
