package org.restockradar.stream.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cue lexicons of every language, read from the class path: {@code lexicon/languages.txt} lists the language
 * codes, {@code lexicon/<code>.tsv} holds one {@code <cue><TAB><phrase>} per line ({@code #} comments and blank
 * lines aside). Each phrase is cut by the same normaliser and tokeniser as posts, so "can't find" and "cant find"
 * are one phrase. A phrase may write several forms at once: {@code dorak{aledu|atledu}} is "dorakaledu" and
 * "dorakatledu" ({@link #forms}). An unknown cue name or a line without a tab is an error naming the file and the line. Immutable
 * once built; the shipped lexicons are read once ({@link #shipped()}).
 */
public final class Lexicon {
    private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
    /** The folder of the lexicon files on the class path. */
    static final String FOLDER = "lexicon/";

    /** One phrase of a lexicon: its cue, its tokens and the file and line it comes from. */
    public record Entry(Cue cue, List<String> tokens, String file, int line) {
    }

    private final List<String> languages;
    private final List<Entry> entries;

    private Lexicon(List<String> languages, List<Entry> entries) {
        this.languages = List.copyOf(languages);
        this.entries = List.copyOf(withWrittenShort(entries));
    }

    private static final class Shipped {
        static final Lexicon INSTANCE = fromClassPath();
    }

    /** The lexicons shipped in the jar, read on first use. */
    public static Lexicon shipped() {
        // Cue's own initialisation reads the shipped lexicon (Cue.LEXICON), and reading it needs Cue's constants:
        // initialise Cue first, so that the lexicon is never read while Cue is half initialised
        Cue.values();
        return Shipped.INSTANCE;
    }

    /** Reads {@code lexicon/languages.txt} and every file it lists from the class path. */
    public static Lexicon fromClassPath() {
        List<String> codes = new ArrayList<>();
        try (BufferedReader in = open(FOLDER + "languages.txt")) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + "languages.txt", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String code : codes) {
            String file = FOLDER + code + ".tsv";
            try (BufferedReader in = open(file)) {
                entries.addAll(parse(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + file, e);
            }
        }
        LOG.info("Read {} cue phrases in {} languages {}", entries.size(), codes.size(), codes);
        return new Lexicon(codes, entries);
    }

    /** A lexicon of the given files' texts (file name to text), in order; for tests and tools. */
    public static Lexicon of(Map<String, String> files) {
        List<Entry> entries = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            try {
                entries.addAll(parse(f.getKey(), new StringReader(f.getValue())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.getKey(), e);
            }
            codes.add(f.getKey());
        }
        return new Lexicon(codes, entries);
    }

    private static BufferedReader open(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource not on the class path: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The entries of one lexicon file; {@code file} names it in error messages. */
    static List<Entry> parse(String file, Reader text) throws IOException {
        BufferedReader in = text instanceof BufferedReader b ? b : new BufferedReader(text);
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + number + ": expected <cue><TAB><phrase>: " + line);
            }
            String name = line.substring(0, tab).strip();
            Cue cue = Cue.ofFileName(name);
            if (cue == null) {
                throw new IllegalArgumentException(file + ":" + number + ": unknown cue '" + name + "'");
            }
            for (String phrase : forms(line.substring(tab + 1), file, number)) {
                List<String> tokens = Text.tokens(phrase);
                if (tokens.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + number + ": a " + name + " without a phrase");
                }
                entries.add(new Entry(cue, List.copyOf(tokens), file, number));
            }
        }
        return entries;
    }

    /** At most this many phrases from one line of forms. */
    static final int MAX_FORMS = 1024;

    /**
     * The phrases a line writes as forms: each {@code {a|b|c}} group is one of its alternatives, an empty one
     * allowed ({@code dorak{aledu|atledu}}, {@code {wala|wla} {na|nay|}}: a stem with its endings, a word with or
     * without its clitic); a phrase without braces is itself.
     */
    static List<String> forms(String phrase, String file, int line) {
        int open = phrase.indexOf('{');
        if (open < 0) {
            if (phrase.indexOf('}') >= 0) {
                throw new IllegalArgumentException(file + ":" + line + ": a '}' without its '{': " + phrase);
            }
            return List.of(phrase);
        }
        int close = phrase.indexOf('}', open);
        if (close < 0 || phrase.lastIndexOf('{', close) != open) {
            throw new IllegalArgumentException(file + ":" + line + ": a '{' without its '}': " + phrase);
        }
        List<String> out = new ArrayList<>();
        String head = phrase.substring(0, open);
        for (String rest : forms(phrase.substring(close + 1), file, line)) {
            for (String alternative : phrase.substring(open + 1, close).split("\\|", -1)) {
                out.add(head + alternative + rest);
                if (out.size() > MAX_FORMS) {
                    throw new IllegalArgumentException(file + ":" + line + ": more than " + MAX_FORMS + " forms: " + phrase);
                }
            }
        }
        return out;
    }

    /** The language codes (or file names) read, in order. */
    public List<String> languages() {
        return languages;
    }

    /** Every entry, in the order of the files and their lines. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The distinct phrases of each cue, as tokens joined by spaces, in the order first read; {@code ordinary} words
     * carry no cue and are left out (their list is empty).
     */
    public Map<Cue, List<String>> asText() {
        Map<Cue, Set<String>> by = new EnumMap<>(Cue.class);
        for (Entry e : entries) {
            if (e.cue() != Cue.ORDINARY) {
                by.computeIfAbsent(e.cue(), c -> new LinkedHashSet<>()).add(Text.key(e.tokens()));
            }
        }
        Map<Cue, List<String>> out = new EnumMap<>(Cue.class);
        for (Cue c : Cue.values()) {
            out.put(c, List.copyOf(by.getOrDefault(c, Set.of())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The single-token phrases of a cue. */
    public Set<String> words(Cue cue) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.cue() == cue && e.tokens().size() == 1) {
                out.add(e.tokens().get(0));
            }
        }
        return Set.copyOf(out);
    }

    /** An index of every phrase, phrase cues and word cues alike. */
    public PhraseIndex<Cue> index() {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        for (Entry e : entries) {
            index.addTokens(e.tokens(), e.cue());
        }
        return index;
    }

    /**
     * The cues whose phrases are also read glued into one word or cut short (see {@link #withWrittenShort}). No set
     * of them in a static field: the shipped lexicon is read while {@link Cue} is initialised, and this class may be
     * initialised first.
     */
    private static boolean shortened(Cue c) {
        return c == Cue.ABSENCE || c == Cue.ABSENCE_CLAUSE_END || c == Cue.FOUND || c == Cue.AVAILABLE;
    }
    /** The fewest letters of a glued phrase: shorter glued words are too often words of their own. */
    static final int MIN_GLUED = 6;
    /** The fewest letters of a word cut short, and of the word it is cut from. */
    static final int MIN_CUT = 6;
    static final int MIN_CUT_FROM = 9;

    /**
     * The entries read and, after them, one-word forms of the absence and availability phrases as people write them
     * in hashtags and text messages: a phrase of two to four Latin words glued into one ("#outofstock", "#soldout",
     * "nostock", "#backinstock"), and a long single word cut short after at least {@value #MIN_CUT} letters and three
     * fifths of it ("unavail" for "unavailable"), in English only: where a word ends in its negation (Malayalam
     * "kittunnilla", Kannada "sigutilla"), cutting it short leaves the word for "there is". Each form is an entry of its phrase's cue, file and line, so it
     * votes for that phrase's language. A form that is already a phrase of its own in any lexicon, of any cue, keeps
     * that meaning and is not added; a form two cues would both claim is left out.
     */
    static List<Entry> withWrittenShort(List<Entry> read) {
        Set<String> words = new java.util.HashSet<>();
        for (Entry e : read) {
            if (e.tokens().size() == 1) {
                words.add(e.tokens().get(0));
            }
        }
        Map<String, Entry> out = new java.util.LinkedHashMap<>();
        Set<String> claimedTwice = new java.util.HashSet<>();
        for (Entry e : read) {
            if (!shortened(e.cue())) {
                continue;
            }
            List<String> t = e.tokens();
            if (t.size() >= 2 && t.size() <= 4 && t.stream().allMatch(Lexicon::latinLetters)) {
                String glued = String.join("", t);
                if (glued.length() >= MIN_GLUED) {
                    claim(out, claimedTwice, words, glued, e);
                }
            } else if (t.size() == 1 && t.get(0).length() >= MIN_CUT_FROM && latinLetters(t.get(0)) && english(e)) {
                String w = t.get(0);
                for (int n = Math.max(MIN_CUT, (w.length() * 3 + 4) / 5); n < w.length(); n++) {
                    claim(out, claimedTwice, words, w.substring(0, n), e);
                }
            }
        }
        out.values().removeIf(e -> claimedTwice.contains(e.tokens().get(0)));
        List<Entry> all = new ArrayList<>(read);
        all.addAll(out.values());
        return all;
    }

    private static void claim(Map<String, Entry> out, Set<String> claimedTwice, Set<String> words, String form,
            Entry from) {
        if (words.contains(form)) {
            return;
        }
        // one form may be an absence of both kinds ("unavailable" is both), never an absence and a presence
        Entry other = out.get(form + "\t" + (absence(from.cue()) ? Cue.FOUND : Cue.ABSENCE));
        Entry other2 = out.get(form + "\t" + (absence(from.cue()) ? Cue.AVAILABLE : Cue.ABSENCE_CLAUSE_END));
        if (other != null || other2 != null) {
            claimedTwice.add(form);
        }
        out.putIfAbsent(form + "\t" + from.cue(), new Entry(from.cue(), List.of(form), from.file(), from.line()));
    }

    private static boolean english(Entry e) {
        return e.file().equals("en") || e.file().equals("en.tsv") || e.file().endsWith("/en.tsv");
    }

    private static boolean absence(Cue c) {
        return c == Cue.ABSENCE || c == Cue.ABSENCE_CLAUSE_END;
    }

    private static boolean latinLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
