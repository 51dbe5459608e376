package org.restockradar.stream.understanding;

import java.util.List;

/**
 * One data line of a word vocabulary of three tab-separated fields, {@code <kind><TAB><class or -><TAB><phrase>}
 * ({@code catalog/brand-evidence.tsv}, {@code catalog/everyday-senses.tsv}): the kind of entry, its class and the
 * phrase as tokens.
 */
record VocabularyLine(String kind, String group, List<String> tokens) {

    /**
     * Reads data line {@code n} of {@code resource}.
     *
     * @throws IllegalStateException when the line has not three fields or its phrase has no word
     */
    static VocabularyLine parse(String resource, int n, String line) {
        String[] f = line.split("\t");
        if (f.length != 3 || f[2].isBlank()) {
            throw new IllegalStateException(resource + ": data line " + n + " is not <kind><TAB><class or -><TAB><phrase>: " + line);
        }
        List<String> tokens = Text.tokens(f[2].strip());
        if (tokens.isEmpty()) {
            throw new IllegalStateException(resource + ": data line " + n + " has no word: " + line);
        }
        return new VocabularyLine(f[0].strip(), f[1].strip(), tokens);
    }

    /** The phrase's tokens as an array. */
    String[] tokenArray() {
        return tokens.toArray(new String[0]);
    }
}
