package org.restockradar.contracts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the language to reply in from the text of a report: by script first (mostly Devanagari letters: Hindi),
 * then by a small list of common function words of Hindi written in Latin letters (Hinglish) and of Tagalog
 * (Tagalog and Taglish). Two hits of one list, and more than of the other, decide; anything else is English.
 * Words common to both (na, wala, sa, pa) count for neither. Dispatch guesses it for each report on {@code job-events}; it only chooses a reply template: the reporter's
 * text is never copied into a reply.
 */
public final class LanguageGuess {
    /** Needed hits of one word list before a text counts as that language. */
    static final int MIN_HITS = 2;

    private static final Set<String> HINGLISH = Set.of(
            "nahi", "nahin", "nhi", "nai", "hai", "hain", "mil", "milta", "milti", "raha", "rahi", "rahe", "kahin",
            "kahi", "yaar", "yar", "bhai", "kya", "kyu", "kyun", "mein", "dukaan", "dukan", "khatam", "khtm", "koi",
            "bhi", "abhi", "kab", "tak", "se", "ko", "ka", "ki", "ke", "wale", "bhaiya", "bilkul", "sab", "aur");
    private static final Set<String> TAGALOG = Set.of(
            "walang", "wla", "ng", "po", "ang", "mga", "dito", "yung", "naman", "ubos", "paubos", "bumili", "bili",
            "tindahan", "rin", "din", "kasi", "meron", "wala-na", "nasa", "ba", "kami", "ako", "kayo", "lang", "talaga",
            "sari-sari", "nakakainis", "saan", "hanap", "nahanap", "ulit", "pls", "sana");

    private LanguageGuess() {
    }

    public static Language of(String text) {
        if (text == null || text.isBlank()) {
            return Language.EN;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        int letters = 0;
        int devanagari = 0;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI) {
                    devanagari++;
                }
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                // Devanagari vowel signs are marks, not letters: count them with the script they belong to.
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI) {
                    letters++;
                    devanagari++;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters > 0 && devanagari * 10 >= letters * 3) {
            return Language.HI;
        }
        int hinglish = 0;
        int tagalog = 0;
        for (String word : normal.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (word.startsWith("@") || word.isEmpty()) {
                continue;
            }
            if (HINGLISH.contains(word)) {
                hinglish++;
            }
            if (TAGALOG.contains(word)) {
                tagalog++;
            }
        }
        if (hinglish >= MIN_HITS && hinglish > tagalog) {
            return Language.HINGLISH;
        }
        if (tagalog >= MIN_HITS && tagalog > hinglish) {
            return Language.TL;
        }
        return Language.EN;
    }
}
