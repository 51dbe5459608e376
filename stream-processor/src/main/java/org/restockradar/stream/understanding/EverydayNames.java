package org.restockradar.stream.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brand names that are everyday words of a language ("Gana", Tagalog for appetite; "Fursat", Hindi for free time),
 * known without the catalog's help: a brand team names its brand, it does not list the word's other meanings. The
 * words are data: {@code catalog/common-words-<code>.txt}, the most frequent words of each language derived from a
 * licensed word-frequency list ({@code tools/common-words/derive.sh}), and the hand list {@code
 * catalog/common-words.txt} for the languages no such list covers (its sections say their languages). Words meet by
 * their phonetic key ({@link Phonetic#key}), so "phursat" of the Hindi list is the brand "Fursat". Read once; a
 * brand's languages are kept per brand. Thread-safe.
 */
final class EverydayNames {
    private static final String HAND_LIST = "catalog/common-words.txt";
    private static final String DERIVED = "catalog/common-words-%s.txt";
    /** A line of the hand list that names the languages of the words below it: {@code # languages: hi ur}. */
    private static final String SECTION = "# languages:";

    /** Phonetic key of an everyday word, and the languages (bits by index of {@code languages}) it is a word of. */
    private final Map<String, Long> languagesByKey;
    /** The languages with a derived list: for the others, whether a word is an everyday word is not known. */
    private final long listed;
    private final Map<Catalog.Brand, Long> byBrand = new ConcurrentHashMap<>();

    private EverydayNames(Map<String, Long> languagesByKey, long listed) {
        this.languagesByKey = languagesByKey;
        this.listed = listed;
    }

    /**
     * The shipped lists, for the languages of {@code languages} (the lexicon's codes, in order; at most 64 count):
     * each derived list present on the class path, and the hand list.
     */
    static EverydayNames of(List<String> languages) {
        Map<String, Long> keys = new HashMap<>();
        long listed = 0;
        int n = Math.min(64, languages.size());
        for (int i = 0; i < n; i++) {
            String resource = String.format(DERIVED, languages.get(i));
            if (EverydayNames.class.getClassLoader().getResource(resource) != null) {
                listed |= 1L << i;
                for (String line : Names.lines(resource)) {
                    int tab = line.indexOf('\t');
                    add(keys, tab < 0 ? line : line.substring(tab + 1), 1L << i);
                }
            }
        }
        long section = 0;
        for (String line : linesWithSections(HAND_LIST)) {
            if (line.startsWith(SECTION)) {
                section = 0;
                for (String code : line.substring(SECTION.length()).trim().split("\\s+")) {
                    int i = languages.indexOf(code);
                    if (i >= 0 && i < 64) {
                        section |= 1L << i;
                    }
                }
            } else if (!line.startsWith("#") && section != 0) {
                add(keys, Text.normalise(line), section);
            }
        }
        return new EverydayNames(Map.copyOf(keys), listed);
    }

    /** The lines of a data file, without blank lines, keeping the comments (the sections are comments). */
    private static List<String> linesWithSections(String resource) {
        try (InputStream in = EverydayNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog data missing from the class path: " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog data " + resource, e);
        }
    }

    private static void add(Map<String, Long> keys, String word, long languages) {
        String w = word.strip();
        if (!w.isEmpty()) {
            keys.merge(Phonetic.key(w), languages, (a, b) -> a | b);
        }
    }

    /**
     * The languages (bits by index) in which a name of the brand that is one word (its name, an alias; not a hashtag
     * or handle) is an everyday word; 0 when none is.
     */
    long languagesOf(Catalog.Brand brand) {
        return byBrand.computeIfAbsent(brand, b -> {
            long out = 0;
            for (String name : names(b)) {
                out |= languagesByKey.getOrDefault(Phonetic.key(name), 0L);
            }
            return out;
        });
    }

    /**
     * The languages (bits by index) that have a derived list of everyday words; the hand list alone is too short to
     * say that a word is not an everyday word of its languages.
     */
    long listed() {
        return listed;
    }

    /** The brand's names of one word, normalised: its name and its aliases, not hashtags or handles. */
    static List<String> names(Catalog.Brand brand) {
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>(brand.aliases());
        all.add(0, brand.name());
        for (String name : all) {
            String n = name.strip();
            if (n.startsWith("#") || n.startsWith("@")) {
                continue;
            }
            List<String> tokens = Text.tokens(n);
            if (tokens.size() == 1 && !out.contains(tokens.get(0))) {
                out.add(tokens.get(0));
            }
        }
        return out;
    }

    /**
     * True when the post writes one of the brand's one-word names with a capital letter inside a sentence ("no
     * Fursat at ..."), in a post not written in capitals: people write a product's name so, rarely "appetite" or
     * "free time". A word that opens the post or a sentence says nothing.
     */
    static boolean capitalised(String text, Catalog.Brand brand) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        if (upper == 0 || upper >= lower) {
            return false;
        }
        List<String> names = names(brand);
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u0964') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
                end++;
            }
            boolean previousIsTag = i > 0 && (text.charAt(i - 1) == '#' || text.charAt(i - 1) == '@');
            if (!sentenceStart && !previousIsTag && Character.isUpperCase(c)
                    && names.contains(Text.normalise(text.substring(i, end)))) {
                return true;
            }
            sentenceStart = false;
            i = end;
        }
        return false;
    }
}
