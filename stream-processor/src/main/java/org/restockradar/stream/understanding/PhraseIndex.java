package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable trie of token phrases, each carrying a value, found in a token list in one pass (no regular
 * expressions, no scan of the lexicon per mention). Phrases in a non-Latin script also match a token that only
 * begins with them, since Tamil, Kannada, Marathi or Bengali glue case endings to the word ("कोथरूडमध्ये").
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found in a token list: tokens {@code [start, end)}. */
    public record Match<T>(int start, int end, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
        /**
         * Bit {@code n} set when a key of {@link #next} is {@code n} characters long (bit 63 for 63 and longer): a
         * token's prefix is cut out and looked up only at such a length.
         */
        long keyLengths;
    }

    private final Node<T> root = new Node<>();
    private int maxPrefixLength;
    /**
     * One bit per hash of the first tokens of the phrases ({@link #FIRST_TOKEN_BITS} bits): a token whose bit is not
     * set starts no phrase, told without a look-up in the root's map (most tokens of a post start none; a miss in a
     * map of thousands of keys was a cache miss), and a beginning of a token in another script is cut out only when
     * its bit is set. The hash is {@link String#hashCode}, also computed over a beginning in place.
     */
    private final long[] firstTokens = new long[FIRST_TOKEN_BITS / 64];
    /** Bits of {@link #firstTokens}: 8 KB per index, several bits per first token even for the gazetteer's towns. */
    private static final int FIRST_TOKEN_SHIFT = 16;
    private static final int FIRST_TOKEN_BITS = 1 << FIRST_TOKEN_SHIFT;

    /** Builds an index; call {@link #add} for each phrase before the index is shared. */
    public PhraseIndex() {
    }

    /** Adds a phrase (free text, normalised and tokenised here). Blank phrases are ignored. */
    public PhraseIndex<T> add(String phrase, T value) {
        return addTokens(Text.tokens(phrase), value);
    }

    /** Adds a phrase given as tokens. */
    public PhraseIndex<T> addTokens(List<String> tokens, T value) {
        if (tokens.isEmpty()) {
            return this;
        }
        Node<T> node = root;
        setFirstToken(tokens.get(0).hashCode());
        for (String token : tokens) {
            if (!Text.isLatin(token)) {
                maxPrefixLength = Math.max(maxPrefixLength, token.length());
            }
            node.keyLengths |= lengthBit(token.length());
            node = node.next.computeIfAbsent(token, t -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
        return this;
    }

    /** Every phrase of the index found in the tokens, all overlaps included, in order of start. */
    public List<Match<T>> findAll(List<String> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(tokens, i, root, i, matches);
        }
        return matches;
    }

    /**
     * The same, where the caller knows that no phrase starts at a token {@code i} with {@code mayStart[i]} false (a
     * Latin token that is no first word of a phrase): no look-up is made there.
     */
    public List<Match<T>> findAll(List<String> tokens, boolean[] mayStart) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (mayStart[i]) {
                walk(tokens, i, root, i, matches);
            }
        }
        return matches;
    }

    /** The matches without those inside a longer match. */
    public List<Match<T>> findLongest(List<String> tokens) {
        return longest(findAll(tokens));
    }

    /** The matches of {@code all} without those inside a longer one of them. */
    public static <T> List<Match<T>> longest(List<Match<T>> all) {
        List<Match<T>> kept = new ArrayList<>(all.size());
        for (Match<T> m : all) {
            boolean inside = false;
            for (Match<T> o : all) {
                if (o != m && o.start() <= m.start() && o.end() >= m.end() && (o.end() - o.start()) > (m.end() - m.start())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private void setFirstToken(int hash) {
        int bit = firstTokenBit(hash);
        firstTokens[bit >>> 6] |= 1L << bit;
    }

    /** False when no phrase starts with a token of this hash. */
    private boolean mayBeFirstToken(int hash) {
        int bit = firstTokenBit(hash);
        return (firstTokens[bit >>> 6] & 1L << bit) != 0;
    }

    private static int firstTokenBit(int hash) {
        return (hash * 0x9E37_79B9) >>> (32 - FIRST_TOKEN_SHIFT); // Fibonacci hashing: the top bits, well mixed
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    private void walk(List<String> tokens, int start, Node<T> node, int at, List<Match<T>> matches) {
        if (at >= tokens.size()) {
            return;
        }
        String token = tokens.get(at);
        boolean first = node == root;
        Node<T> exact = first && !mayBeFirstToken(token.hashCode()) ? null : node.next.get(token);
        if (exact != null) {
            for (T value : exact.values) {
                matches.add(new Match<>(start, at + 1, value));
            }
            walk(tokens, start, exact, at + 1, matches);
        }
        if (maxPrefixLength > 0 && !Text.isLatin(token)) {
            int limit = Math.min(token.length() - 1, maxPrefixLength);
            int hash = token.charAt(0); // String.hashCode of the beginning [0, len)
            for (int len = 2; len <= limit; len++) {
                hash = 31 * hash + token.charAt(len - 1);
                if ((node.keyLengths & lengthBit(len)) == 0 || first && !mayBeFirstToken(hash)) {
                    continue; // no key of this length here, or none that begins so: no substring to cut
                }
                Node<T> prefix = node.next.get(token.substring(0, len));
                if (prefix != null) {
                    for (T value : prefix.values) {
                        matches.add(new Match<>(start, at + 1, value));
                    }
                }
            }
        }
    }
}
