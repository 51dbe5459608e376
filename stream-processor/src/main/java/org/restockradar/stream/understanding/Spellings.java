package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The romanised spellings people type for the lexicons' words, read back to the word the lexicon holds. Chat and SMS
 * in Hinglish, Tanglish and the other romanised languages drop vowels and double letters ("nhi" for "nahi", "khtm"
 * for "khatam", "skta" for "sakta", "kidaikala" for "kidaikkala") and write one vowel for another ("kedaikala"). A
 * table built once from the lexicons maps each such spelling of a lexicon word to that word: one lookup per token,
 * no regular expression. A spelling is mapped only when it stands for one lexicon word alone, is no word of the shop and place name tables ("sri" is not "sari") and has lost most of its vowels
 * ("mango" is no spelling of "mangao"); a word of {@value #MIN_SKELETON_WORD} letters or more also meets the lexicon
 * word of its consonants, first letter equal.
 */
final class Spellings {
    /** Words shorter than this have too few letters to drop: "nai" or "ni" are listed in the lexicons as they are. */
    static final int MIN_WORD = 4;
    /** A spelling keeps at least this many letters. */
    static final int MIN_SPELLING = 3;
    /** Words of this length or more also match another word whose vowels differ, by their consonants alone. */
    static final int MIN_SKELETON_WORD = 7;
    /** A skeleton of fewer consonants says too little ("mandaue" is "mnd"). */
    static final int MIN_SKELETON = 4;
    /** At most this many vowels are dropped from one word (the table grows as 2^n per word). */
    private static final int MAX_VOWELS = 6;

    private final Map<String, String> toWord;
    private final Map<String, String> skeletons;
    private final Set<String> words;
    private final Set<String> reserved;

    private Spellings(Map<String, String> toWord, Map<String, String> skeletons, Set<String> words, Set<String> reserved) {
        this.toWord = WordTable.mapOf(toWord);
        this.skeletons = WordTable.mapOf(skeletons);
        this.words = WordTable.setOf(words);
        this.reserved = WordTable.setOf(reserved);
    }

    /** The table for the given lexicon words; spellings in {@code reserved} are never mapped. */
    static Spellings of(Collection<String> lexiconWords, Set<String> reserved) {
        return of(lexiconWords, reserved, Map.of());
    }

    /**
     * The same, where {@code meaning} gives each word that is a cue on its own its cues (as bits): two words of one
     * meaning ("kidaikkala", "kidaikkalai", both "not found") are not ambiguous for a spelling that may be either.
     */
    static Spellings of(Collection<String> lexiconWords, Set<String> reserved, Map<String, Long> meaning) {
        Set<String> words = new HashSet<>(lexiconWords);
        Map<String, String> to = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, String> bySkeleton = new HashMap<>();
        Set<String> ambiguousSkeletons = new HashSet<>();
        // longest first: a word that is itself a spelling of a longer one ("khatm" of "khatam") has its word by the
        // time its own spellings ("khtm") are made, and they go to that word too
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String w : ordered) {
            if (w.length() < MIN_WORD || !ascii(w)) {
                continue;
            }
            // a lexicon word that is itself the chat spelling of a longer one ("gya" of "gaya") is that word too: phrases
            // written either way ("mil gya", "aa gaya") then meet posts that mix them ("aa gya")
            String root = to.getOrDefault(w, w);
            for (String s : dropped(w)) {
                if (s.equals(w) || reserved.contains(s) || s.length() < MIN_SPELLING || !vowelPoor(s)) {
                    continue;
                }
                String before = to.putIfAbsent(s, root);
                if (before != null && !before.equals(root) && !sameMeaning(before, root, meaning)) {
                    ambiguous.add(s);
                }
            }
            if (w.length() >= MIN_SKELETON_WORD && skeleton(w).length() >= MIN_SKELETON) {
                String k = skeleton(w);
                String before = bySkeleton.putIfAbsent(k, root);
                if (before != null && !before.equals(root) && !sameMeaning(before, root, meaning)) {
                    ambiguousSkeletons.add(k);
                }
            }
        }
        // a spelling that could be two words of different meaning is read as neither
        ambiguous.forEach(to::remove);
        ambiguousSkeletons.forEach(bySkeleton::remove);
        return new Spellings(to, bySkeleton, words, reserved);
    }

    private static boolean sameMeaning(String a, String b, Map<String, Long> meaning) {
        Long m = meaning.get(a);
        return m != null && m != 0 && m.equals(meaning.get(b));
    }

    /** The lexicon word {@code token} spells, or {@code token} itself. */
    String word(String token) {
        String w = toWord.get(token);
        if (w != null) {
            return w;
        }
        if (token.length() < MIN_SKELETON_WORD || words.contains(token) || reserved.contains(token)) {
            return token;
        }
        return unlisted(token);
    }

    /**
     * The tokens {@link #word} reads by its tables alone: the chat spellings, the lexicon words and the reserved
     * words. A caller that knows each one's word beforehand reads any other token with {@link #unlisted}.
     */
    Set<String> listed() {
        Set<String> listed = new HashSet<>(toWord.keySet());
        listed.addAll(words);
        listed.addAll(reserved);
        return listed;
    }

    /** {@link #word} of a token that is not one of {@link #listed}: the lexicon word of its consonants, or the token. */
    String unlisted(String token) {
        if (token.length() >= MIN_SKELETON_WORD && ascii(token)) {
            String s = skeletons.get(skeleton(token));
            if (s != null && s.charAt(0) == token.charAt(0)) {
                return s;
            }
        }
        return token;
    }

    /**
     * The word with any of its inner vowels between two consonants dropped ("waay" is not "way") and, in each, doubled consonants written once ("kidaikkala" is
     * also "kidaikala").
     */
    static Set<String> dropped(String w) {
        int[] vowels = new int[MAX_VOWELS];
        int count = 0;
        for (int i = 1; i < w.length() - 1 && count < MAX_VOWELS; i++) {
            if (vowel(w.charAt(i)) && !vowel(w.charAt(i - 1)) && !vowel(w.charAt(i + 1))) {
                vowels[count++] = i;
            }
        }
        Set<String> out = new HashSet<>();
        StringBuilder b = new StringBuilder(w.length());
        for (int mask = 0; mask < (1 << count); mask++) {
            b.setLength(0);
            int v = 0;
            for (int i = 0; i < w.length(); i++) {
                if (v < count && vowels[v] == i) {
                    boolean drop = (mask & (1 << v)) != 0;
                    v++;
                    if (drop) {
                        continue;
                    }
                }
                b.append(w.charAt(i));
            }
            String s = b.toString();
            out.add(s);
            out.add(single(s));
        }
        return out;
    }

    /**
     * A spelling with its vowels mostly dropped, as chat writes it: at most one vowel in four letters (at least
     * one allowed). Such a spelling is seldom a word of its own, where "mango" (from "mangao") is.
     */
    static boolean vowelPoor(String s) {
        int vowels = 0;
        for (int i = 0; i < s.length(); i++) {
            if (vowel(s.charAt(i))) {
                vowels++;
            }
        }
        return vowels <= Math.max(1, s.length() / 4);
    }

    /** The consonants of a word, doubled letters once ("kidaikkalai" and "kedaikala" are both "kdkl"). */
    static String skeleton(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!vowel(c) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String single(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1) || vowel(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
