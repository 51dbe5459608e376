package org.restockradar.stream.understanding;

/**
 * Terse report forms that only the writing tells apart, read before the text is lower-cased (session 12). "NA" in
 * capitals in a post that has lower-case letters is the SMS abbreviation of "not available" ("Zintara NA at Sai
 * Stores"), written as "n/a", which the lexicon reads; lower-case "na" is a Hindi tag, a Tagalog "already" or a
 * Hindi "not" and stays as it is. Not in a post all in capitals (where "WALA NA" is Tagalog), nor next to another
 * word in capitals or a capitalised word after it (a name such as "NA Traders", a chant "NA NA"), nor before a
 * question mark ("Zintara NA? ...": asked, and as often the Hindi tag).
 */
final class CompactForms {

    private static final String NA = "NA";

    private CompactForms() {
    }

    /** The text with each standalone capital "NA" that abbreviates "not available" written "n/a"; else the text. */
    static String spelled(String text) {
        int at = text.indexOf(NA);
        if (at < 0 || !hasLowerCase(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; at >= 0; at = text.indexOf(NA, at + NA.length())) {
            int end = at + NA.length();
            if (letterAt(text, at - 1) || letterAt(text, end) || capitalsBefore(text, at) || capitalAfter(text, end)
                    || asked(text, end)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 4);
            }
            out.append(text, copied, at).append("n/a");
            copied = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'');
    }

    /** A question mark follows, across spaces. */
    private static boolean asked(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '?';
    }

    /** The word before (across spaces only) is written all in capitals, two letters or more. */
    private static boolean capitalsBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int letters = 0;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            letters++;
            i--;
        }
        return letters >= 2;
    }

    /** The word after (across spaces and dots only) begins with a capital: a name ("NA Traders", "N.A. Stores"). */
    private static boolean capitalAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
