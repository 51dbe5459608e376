package org.restockradar.stream.understanding;

import java.util.List;

/**
 * The features of the report model ({@link ReportModel}), hashed into {@code buckets} slots: the post's words with
 * every tracked brand or product mention replaced by one placeholder (so that a model learns the language around a
 * brand, not the brand), as character n-grams within each word (with its start and end marked), word unigrams and
 * bigrams within a sentence (a question sentence ends in a "?" word), and a few features of the rules' decision
 * (report or not, its reason, the kinds of cue found). No regular expression, no string is built per word: hashes are
 * computed over the characters in place. Feature values: each n-gram or word occurrence counts
 * {@code 1/sqrt(n)} of its group of {@code n} occurrences, a rule feature counts 1.
 *
 * @param buckets a power of two: the number of weights
 * @param minGram the shortest character n-gram
 * @param maxGram the longest character n-gram
 * @param ruleFeatures whether the rules' decision, reason and cue kinds are features too (without them the model reads
 *                     the words alone)
 * @param relational whether the features that carry across languages and brands are there too (session 12): how each
 *                   catalog hit matched (exact or a near spelling, a handle, a product), a near spelling's distance to
 *                   the tracked name and to the nearest name of another brand, where each cue stands against the nearest
 *                   brand mention and against the absence the rules read (before or after, same clause, sentence or
 *                   neither, how far), and the rules' confidence in tenths
 */
public record ReportFeatures(int buckets, int minGram, int maxGram, boolean ruleFeatures, boolean relational) {
    /** The placeholder that stands for a brand or product mention, one character so that its n-grams are few. */
    static final char PLACEHOLDER = '\u0001';

    private static final int SEED_CHAR = 0x2f1c_9a4b;
    private static final int SEED_WORD = 0x5bd1_e995;
    private static final int SEED_BIGRAM = 0x68e3_1da4;
    private static final int SEED_RULE = 0x1b87_3593;
    private static final int SEED_RELATION = 0x4f6c_dd1d;
    /** Relational feature families (the first part of a relational key). */
    private static final int HIT_KIND = 1;
    private static final int HITS_IN_POST = 2;
    private static final int NEAR_TO_TRACKED = 3;
    private static final int NEAR_TO_OTHER = 4;
    private static final int CUE_BY_BRAND = 5;
    private static final int CUE_BY_BRAND_AT = 6;
    private static final int CUE_BY_ABSENCE = 7;
    private static final int ABSENCE_BY_BRAND = 8;
    private static final int RULE_CONFIDENCE = 9;
    /** A near spelling this many edits or more from every name counts as far. */
    private static final int FAR = 3;
    private static final int FNV_PRIME = 16_777_619;
    private static final char WORD_START = '^';
    private static final char WORD_END = '$';
    /** The word that ends a question sentence. */
    private static final String QUESTION = "?";

    /**
     * The settings of the model shipped in the jar: 2^16 weights (256 KB, within a core's L2 cache), n-grams of 2 to 4
     * characters (as good as 2^18 and 2 to 5 in cross-validation, and faster), without the relational features: with
     * them the model holds more false reports in every cross-validation, but also three of the development set's true
     * reports even at p &lt; 0.05 (docs/understanding.md "Learned classifier", session 12).
     */
    public static final ReportFeatures DEFAULT = new ReportFeatures(1 << 16, 2, 4, true, false);

    /** Features without the relational ones, as every model before session 12 had them. */
    public ReportFeatures(int buckets, int minGram, int maxGram, boolean ruleFeatures) {
        this(buckets, minGram, maxGram, ruleFeatures, false);
    }

    public ReportFeatures {
        if (buckets <= 0 || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
        }
        if (minGram < 1 || maxGram < minGram || maxGram > 8) {
            throw new IllegalArgumentException("n-gram lengths must satisfy 1 <= min <= max <= 8: " + minGram + ", " + maxGram);
        }
    }

    /** Receives the features of a post: a bucket and the value to add there. */
    @FunctionalInterface
    public interface Sink {
        void add(int bucket, double value);
    }

    /** Emits the features of a post to {@code sink}; a bucket may come more than once (its values add up). */
    public void emit(IntentReader.Tokens tokens, List<CatalogMatcher.Hit> hits, IntentReader.Intent intent, Sink sink) {
        List<String> words = tokens.tokens();
        int n = words.size();
        // where a brand mention starts, the index after its end; words inside it are skipped
        int[] maskedTo = masks(hits, n);
        int[] sentence = tokens.sentence();
        boolean[] question = tokens.questionSentence();

        // counts first, so that each group's value is known before it is emitted
        int chars = 0;
        int wordGrams = 0;
        int previousSentence = -1;
        for (int i = 0; i < n; i = next(maskedTo, i)) {
            int length = maskedTo[i] > 0 ? 1 : words.get(i).length();
            chars += gramsOf(length + 2);
            wordGrams += sentence[i] == previousSentence ? 2 : 1;
            if (endsQuestion(i, maskedTo, sentence, question, n)) {
                wordGrams += 2;
            }
            previousSentence = sentence[i];
        }
        double charValue = chars == 0 ? 0 : 1 / Math.sqrt(chars);
        double wordValue = wordGrams == 0 ? 0 : 1 / Math.sqrt(wordGrams);

        int previousHash = 0;
        previousSentence = -1;
        for (int i = 0; i < n; i = next(maskedTo, i)) {
            String word = words.get(i);
            boolean masked = maskedTo[i] > 0;
            emitCharGrams(masked ? null : word, charValue, sink);
            int hash = masked ? hashChar(SEED_WORD, PLACEHOLDER) : hash(SEED_WORD, word);
            sink.add(bucket(hash), wordValue);
            if (sentence[i] == previousSentence) {
                sink.add(bucket(mix(SEED_BIGRAM ^ previousHash) * 31 + hash), wordValue);
            }
            if (endsQuestion(i, maskedTo, sentence, question, n)) {
                int q = hash(SEED_WORD, QUESTION);
                sink.add(bucket(q), wordValue);
                sink.add(bucket(mix(SEED_BIGRAM ^ hash) * 31 + q), wordValue);
            }
            previousHash = hash;
            previousSentence = sentence[i];
        }

        if (relational) {
            emitRelations(tokens, hits, intent, sink);
        }
        if (!ruleFeatures) {
            return;
        }
        // the rules' view
        sink.add(bucket(hash(SEED_RULE, intent.stockout() ? "rule:report" : "rule:no report")), 1);
        sink.add(bucket(hash(SEED_RULE, intent.reason() == null ? "reason:" : intent.reason())), 1);
        // each kind of cue once; the kind by its name, so that the lexicon may change shape without touching this
        List<PhraseIndex.Match<Cue>> cues = tokens.cues();
        int[] seen = new int[cues.size()];
        int kinds = 0;
        for (PhraseIndex.Match<Cue> cue : cues) {
            int h = hash(SEED_RULE, String.valueOf(cue.value()));
            boolean again = false;
            for (int k = 0; k < kinds && !again; k++) {
                again = seen[k] == h;
            }
            if (!again) {
                seen[kinds++] = h;
                sink.add(bucket(h), 1);
            }
        }
    }

    /**
     * The features that carry across languages and brands: how the catalog matched, how far a near spelling is from
     * the tracked name and from other brands' names, and where the cues stand against the brand and the absence.
     * Each is a key of small numbers hashed in place.
     */
    private void emitRelations(IntentReader.Tokens tokens, List<CatalogMatcher.Hit> hits, IntentReader.Intent intent, Sink sink) {
        List<String> words = tokens.tokens();
        int n = words.size();
        int[] clause = tokens.clause();
        int[] sentence = tokens.sentence();
        boolean exact = false;
        boolean near = false;
        for (CatalogMatcher.Hit h : hits) {
            int kind = (h.near() ? 1 : 0) | (h.handle() ? 2 : 0) | (h.product() != null ? 4 : 0) | (h.end() - h.start() > 1 ? 8 : 0);
            sink.add(relation(HIT_KIND, kind, 0, 0, 0), 1);
            exact |= !h.near();
            near |= h.near();
            if (h.near() && h.start() >= 0 && h.start() < n) {
                nearSpelling(words.get(h.start()), h.brand(), sink);
            }
        }
        sink.add(relation(HITS_IN_POST, (exact ? 1 : 0) | (near ? 2 : 0), Math.min(hits.size(), 3), 0, 0), 1);
        if (intent != null) {
            sink.add(relation(RULE_CONFIDENCE, intent.stockout() ? 1 : 0, (int) Math.round(intent.confidence() * 10), 0, 0), 1);
        }
        int absenceAt = intent == null ? -1 : intent.absenceAt();
        boolean absence = absenceAt >= 0 && absenceAt < n;
        for (PhraseIndex.Match<Cue> cue : tokens.cues()) {
            int at = cue.start();
            if (at < 0 || at >= n) {
                continue;
            }
            int kind = cue.value().ordinal();
            int brandAt = nearestHit(hits, at, n);
            if (brandAt >= 0) {
                int side = at < brandAt ? 0 : at == brandAt ? 2 : 1;
                int scope = scope(clause, sentence, at, brandAt);
                int far = Math.abs(at - brandAt);
                sink.add(relation(CUE_BY_BRAND, kind, side, scope, 0), 1);
                sink.add(relation(CUE_BY_BRAND_AT, kind, side, scope, far <= 1 ? 1 : far <= 3 ? 2 : 3), 1);
            }
            if (absence && at != absenceAt) {
                sink.add(relation(CUE_BY_ABSENCE, kind, at < absenceAt ? 0 : 1, scope(clause, sentence, at, absenceAt), 0), 1);
            }
        }
        if (absence) {
            int brandAt = nearestHit(hits, absenceAt, n);
            if (brandAt >= 0) {
                sink.add(relation(ABSENCE_BY_BRAND, absenceAt < brandAt ? 0 : 1, scope(clause, sentence, absenceAt, brandAt), 0, 0), 1);
            }
        }
    }

    /** 0 when the two words are in one clause, 1 in one sentence, 2 apart. */
    private static int scope(int[] clause, int[] sentence, int a, int b) {
        return clause[a] == clause[b] ? 0 : sentence[a] == sentence[b] ? 1 : 2;
    }

    /** Where the catalog hit nearest to word {@code at} starts (the word itself when a hit covers it); -1 when none. */
    private static int nearestHit(List<CatalogMatcher.Hit> hits, int at, int n) {
        int best = Integer.MAX_VALUE;
        int start = -1;
        for (CatalogMatcher.Hit h : hits) {
            if (h.start() < 0 || h.start() >= n) {
                continue;
            }
            int d = at < h.start() ? h.start() - at : at >= h.end() ? at - h.end() + 1 : 0;
            if (d < best) {
                best = d;
                start = d == 0 ? at : h.start();
            }
        }
        return start;
    }

    /**
     * A near spelling: its distance to the nearest one-word Latin name of the tracked brand (1, 2, far), whether it
     * keeps the name's first letter, whether it differs only in the last two letters, and its distance to the
     * nearest name of another brand of the same first letter (a look-alike is often one).
     */
    private void nearSpelling(String word, Catalog.Brand brand, Sink sink) {
        int best = FAR;
        String nearest = null;
        for (String alias : brand.aliases()) {
            if (isLatinWord(alias)) {
                int d = Text.distance(word, alias, FAR - 1);
                if (d < best) {
                    best = d;
                    nearest = alias;
                }
            }
        }
        if (isLatinWord(brand.name().toLowerCase(java.util.Locale.ROOT))) {
            String name = brand.name().toLowerCase(java.util.Locale.ROOT);
            int d = Text.distance(word, name, FAR - 1);
            if (d < best) {
                best = d;
                nearest = name;
            }
        }
        int first = nearest == null || word.isEmpty() ? 2 : nearest.charAt(0) == word.charAt(0) ? 1 : 0;
        int tail = nearest == null ? 2 : differsInTail(word, nearest) ? 1 : 0;
        sink.add(relation(NEAR_TO_TRACKED, best, first, tail, 0), 1);
        sink.add(relation(NEAR_TO_OTHER, OtherNames.distance(word, FAR), best, 0, 0), 1);
    }

    /** Whether the two words share all but their last two letters (the ending changed, the stem kept). */
    private static boolean differsInTail(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(a.length(), b.length()) - 2;
    }

    private static boolean isLatinWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The bucket of a relational feature: a family and four small numbers, hashed without a string. */
    private int relation(int family, int a, int b, int c, int d) {
        int key = (((family * 64 + a) * 16 + b) * 16 + c) * 16 + d;
        return bucket(SEED_RELATION ^ key * 0x9e37_79b9);
    }

    /** The one-word names of other brands ({@code catalog/other-brands.tsv}) by first letter, built once. */
    private static final class OtherNames {
        private static final String[][] BY_LETTER = index();

        private static String[][] index() {
            List<List<String>> by = new java.util.ArrayList<>(26);
            for (int i = 0; i < 26; i++) {
                by.add(new java.util.ArrayList<>());
            }
            for (String name : OtherBrands.shippedOneWordNames()) {
                if (isLatinWord(name)) {
                    by.get(name.charAt(0) - 'a').add(name);
                }
            }
            String[][] out = new String[26][];
            for (int i = 0; i < 26; i++) {
                out[i] = by.get(i).toArray(new String[0]);
            }
            return out;
        }

        /** The distance from {@code word} to the nearest other brand's name of its first letter, capped at {@code far}. */
        static int distance(String word, int far) {
            if (word.isEmpty() || word.charAt(0) < 'a' || word.charAt(0) > 'z') {
                return far;
            }
            int best = far;
            for (String name : BY_LETTER[word.charAt(0) - 'a']) {
                if (Math.abs(name.length() - word.length()) < best) {
                    best = Math.min(best, Text.distance(word, name, best - 1));
                }
            }
            return best;
        }
    }

    /** The index of the next word to read after {@code i}: past a brand mention when one starts at {@code i}. */
    private static int next(int[] maskedTo, int i) {
        return maskedTo[i] > 0 ? maskedTo[i] : i + 1;
    }

    private static boolean endsQuestion(int i, int[] maskedTo, int[] sentence, boolean[] question, int n) {
        int after = next(maskedTo, i);
        int s = sentence[i];
        return s < question.length && question[s] && (after >= n || sentence[after] != s);
    }

    /** For each word where a brand mention starts, the index after the mention; 0 elsewhere. */
    private static int[] masks(List<CatalogMatcher.Hit> hits, int n) {
        int[] maskedTo = new int[n];
        for (CatalogMatcher.Hit h : hits) {
            if (h.start() >= 0 && h.start() < n && h.end() > h.start()) {
                maskedTo[h.start()] = Math.max(maskedTo[h.start()], Math.min(n, h.end()));
            }
        }
        // a mention inside an earlier one is part of it
        int coveredTo = 0;
        for (int i = 0; i < n; i++) {
            if (i < coveredTo) {
                maskedTo[i] = 0;
            } else if (maskedTo[i] > 0) {
                coveredTo = maskedTo[i];
            }
        }
        return maskedTo;
    }

    private int gramsOf(int length) {
        int grams = 0;
        for (int g = minGram; g <= maxGram && g <= length; g++) {
            grams += length - g + 1;
        }
        return grams;
    }

    /** The n-grams of "^word$" (of the placeholder when {@code word} is null). */
    private void emitCharGrams(String word, double value, Sink sink) {
        int length = (word == null ? 1 : word.length()) + 2;
        for (int from = 0; from < length; from++) {
            int h = SEED_CHAR;
            for (int to = from; to < length && to - from < maxGram; to++) {
                char c = to == 0 ? WORD_START : to == length - 1 ? WORD_END : word == null ? PLACEHOLDER : word.charAt(to - 1);
                h = (h ^ c) * FNV_PRIME;
                int gram = to - from + 1;
                if (gram >= minGram) {
                    sink.add(bucket(h + gram), value);
                }
            }
        }
    }

    private static int hash(int seed, String s) {
        int h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static int hashChar(int seed, char c) {
        return (seed ^ c) * FNV_PRIME;
    }

    int bucket(int hash) {
        return mix(hash) & (buckets - 1);
    }

    /** MurmurHash3's finaliser: every input bit reaches every output bit. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85eb_ca6b;
        h ^= h >>> 13;
        h *= 0xc2b2_ae35;
        h ^= h >>> 16;
        return h;
    }
}
