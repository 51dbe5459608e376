package org.restockradar.ingest.source.mastodon;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a Mastodon status ({@code <p>}, {@code <br>}, links, mention and hashtag spans) into plain
 * text: paragraphs and line breaks become newlines, tags are dropped, character references decoded.
 */
final class HtmlText {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>\\s*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = BREAK.matcher(html).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        return decode(text).strip();
    }

    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = codePoint(ref.substring(2), 16, m.group());
            } else if (ref.startsWith("#")) {
                replacement = codePoint(ref.substring(1), 10, m.group());
            } else {
                replacement = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix, String original) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : original;
        } catch (NumberFormatException e) {
            return original;
        }
    }
}
