package org.restockradar.replies;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a message asking for no more replies: the whole message (once @handles, punctuation and case are set
 * aside) is one of a few phrases in English, Hindi, Hinglish and Tagalog, or a short message that starts with
 * {@code stop}. A report that merely contains "stop" somewhere is not an opt-out.
 */
public final class OptOutWords {
    private static final Set<String> PHRASES = Set.of(
            "stop", "stop all", "stop please", "please stop", "unsubscribe", "opt out", "optout", "no more messages",
            "band karo", "bandh karo", "band kar do", "bandh kar do", "band kro", "mat bhejo", "message mat bhejo", "messages band karo",
            "बंद करो", "बंद", "बंद कर दो", "रोको", "मत भेजो", "संदेश बंद करो",
            "tigil", "itigil", "tigil na", "itigil na", "tama na", "ayoko na", "huwag na", "wag na", "stop na", "stop na po", "stop po");
    private static final int MAX_WORDS_AFTER_STOP = 3;

    private OptOutWords() {
    }

    public static boolean isOptOut(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("@\\S+", " ")
                // Letters, digits, and the Devanagari marks, which are not letters.
                .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ")
                .strip();
        if (normal.isEmpty()) {
            return false;
        }
        if (PHRASES.contains(normal)) {
            return true;
        }
        String[] words = normal.split(" ");
        return words[0].equals("stop") && words.length <= 1 + MAX_WORDS_AFTER_STOP;
    }
}
