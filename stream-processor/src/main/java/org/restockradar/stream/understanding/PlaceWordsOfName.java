package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shop's name that carries a place's name (session 20): "Ranipet Provision Stores" in the town of Ranipet, "Kottar
 * Medicals" in the locality Kottar. A post that writes the place as a place ("no Zuno anywhere in Ranipet", "Zuno
 * missing in Kottar shops") names the place, not the shop: the labels' rule gives the town (and the locality), no
 * outlet. The shop is named when the post writes a proper word of its name that is not the place's, or writes the
 * place's words next to another word of the shop's own name ("Ranipet Stores", "Ranipet provision", "Kottar
 * Medicals"); a word for shops that is not the shop's own ("Kottar shops", "Ranipet bazaar") leaves it a place.
 *
 * <p>The place words of a candidate are the words of the cities and localities the post names and of the outlet's own
 * city and locality, each counted only where the post writes the whole place name, word after word ("Hira" alone is
 * not the locality "Hira Bhagol"; "Gandhi" alone is not "Gandhi Nagar", and may be a keeper's name).
 */
final class PlaceWordsOfName {
    /** The shortest name word whose form with a case ending ("storeil", "kiranavil") still counts as that word. */
    static final int MIN_STEM = 4;

    private final String[] post;
    private final List<String[]> namedPlaces;

    private PlaceWordsOfName(String[] post, List<String[]> namedPlaces) {
        this.post = post;
        this.namedPlaces = namedPlaces;
    }

    /** The reader for one post: its keys in order and the place names (keys) the post was read to name. */
    static PlaceWordsOfName of(List<String> keys, Set<String> cityKeys, Set<String> localityKeys) {
        List<String[]> named = new ArrayList<>(cityKeys.size() + localityKeys.size());
        for (String phrase : cityKeys) {
            addPhrase(named, phrase);
        }
        for (String phrase : localityKeys) {
            addPhrase(named, phrase);
        }
        return new PlaceWordsOfName(keys.toArray(new String[0]), named);
    }

    private static void addPhrase(List<String[]> to, String phrase) {
        if (phrase != null && !phrase.isEmpty()) {
            to.add(phrase.split(" "));
        }
    }

    /**
     * True when the post carries the outlet's name only by place words written as a place: every proper word of the
     * name that the post writes stands inside a place name the post writes whole, and no such place name has another
     * word of the shop's name right before or after it.
     */
    boolean onlyAsPlace(Keys name, String cityKey, String localityKey, Set<String> mentionKeys,
                        Map<String, String> fuzzyOf) {
        boolean[] place = null;
        for (String[] phrase : namedPlaces) {
            place = markIfOfName(phrase, name, place);
        }
        // the outlet's own city and locality are split into words only when one of them is a word of its name: this
        // runs for every candidate of every post, and most names carry no place word
        if (cityKey != null && !cityKey.isEmpty() && sharesWord(cityKey, name)) {
            place = markIfOfName(cityKey.split(" "), name, place);
        }
        if (localityKey != null && !localityKey.isEmpty() && sharesWord(localityKey, name)) {
            place = markIfOfName(localityKey.split(" "), name, place);
        }
        if (place == null) {
            return false; // no word of the name is a place the post writes
        }
        boolean placeWordOfName = false;
        for (int i = 0; i < post.length; i++) {
            String nameKey = nameKeyOf(post[i], name, mentionKeys, fuzzyOf);
            if (nameKey == null) {
                continue;
            }
            if (place[i]) {
                placeWordOfName = true;
            } else if (Names.isProper(nameKey)) {
                return false; // a proper word of the name written apart from any place: the shop is named
            }
        }
        if (!placeWordOfName) {
            return false;
        }
        for (int i = 0; i < post.length; i++) {
            if (!place[i] || nameKeyOf(post[i], name, mentionKeys, fuzzyOf) == null) {
                continue;
            }
            int start = i;
            int end = i;
            while (start > 0 && place[start - 1]) {
                start--;
            }
            while (end + 1 < post.length && place[end + 1]) {
                end++;
            }
            if (start > 0 && nameKeyOf(post[start - 1], name, mentionKeys, fuzzyOf) != null
                    || end + 1 < post.length && nameKeyOf(post[end + 1], name, mentionKeys, fuzzyOf) != null
                    || end + 2 < post.length && !place[end + 1] && !OutletMatcher.LEXICON_KEYS.contains(post[end + 1])
                       && nameKeyOf(post[end + 2], name, mentionKeys, fuzzyOf) != null) {
                // the place's words with the shop's other words: "Ranipet Stores", "Kottar Medicals"; one word no
                // list knows between them may be another of its words written short ("maulong var store")
                return false;
            }
            i = end;
        }
        return true;
    }

    /**
     * Marks the post's positions where the place name is written whole, when one of its words is a word of the
     * shop's name; returns the marks (made on first need), or null while there are none.
     */
    private boolean[] markIfOfName(String[] phrase, Keys name, boolean[] place) {
        if (!sharesWord(phrase, name)) {
            return place;
        }
        for (int at = 0; at + phrase.length <= post.length; at++) {
            boolean whole = true;
            for (int j = 0; j < phrase.length && whole; j++) {
                whole = phrase[j].equals(post[at + j]);
            }
            if (whole) {
                if (place == null) {
                    place = new boolean[post.length];
                }
                for (int j = 0; j < phrase.length; j++) {
                    place[at + j] = true;
                }
            }
        }
        return place;
    }

    /** {@link #sharesWord(String[], Keys)} of a phrase not yet split: a proper word of the name is a whole word of it. */
    private static boolean sharesWord(String phrase, Keys name) {
        for (String k : name.keys) {
            if (Names.isProper(k) && containsWord(phrase, k)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} stands in {@code phrase} between spaces or its ends, as a word of {@code split(" ")}. */
    static boolean containsWord(String phrase, String word) {
        for (int at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || phrase.charAt(at - 1) == ' ') && (end == phrase.length() || phrase.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesWord(String[] phrase, Keys name) {
        for (String w : phrase) {
            for (String k : name.keys) {
                if (k.equals(w) && Names.isProper(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The key of the name's word that a post key stands for: the same key, the misspelling the matcher read for it, or
     * the word with a case ending ("storeil"); null when it stands for none.
     */
    private static String nameKeyOf(String postKey, Keys name, Set<String> mentionKeys, Map<String, String> fuzzyOf) {
        for (String k : name.keys) {
            if (k.equals(postKey) && mentionKeys.contains(k) || postKey.equals(fuzzyOf.get(k))) {
                return k;
            }
        }
        for (String k : name.keys) {
            if (k.length() >= MIN_STEM && postKey.length() > k.length() && postKey.startsWith(k)
                    && mentionKeys.contains(k)) {
                return k;
            }
        }
        return null;
    }
}
