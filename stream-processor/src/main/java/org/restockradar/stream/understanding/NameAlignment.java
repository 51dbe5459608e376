package org.restockradar.stream.understanding;

/**
 * How well a word of a post stands for one word of an outlet's name when the two keys differ: the post's word
 * misspelt (edits scaled by the word's length), written without its vowels ("blji", "gnrl"), shortened to its first
 * consonants ("khndl"), or glued to the name's next or last word ("sairam" for "Sai Ram", "delacruz" for "Dela
 * Cruz"). The matcher aligns each word of a candidate's name with the post's words this way, so that a whole name
 * is scored, not only the words an index found. Pure and allocation-free: it runs per candidate name and post word.
 */
final class NameAlignment {
    /** Keys shorter than this are never taken as a misspelling: one edit in three letters is another word. */
    static final int MIN_FUZZY = 4;
    /** From this length a key may carry two edits ("departmantl"), below it one. */
    static final int TWO_EDITS_FROM = 8;
    /**
     * The cost of a misspelling a key may carry, in half edits (an edit of a vowel costs one, of a consonant two: a
     * vowel slip such as "Annaurna" for "Annapurna" also moves the vowels the phonetic key merges): one edit up to five
     * letters, one and a half up to seven, two from {@link #TWO_EDITS_FROM}.
     */
    static int allowedCost(int length) {
        return length <= 5 ? 2 : length < TWO_EDITS_FROM ? 3 : 4;
    }
    /** What a word written without its vowels is worth of the name's word: it says less than the word written out. */
    static final double SKELETON = 0.8;
    /** What the first consonants of a word ("khndl" for "Khandelwal") are worth of it. */
    static final double SKELETON_HEAD = 0.7;
    /** What a name's word found inside a longer post word ("annaivelankanni") is worth of it. */
    static final double INSIDE = 0.85;
    /** The shortest name word read inside a longer post word: shorter ones occur inside words by chance. */
    static final int MIN_INSIDE = 4;

    private NameAlignment() {
    }

    /**
     * The share of a name word's weight that a post word different from it carries: 1 - edits / length for a
     * misspelling with the same first letter (one edit from {@link #MIN_FUZZY} letters, two from
     * {@link #TWO_EDITS_FROM}), {@link #SKELETON} for the same consonants when the post word is written without
     * vowels, {@link #SKELETON_HEAD} for the first three consonants or more of the name word, {@link #INSIDE} for the
     * name word inside a longer post word; 0 otherwise.
     */
    static double similarity(String nameKey, String postKey) {
        int n = nameKey.length();
        int p = postKey.length();
        if (n == 0 || p < 3 || nameKey.charAt(0) != postKey.charAt(0) && !inside(nameKey, postKey)) {
            return 0;
        }
        if (n >= MIN_FUZZY && p >= MIN_FUZZY) {
            int longer = Math.max(n, p);
            int allowed = allowedCost(longer);
            int cost = cost(nameKey, 0, postKey, 0, allowed);
            if (cost <= allowed) {
                return 1.0 - cost / (2.0 * longer);
            }
        }
        if (Names.looksAbbreviated(postKey)) {
            if (sameSkeleton(nameKey, postKey)) {
                return SKELETON;
            }
            if (p >= 4 && skeletonHead(nameKey, postKey)) {
                return SKELETON_HEAD;
            }
        }
        return inside(nameKey, postKey) ? INSIDE : 0;
    }

    /**
     * As {@link #similarity(String, String)}, and for a post word of an Indic script or Urdu ({@code script}) that
     * nothing else fits, {@link #SOUND} when its sound skeleton is the name word's ({@link Names#sameSound}: two
     * sounds at least, the same first sound): "نور" (nor) for "Noor", "செல்வம்" (chelvam) for "Selvam", "దక్కన్"
     * (dakkan) for "Deccan", whose vowels the script writes otherwise or not at all.
     */
    static double similarity(String nameKey, String postKey, boolean script) {
        double s = similarity(nameKey, postKey);
        if (s == 0 && script && nameKey.length() >= 3 && postKey.length() >= 3
                && Names.sameSound(nameKey, postKey, MIN_SOUNDS)) {
            return SOUND;
        }
        return s;
    }

    /** What a word of another script of the same sounds as a name's word is worth of it: less than a misspelling. */
    static final double SOUND = 0.8;
    /** The fewest sounds a word of another script and a name's word share to be one ("nr" of Noor). */
    static final int MIN_SOUNDS = 2;

    /** True when the post word is two neighbouring words of the name written as one ("sairam" for "sai", "ram"). */
    static boolean joined(String first, String second, String postKey) {
        return postKey.length() == first.length() + second.length() && postKey.startsWith(first)
                && postKey.startsWith(second, first.length());
    }

    /** True when the name word is a longer post word's beginning or end, of {@link #MIN_INSIDE} letters or more. */
    private static boolean inside(String nameKey, String postKey) {
        return nameKey.length() >= MIN_INSIDE && postKey.length() >= nameKey.length() + 3
                && (postKey.startsWith(nameKey) || postKey.endsWith(nameKey)
                || nameKey.length() >= 5 && postKey.indexOf(nameKey) > 0);
    }

    /**
     * The edits (insertion, deletion, substitution, two neighbours swapped) between a[i..] and b[j..], or
     * {@code budget + 1} when more: a search that branches only at a difference, so no table is allocated.
     */
    static int edits(String a, int i, String b, int j, int budget) {
        while (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
            i++;
            j++;
        }
        int restA = a.length() - i;
        int restB = b.length() - j;
        if (restA == 0 || restB == 0) {
            int rest = restA + restB;
            return rest <= budget ? rest : budget + 1;
        }
        if (budget == 0 || Math.abs(restA - restB) > budget) {
            return budget + 1;
        }
        int best = budget + 1;
        best = Math.min(best, 1 + edits(a, i + 1, b, j + 1, budget - 1)); // substituted
        if (best > 1) {
            best = Math.min(best, 1 + edits(a, i + 1, b, j, Math.min(budget, best - 1) - 1)); // a letter more in a
        }
        if (best > 1) {
            best = Math.min(best, 1 + edits(a, i, b, j + 1, Math.min(budget, best - 1) - 1)); // a letter more in b
        }
        if (best > 1 && restA >= 2 && restB >= 2 && a.charAt(i) == b.charAt(j + 1) && a.charAt(i + 1) == b.charAt(j)) {
            best = Math.min(best, 1 + edits(a, i + 2, b, j + 2, Math.min(budget, best - 1) - 1)); // swapped
        }
        return best;
    }

    /**
     * The cost in half edits between a[i..] and b[j..] (a vowel inserted, dropped or changed for another vowel costs
     * one, any other edit or two neighbours swapped two), or {@code budget + 1} when more; as {@link #edits}, no table.
     */
    static int cost(String a, int i, String b, int j, int budget) {
        while (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
            i++;
            j++;
        }
        if (i == a.length() || j == b.length()) {
            int rest = 0;
            for (int k = i; k < a.length() && rest <= budget; k++) {
                rest += vowel(a.charAt(k)) ? 1 : 2;
            }
            for (int k = j; k < b.length() && rest <= budget; k++) {
                rest += vowel(b.charAt(k)) ? 1 : 2;
            }
            return rest <= budget ? rest : budget + 1;
        }
        if (budget <= 0 || Math.abs((a.length() - i) - (b.length() - j)) > budget) {
            return budget + 1;
        }
        char x = a.charAt(i);
        char y = b.charAt(j);
        int best = budget + 1;
        int c = vowel(x) && vowel(y) ? 1 : 2;
        if (c <= budget) {
            best = Math.min(best, c + cost(a, i + 1, b, j + 1, budget - c)); // changed
        }
        c = vowel(x) ? 1 : 2;
        if (c < best && c <= budget) {
            best = Math.min(best, c + cost(a, i + 1, b, j, Math.min(budget, best - 1) - c)); // a letter more in a
        }
        c = vowel(y) ? 1 : 2;
        if (c < best && c <= budget) {
            best = Math.min(best, c + cost(a, i, b, j + 1, Math.min(budget, best - 1) - c)); // a letter more in b
        }
        if (2 < best && 2 <= budget && i + 1 < a.length() && j + 1 < b.length() && x == b.charAt(j + 1) && a.charAt(i + 1) == y) {
            best = Math.min(best, 2 + cost(a, i + 2, b, j + 2, Math.min(budget, best - 1) - 2)); // swapped
        }
        return Math.min(best, budget + 1);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** True when the two keys have one skeleton ({@link Names#skeleton}) of three consonants or more. */
    private static boolean sameSkeleton(String nameKey, String postKey) {
        int walk = skeletonWalk(nameKey, postKey);
        return walk >= 0 && (walk & BOTH_ENDED) == BOTH_ENDED && walk >> 2 >= 3;
    }

    /**
     * True when the post word's skeleton is the beginning of the name word's, three consonants or more, and the name
     * word has more: "khndl" for "Khandelwal".
     */
    private static boolean skeletonHead(String nameKey, String postKey) {
        int walk = skeletonWalk(nameKey, postKey);
        return walk >= 0 && (walk & BOTH_ENDED) == POST_ENDED && walk >> 2 >= 3;
    }

    private static final int POST_ENDED = 1;
    private static final int NAME_ENDED = 2;
    private static final int BOTH_ENDED = POST_ENDED | NAME_ENDED;

    /**
     * Walks both skeletons together until one of them ends: -1 when a letter differs before that, else the consonants
     * they share (shifted left by two) with {@link #NAME_ENDED} and {@link #POST_ENDED} set for the skeletons that ended.
     */
    private static int skeletonWalk(String nameKey, String postKey) {
        int i = 0;
        int j = 0;
        int consonants = 0;
        char last = 0;
        while (true) {
            i = nextConsonant(nameKey, i, last);
            j = nextConsonant(postKey, j, last);
            boolean nameEnded = i >= nameKey.length();
            boolean postEnded = j >= postKey.length();
            if (nameEnded || postEnded) {
                return consonants << 2 | (nameEnded ? NAME_ENDED : 0) | (postEnded ? POST_ENDED : 0);
            }
            char a = skeletonLetter(nameKey.charAt(i));
            if (a != skeletonLetter(postKey.charAt(j))) {
                return -1;
            }
            last = a;
            consonants++;
            i++;
            j++;
        }
    }

    /** The index of the next letter of the skeleton from {@code i} (no vowel, no "h", not a repeat of {@code last}). */
    private static int nextConsonant(String key, int i, char last) {
        while (i < key.length()) {
            char c = key.charAt(i);
            if ("aeiouh".indexOf(c) < 0 && skeletonLetter(c) != last) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static char skeletonLetter(char c) {
        return c == 'v' ? 'p' : c;
    }
}
