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
 */
public record ReportFeatures(int buckets, int minGram, int maxGram, boolean ruleFeatures) {
    /** The placeholder that stands for a brand or product mention, one character so that its n-grams are few. */
    static final char PLACEHOLDER = '\u0001';

    private static final int SEED_CHAR = 0x2f1c_9a4b;
    private static final int SEED_WORD = 0x5bd1_e995;
    private static final int SEED_BIGRAM = 0x68e3_1da4;
    private static final int SEED_RULE = 0x1b87_3593;
    private static final int FNV_PRIME = 16_777_619;
    private static final char WORD_START = '^';
    private static final char WORD_END = '$';
    /** The word that ends a question sentence. */
    private static final String QUESTION = "?";

    /** The settings of the model shipped in the jar: 2^16 weights (256 KB, within a core's L2 cache), n-grams of 2 to 4 characters (as good as 2^18 and 2 to 5 in cross-validation, and faster). */
    public static final ReportFeatures DEFAULT = new ReportFeatures(1 << 16, 2, 4, true);

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
