package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.IntPredicate;

/**
 * Decides whether a post that names a tracked brand reports it missing now. A report is a predicate about an
 * argument: an absence ("can't find", "no", "nahi", "illa", "walang", "walay") or a request whose argument, found by
 * grammar in its clause, is the brand or one of its products (directly, in a coordination, through a pronoun, or by
 * ellipsis), within the scope of no negator, condition, hope, question or past that undoes it, and not answered by a
 * later "found it" or "the brand is there". The words are data ({@link Lexicon}); this class holds the grammar.
 * Pure and thread-safe.
 */
public final class IntentReader {

    /** What the argument of the deciding predicate is. */
    public enum ArgumentKind {
        /** The tracked brand or product, named in the argument slot (alone or in a coordination). */
        BRAND,
        /** A pronoun ("it", "ye", "ito") that refers back to the brand. */
        PRONOUN,
        /** No argument in the clause: the brand named in a nearby clause or sentence is the topic. */
        ELLIPSIS,
        /** Another thing, not tracked: the absence is about something else. */
        OTHER,
        /** No predicate decided. */
        NONE
    }

    /**
     * What decided, for {@code evaluate --explain}: the predicate phrase, its argument and its kind, and the cues
     * that kept or undid it.
     */
    public record Reading(String predicate, String argument, ArgumentKind kind, String cues) {
        /** Nothing read. */
        public static final Reading NONE = new Reading("", "", ArgumentKind.NONE, "");

        /** One line for people: {@code "no" about "fizzora" (other); absence_before; argument is another thing}. */
        public String describe() {
            if (kind == ArgumentKind.NONE && predicate.isEmpty()) {
                return "no predicate";
            }
            return "\"" + predicate + "\" about " + (argument.isEmpty() ? "-" : "\"" + argument + "\"") + " ("
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + "); " + cues;
        }
    }

    /**
     * The decision with its confidence and a short reason; {@code absenceAt} is where the first absence was read;
     * {@code reading} what decided.
     */
    public record Intent(boolean stockout, double confidence, String reason, int absenceAt, Reading reading) {
        public Intent(boolean stockout, double confidence, String reason, int absenceAt) {
            this(stockout, confidence, reason, absenceAt, Reading.NONE);
        }
    }

    /**
     * A post cut into tokens, with the sentence and clause of each token, the phrase cues found in them and, per
     * token, the cues that mark it ({@code marks}: bit {@code 1L << cue.ordinal()}; phrase cues mark the tokens of
     * their longest match, word cues every token of each match). Read once per post.
     */
    public record Tokens(List<String> tokens, int[] sentence, int[] clause, boolean[] questionSentence,
                         List<PhraseIndex.Match<Cue>> cues, long[] marks) {
        /** True when the token at {@code i} is marked by {@code cue}. */
        public boolean is(int i, Cue cue) {
            return (marks[i] & (1L << cue.ordinal())) != 0;
        }
    }

    /**
     * The cue classes the scope steps read (negation, past and resolved, irrealis, contrast, another thing bought,
     * question, place): every language of {@code lexicon/languages.txt} has entries of each in each of its scripts,
     * or its file says why it has none ({@code # coverage:} lines; checked by {@code LexiconCoverageTest}).
     */
    static final List<Cue> SCOPE_CUES = List.of(Cue.NEGATOR, Cue.ABSENCE, Cue.ABSENCE_BEFORE, Cue.ABSENCE_AFTER,
            Cue.ABSENCE_CLAUSE_END, Cue.AVAILABLE, Cue.FOUND, Cue.EXISTENTIAL, Cue.OLD, Cue.YESTERDAY, Cue.NOW,
            Cue.IRREALIS, Cue.CONDITIONAL, Cue.CONTRAST, Cue.CLAUSE_LINK, Cue.SUBSTITUTE, Cue.QUESTION_OPENER,
            Cue.DENIAL, Cue.HEARSAY, Cue.DEICTIC);

    private static final Lexicon LEXICON = Lexicon.shipped();
    /**
     * Chat spellings of the lexicons' words ("nhi", "khtm", "kedaikala"), read as the words they spell; the
     * lexicons' own phrases are read through it too, so "aa gya" meets "aa gaya".
     */
    private static final Spellings SPELLINGS = spellings();
    /** Phrase cues, and word cues of several words. */
    private static final PhraseIndex<Cue> CUES = phrases();
    /** The languages of the lexicons, in the order of {@code languages.txt}; at most 64 take part in a guess. */
    private static final List<String> LANGUAGES = LEXICON.languages();
    /**
     * Every word of the lexicons: the word cues it sets on a token, the languages it is a word of and, where
     * languages read it differently, each one's reading. One lookup per token, nothing allocated.
     */
    private static final Map<String, Word> WORDS = words();
    /** The bits of the word cues: a reading's other bits are single-word phrase cues. */
    private static final long WORD_CUES = wordCues();
    /**
     * Every token the chat spellings read by their tables ({@link Spellings#listed}) and every word of {@link #WORDS},
     * with its lexicon spelling and that spelling's {@link Word}: one look-up per token of a post where there were
     * two, the spelling and the word. Any other token is its own word or the lexicon word of its consonants.
     */
    private static final Map<String, Known> KNOWN = known();
    /** Words after another brand's name that may name its product ("Kurkure masala munch"): one more than a flavour. */
    private static final int OTHER_PRODUCT_WORDS = 3;
    /** How far from a predicate its argument is looked for, in tokens. */
    private static final int ARGUMENT_WINDOW = 8;
    /** Words of another product's name that may open an absence's clause (session 17: "Marie Gold out"). */
    private static final int OPENING_NAME_WORDS = 3;
    /**
     * Words between an absence and a denial after it that may still call it false: its argument and a place phrase
     * ("wala raw X sa Baler Sari-Sari Store, fake news"), or a quotative and a verb of saying ("ennu ... parayunnathu
     * nunayanu"); session 18, from the longest such gap of scope18-probe's denials (seven words).
     */
    private static final int DENIAL_REACH = 8;
    /** Word cues a scan for an argument steps over. */
    private static final long SKIPPED = bits(Cue.PARTICLE, Cue.COPULA, Cue.DETERMINER, Cue.NEGATOR, Cue.PERSON);
    /** Phrase cues a scan for an argument steps over: they qualify the predicate, they are not its argument. */
    private static final long QUALIFIERS = bits(Cue.NOW, Cue.DEICTIC, Cue.AREA, Cue.OLD, Cue.YESTERDAY,
            Cue.IRREALIS, Cue.AVAILABLE, Cue.FOUND, Cue.ABSENCE, Cue.REQUEST);
    /** Words that name the product in general ("packs", "chips", "stock"): the brand in talk about the brand. */
    private static final long PRODUCT_WORDS = bits(Cue.STRONG_PRODUCT, Cue.PRODUCT_CONTEXT);
    private static final long NEGATOR_BIT = bits(Cue.NEGATOR);
    private static final long PLACE_AFTER_BIT = bits(Cue.PLACE_AFTER);
    private static final long SHOP_WORD_BIT = bits(Cue.SHOP_WORD);
    /** Phrase cues of time, which may follow a noun phrase: "no sahaj mood today". */
    private static final long TIME = bits(Cue.NOW, Cue.OLD, Cue.YESTERDAY);
    /** Cues that say the product is there. */
    private static final long THERE = bits(Cue.AVAILABLE, Cue.FOUND, Cue.EXISTENTIAL);
    /** Word cues that say a lack in a clause. */
    private static final long LACK = bits(Cue.NEGATOR, Cue.ABSENCE_BEFORE, Cue.ABSENCE_AFTER, Cue.ABSENCE_CLAUSE_END);
    private static final long PREDICATES = bits(Cue.ABSENCE, Cue.AVAILABLE, Cue.FOUND, Cue.REQUEST, Cue.NEGATOR,
            Cue.OWN_ABSENCE, Cue.ABSENCE_BEFORE, Cue.ABSENCE_AFTER, Cue.ABSENCE_CLAUSE_END);
    /** Per-brand words of the catalog, as token sets. */
    private static final Map<Catalog.Brand, BrandWords> BRAND_WORDS = new ConcurrentHashMap<>();
    /** Per brand, the words of its products' names and aliases ("calamansi", "masala"). */
    private static final Map<Catalog.Brand, Set<String>> PRODUCT_NAME_WORDS = new ConcurrentHashMap<>();
    /** Per brand, the words of {@link #PRODUCT_NAME_WORDS} that only its products carry ({@link #evidenceWords}). */
    private static final Map<Catalog.Brand, Set<String>> EVIDENCE_WORDS = new ConcurrentHashMap<>();
    /** Per brand, the words of its own names: see {@link #brandNameWords}. */
    private static final Map<Catalog.Brand, Set<String>> BRAND_NAME_WORDS = new ConcurrentHashMap<>();

    private record BrandWords(Set<String> category, Set<String> otherSenses) {
        static final BrandWords NONE = new BrandWords(Set.of(), Set.of());
    }

    private IntentReader() {
    }

    private static PhraseIndex<Cue> phrases() {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        for (Lexicon.Entry e : LEXICON.entries()) {
            if (e.cue() != Cue.ORDINARY && (!e.cue().word() || e.tokens().size() > 1)) {
                index.addTokens(lexiconSpelling(e.tokens()), e.cue());
            }
        }
        return index;
    }

    /**
     * A word of the lexicons: {@code bits}, the word cues it sets in every language together; {@code languages},
     * one bit per language (its index in {@link #LANGUAGES}) that has the word in any phrase; {@code listed}, the
     * languages that list it alone; {@code readings}, when those read it differently (Ilocano "saan", not; Tagalog
     * "saan", where), the cues of each language by index, else null.
     */
    private record Word(long bits, long languages, long listed, long[] readings) {
        boolean contested() {
            return readings != null;
        }

        /** The cues it carries in the languages of {@code top} (a mask of language indexes). */
        long reading(long top) {
            long r = 0;
            for (long m = top & listed; m != 0; m &= m - 1) {
                r |= readings[Long.numberOfTrailingZeros(m)];
            }
            return r;
        }
    }

    private static long wordCues() {
        long b = 0;
        for (Cue c : Cue.values()) {
            if (c.word()) {
                b |= 1L << c.ordinal();
            }
        }
        return b;
    }

    private static Map<String, Word> words() {
        // an entry names its file: the shipped lexicons' path, or the name a test gave (Lexicon.of)
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            index.put(Lexicon.FOLDER + LANGUAGES.get(i) + ".tsv", i);
            index.put(LANGUAGES.get(i), i);
        }
        Map<String, Long> bits = new java.util.HashMap<>();
        Map<String, Long> languages = new java.util.HashMap<>();
        Map<String, long[]> readings = new java.util.HashMap<>();
        for (Lexicon.Entry e : LEXICON.entries()) {
            Integer at = index.get(e.file());
            int lang = at == null ? -1 : at;
            for (String token : e.tokens()) {
                String w = SPELLINGS.word(token);
                bits.putIfAbsent(w, 0L);
                if (lang >= 0 && lang < 64) {
                    languages.merge(w, 1L << lang, (a, b) -> a | b);
                }
            }
            if (e.tokens().size() != 1) {
                continue;
            }
            String w = SPELLINGS.word(e.tokens().get(0));
            long cue = e.cue() == Cue.ORDINARY ? 0 : 1L << e.cue().ordinal();
            if (e.cue().word()) {
                bits.merge(w, cue, (a, b) -> a | b);
            }
            if (lang >= 0 && lang < 64) {
                long[] r = readings.computeIfAbsent(w, k -> new long[Math.min(64, LANGUAGES.size())]);
                r[lang] |= cue | 1L << Cue.ORDINARY.ordinal(); // the ORDINARY bit says "listed"
            }
        }
        // words for shops and products ("store", "grocery", "pack", "ml") are English in posts of every language:
        // they say nothing of the post's language and do not vote
        long naming = bits(Cue.SHOP_WORD, Cue.STRONG_PRODUCT, Cue.PRODUCT_CONTEXT);
        Map<String, Word> words = new java.util.HashMap<>();
        for (Map.Entry<String, Long> e : bits.entrySet()) {
            long[] r = readings.get(e.getKey());
            boolean names = false;
            for (int i = 0; r != null && i < r.length; i++) {
                names |= (r[i] & naming) != 0;
            }
            if (names) {
                languages.put(e.getKey(), 0L);
            }
            long listed = 0;
            long first = -1;
            boolean differ = false;
            if (r != null) {
                long listedBit = 1L << Cue.ORDINARY.ordinal();
                for (int i = 0; i < r.length; i++) {
                    if ((r[i] & listedBit) != 0) {
                        listed |= 1L << i;
                        r[i] &= ~listedBit;
                        differ |= first >= 0 && r[i] != first;
                        first = first < 0 ? r[i] : first;
                    }
                }
            }
            words.put(e.getKey(), new Word(e.getValue(), languages.getOrDefault(e.getKey(), 0L), listed, differ ? r : null));
        }
        return WordTable.mapOf(words);
    }


    /** A token's lexicon spelling ({@code respelled} when it differs from the token) and that spelling's word, or null. */
    private record Known(String spelled, boolean respelled, Word word) {
    }

    private static Map<String, Known> known() {
        Map<String, Known> known = new java.util.HashMap<>();
        Set<String> tokens = SPELLINGS.listed();
        tokens.addAll(WORDS.keySet());
        for (String token : tokens) {
            String spelled = SPELLINGS.word(token);
            boolean respelled = !spelled.equals(token);
            known.put(token, new Known(respelled ? spelled : token, respelled, WORDS.get(spelled)));
        }
        return WordTable.mapOf(known);
    }

    private static Spellings spellings() {
        Set<String> words = new HashSet<>();
        Map<String, Long> meaning = new java.util.HashMap<>();
        for (Lexicon.Entry e : LEXICON.entries()) {
            if (e.cue() == Cue.ORDINARY) {
                continue; // a word with no cue is no word a chat spelling should meet
            }
            words.addAll(e.tokens());
            if (e.tokens().size() == 1) {
                meaning.merge(e.tokens().get(0), 1L << e.cue().ordinal(), (a, b) -> a | b);
            }
        }
        return Spellings.of(words, Names.tableWords(), meaning);
    }

    /** The tokens as the lexicons spell them: the same list when no token is a chat spelling of a lexicon word. */
    private static List<String> lexiconSpelling(List<String> tokens) {
        List<String> out = tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String w = SPELLINGS.word(tokens.get(i));
            if (!w.equals(tokens.get(i))) {
                if (out == tokens) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w);
            }
        }
        return out;
    }

    private static long bits(Cue... cues) {
        long b = 0;
        for (Cue c : cues) {
            b |= 1L << c.ordinal();
        }
        return b;
    }

    /** Cuts a normalised text into tokens with sentence and clause numbers. */
    public static Tokens cut(String normalised) {
        List<String> tokens = new ArrayList<>(normalised.length() / 4 + 2);
        BitSet commaAfter = new BitSet();
        Offsets ends = new Offsets();
        int[] sent = new int[normalised.length() / 4 + 2]; // grown below when a piece needs more
        boolean[] q = new boolean[8];
        int start = 0;
        int s = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            char c = i < normalised.length() ? normalised.charAt(i) : '\n';
            // the Urdu full stop and question mark ("۔", "؟") end sentences as "." and "?" do
            if ((c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '।' || c == '|' || c == '۔' || c == '؟')
                    && !initial(normalised, i) && !insideASize(normalised, i)) {
                if (i > start) {
                    // the piece [start, i), tokenised in place; ends are offsets in the whole text
                    ends.clear();
                    List<String> part = Text.tokensOfNormalised(normalised, start, i, ends);
                    // a comma with a token before it (since the last comma) and one after it ends a clause
                    int before = 0;
                    int counted = 0;
                    for (int comma = clauseBreak(normalised, start, i); comma >= 0;
                         comma = clauseBreak(normalised, comma + 1, i)) {
                        while (before < ends.size() && ends.get(before) <= comma) {
                            before++;
                        }
                        if (before > counted && before < part.size()) {
                            commaAfter.set(tokens.size() + before - 1);
                        }
                        counted = before;
                    }
                    if (!part.isEmpty()) {
                        boolean question = false;
                        for (int j = i; j < normalised.length() && j < i + 3; j++) {
                            if (normalised.charAt(j) == '?' || normalised.charAt(j) == '؟') {
                                question = true;
                            }
                        }
                        if (tokens.size() + part.size() > sent.length) {
                            sent = Arrays.copyOf(sent, Math.max(sent.length * 2, tokens.size() + part.size()));
                        }
                        for (String t : part) {
                            sent[tokens.size()] = s;
                            tokens.add(t);
                        }
                        if (s == q.length) {
                            q = Arrays.copyOf(q, s * 2);
                        }
                        q[s] = question || c == '?' || c == '؟';
                        s++;
                    }
                }
                start = i + 1;
            }
        }
        sent = Arrays.copyOf(sent, tokens.size());
        q = Arrays.copyOf(q, s);
        int[] clause = new int[tokens.size()];
        long[] marks = new long[tokens.size()];
        // each token as the lexicons spell it (the same list when none is a chat spelling) and its lexicon word
        List<String> spelled = tokens;
        // whether a phrase cue may start at a token: only at a word of the lexicons, or a token in another script
        // (whose beginning may be one)
        boolean[] mayStart = new boolean[tokens.size()];
        // each token's lexicon word, kept from the first contested word on for the language vote (which reads them
        // all): a post without one allocates nothing for it
        Word[] known = null;
        for (int i = 0; i < marks.length; i++) {
            String token = tokens.get(i);
            Known listed = KNOWN.get(token);
            String lexical;
            Word w;
            if (listed != null) {
                lexical = listed.respelled() ? listed.spelled() : token;
                w = listed.word();
            } else {
                lexical = SPELLINGS.unlisted(token);
                w = lexical.equals(token) ? null : WORDS.get(lexical);
            }
            if (!lexical.equals(token)) {
                if (spelled == tokens) {
                    spelled = new ArrayList<>(tokens);
                }
                spelled.set(i, lexical);
            }
            mayStart[i] = w != null || !Text.isLatin(lexical);
            if (w != null) {
                marks[i] = w.bits();
                if (w.contested() && known == null) {
                    known = new Word[marks.length];
                    for (int j = 0; j < i; j++) {
                        known[j] = WORDS.get(spelled.get(j));
                    }
                }
            }
            if (known != null) {
                known[i] = w;
            }
        }
        List<PhraseIndex.Match<Cue>> all = CUES.findAll(spelled, mayStart);
        if (known != null) {
            all = readInTheirLanguage(known, marks, all);
        }
        List<PhraseIndex.Match<Cue>> phrases = new ArrayList<>(all.size());
        for (PhraseIndex.Match<Cue> m : all) {
            if (m.value().word()) {
                long bit = 1L << m.value().ordinal();
                for (int i = m.start(); i < m.end(); i++) {
                    marks[i] |= bit;
                }
            } else if (!insideLongerWordCue(m, all)) {
                phrases.add(m);
            }
        }
        List<PhraseIndex.Match<Cue>> cues = PhraseIndex.longest(phrases);
        for (int k = cues.size() - 1; k >= 0; k--) {
            if (isPostposition(cues.get(k), marks, commaAfter) || isAdditive(cues.get(k), marks, commaAfter)) {
                cues = new ArrayList<>(cues);
                cues.remove(k);
            }
        }
        boolean[] clauseStart = new boolean[tokens.size()];
        for (PhraseIndex.Match<Cue> m : cues) {
            long bit = 1L << m.value().ordinal();
            for (int i = m.start(); i < m.end(); i++) {
                // a word inside a longer phrase that is no predicate is that phrase's word: Tagalog "kahit saan"
                // (anywhere) holds no Ilocano "saan" (not). The lexicons of all languages are read at once, so one
                // spelling may be a negator in one language and part of a phrase in another; the longer reading
                // wins. Predicates keep their negators: "khatam nahi" is read by the negation's own rules.
                if (m.end() - m.start() > 1 && (bits(m.value()) & PREDICATES) == 0) {
                    marks[i] &= ~NEGATOR_BIT;
                }
                marks[i] |= bit;
            }
            if (m.value() == Cue.CONTRAST || m.value() == Cue.CLAUSE_LINK) {
                clauseStart[m.start()] = true;
            }
        }
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && (sent[i] != sent[i - 1] || clauseStart[i] || commaAfter.get(i - 1))) {
                c++;
            }
            clause[i] = c;
        }
        return new Tokens(tokens, sent, clause, q, cues, marks);
    }

    /** Word cues of a negative right after a noun: "nahi", "nathi", "illa", "not". */
    private static final long NEGATIVE_AFTER_BITS = bits(Cue.ABSENCE_AFTER, Cue.NEGATOR);
    private static final long PARTICLE_BIT = bits(Cue.PARTICLE);
    /** Small words that mark the subject after a place phrase in VSO order: Tagalog "ang", Cebuano "ang". */
    private static final long SUBJECT_MARKERS = bits(Cue.PARTICLE, Cue.DETERMINER);

    /**
     * A one-word {@code contrast} that is also a {@code particle} right before a negative, with no comma between, is
     * the additive particle of the noun before it and starts no clause (session 16): Marathi and Gujarati "pan" is
     * "but" between clauses and "also, even" after a noun ("Maggi pan nahi ani X pan nahi", neither Maggi nor X;
     * "ek pan nathi", not even one), as Hindi "bhi" is.
     */
    private static boolean isAdditive(PhraseIndex.Match<Cue> m, long[] marks, BitSet commaAfter) {
        int i = m.start();
        return m.value() == Cue.CONTRAST && m.end() == i + 1 && i > 0 && i + 1 < marks.length
                && (marks[i] & PARTICLE_BIT) != 0 && (marks[i + 1] & NEGATIVE_AFTER_BITS) != 0
                && !commaAfter.get(i) && !commaAfter.get(i - 1);
    }

    /**
     * A one-word {@code contrast} that is also a {@code place_after} postposition and follows a shop word with no
     * comma between closes a place phrase, it starts no clause: Hindi "par" is "but" and "at" ("Gupta Kirana par
     * nahi milta", not at Gupta Kirana).
     */
    private static boolean isPostposition(PhraseIndex.Match<Cue> m, long[] marks, BitSet commaAfter) {
        int i = m.start();
        return m.value() == Cue.CONTRAST && m.end() == i + 1 && i > 0 && (marks[i] & PLACE_AFTER_BIT) != 0
                && (marks[i - 1] & SHOP_WORD_BIT) != 0 && !commaAfter.get(i - 1);
    }

    /**
     * A word that languages read differently (Ilocano "saan", not, and Tagalog "saan", where; Tagalog "wala", none,
     * and Pangasinan "wala", there is) is read in the post's language. Each word of the lexicons votes for the
     * languages it is a word of, a word of fewer languages more ({@value #VOTE} shared among them), so a word in a
     * script votes only for the languages written in it, and words for shops and products do not vote. The post's
     * languages are those within {@link #MARGIN} of the most voted. A contested word takes the readings of its
     * languages that are among them (their union); when none is, every reading together, as before (a post in a
     * third language, or with no other evidence). Its word cues replace the token's marks, and a one-word phrase
     * cue of a language left out is dropped. Runs only for posts with a contested word. {@code known} holds each
     * token's word of the lexicons (null for none), as {@link #cut} looked it up.
     */
    private static List<PhraseIndex.Match<Cue>> readInTheirLanguage(Word[] known, long[] marks,
                                                                   List<PhraseIndex.Match<Cue>> all) {
        int[] votes = new int[Math.min(64, LANGUAGES.size())];
        for (Word w : known) {
            if (w != null && w.languages() != 0) {
                int vote = VOTE / Long.bitCount(w.languages());
                for (long m = w.languages(); m != 0; m &= m - 1) {
                    votes[Long.numberOfTrailingZeros(m)] += vote;
                }
            }
        }
        int most = 0;
        for (int v : votes) {
            most = Math.max(most, v);
        }
        List<PhraseIndex.Match<Cue>> out = all;
        for (int i = 0; i < known.length; i++) {
            Word w = known[i];
            if (w == null || !w.contested()) {
                continue;
            }
            // the languages of the word that are among the post's languages (within MARGIN of the most voted)
            long top = 0;
            for (long m = w.listed(); m != 0; m &= m - 1) {
                int lang = Long.numberOfTrailingZeros(m);
                if (votes[lang] >= most - MARGIN) {
                    top |= 1L << lang;
                }
            }
            long reading = w.reading(top == 0 ? w.listed() : top);
            marks[i] = reading & WORD_CUES;
            for (int k = 0; k < out.size(); k++) {
                PhraseIndex.Match<Cue> m = out.get(k);
                if (m.start() == i && m.end() == i + 1 && (reading & 1L << m.value().ordinal()) == 0) {
                    if (out == all) {
                        out = new ArrayList<>(all);
                    }
                    out.remove(k--);
                }
            }
        }
        return out;
    }

    /** The votes of one word, shared among the languages it is a word of: 60 divides evenly among 1 to 6. */
    private static final int VOTE = 60;
    /**
     * How far below the most voted language a language may be and still count as the post's: a third of a word of
     * its own, so that a mixed post ("Taglish") has two languages and one shared word decides nothing.
     */
    private static final int MARGIN = VOTE / 3;

    /**
     * A phrase cue that is no predicate, inside a longer word cue of several words: one spelling may be a word of
     * one language and part of a longer phrase of another (Ilocano "no", if, in Chavacano "no hay", there is none);
     * the longer reading wins, as it does among phrase cues.
     */
    private static boolean insideLongerWordCue(PhraseIndex.Match<Cue> m, List<PhraseIndex.Match<Cue>> all) {
        if ((bits(m.value()) & PREDICATES) != 0) {
            return false;
        }
        for (PhraseIndex.Match<Cue> o : all) {
            if (o.value().word() && o.end() - o.start() > m.end() - m.start() && o.start() <= m.start() && o.end() >= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first clause break in {@code [from, to)}, or -1: a comma, the Urdu comma "،", or an "@" standing alone for
     * "at" ("OUT @ <shop>"; "@handle" is a name).
     */
    private static int clauseBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '@' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A full stop after a single Latin letter that follows a space ("P. Noval", "M.G. Road") ends an initial, not a
     * sentence.
     */
    private static boolean initial(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i) != '.' || i == 0 || s.charAt(i + 1) != ' ') {
            return false;
        }
        char letter = s.charAt(i - 1);
        boolean alone = i == 1 || !Character.isLetterOrDigit(s.charAt(i - 2));
        return alone && letter >= 'a' && letter <= 'z' && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2));
    }

    /**
     * True when the dot at {@code i} is part of a size or price, not a sentence's end: a decimal point between digits
     * ("2.25L out"), the dot of a unit abbreviated after a number ("2.25 lit. finished", "500 gm. packet"), or of "rs"
     * before a number ("Rs. 20 wala").
     */
    private static boolean insideASize(String s, int i) {
        if (i == 0 || i >= s.length() || s.charAt(i) != '.') {
            return false;
        }
        if (i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
            return true;
        }
        int start = i;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == i) {
            return false;
        }
        String word = s.substring(start, i);
        if (Price.isCurrencyWord(word)) {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            return j < s.length() && Character.isDigit(s.charAt(j));
        }
        int before = start;
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        return Quantity.isUnit(word) && before > 0 && Character.isDigit(s.charAt(before - 1));
    }

    /**
     * Reads the intent of a post about the brand of {@code hits}, given where the catalog matched, in five steps:
     * the kind of post (another meaning, a call to action, sarcasm, news, trade), the predicates and their
     * arguments, their scope (negation, condition, modality, question, another thing, comparison), what the post
     * says later (found, available, resolved since yesterday, old, advert), and the report's confidence.
     */
    public static Intent read(Tokens t, List<CatalogMatcher.Hit> hits) {
        return read(t, hits, OtherBrands.NONE);
    }

    /**
     * Reads the intent as {@link #read(Tokens, List)}, knowing the brands the catalog does not track
     * ({@link CatalogMatcher#others()}): an absence whose argument is one of them is about that brand.
     */
    public static Intent read(Tokens t, List<CatalogMatcher.Hit> hits, OtherBrands others) {
        return read(t, hits, others, () -> WordUse.Written.UNMARKED);
    }

    /**
     * Reads the intent as {@link #read(Tokens, List, OtherBrands)}, knowing how the brand's word is written in the
     * post's original text ({@link WordUse#written}): a brand word in lower case where the writer capitalises names
     * may be an ordinary word (session 16).
     */
    static Intent read(Tokens t, List<CatalogMatcher.Hit> hits, OtherBrands others,
                       Supplier<WordUse.Written> written) {
        Map<Cue, List<PhraseIndex.Match<Cue>>> by = byCue(t);
        BrandWords words = hits.isEmpty() ? BrandWords.NONE : brandWords(hits.get(0).brand());
        Intent genre = notAReportByKind(t, hits, by, words, written);
        if (genre != null) {
            return genre;
        }
        Scan scan = new Scan(t, hits, words, others);
        List<Predicate> absences = scan.absences(by);
        List<PhraseIndex.Match<Cue>> found = foundAndThanked(t, by, absences);
        found.removeIf(scan::foundOfAnother);
        Scope scope = scope(t, by, scan, absences);
        if (scope.kept().isEmpty()) {
            return scope.notAReport(t, by);
        }
        Predicate first = scope.first();
        Intent later = answeredLater(t, by, scan, scope, found, first);
        if (later != null) {
            return later;
        }
        Intent report = report(by, scope, found, first, t.tokens());
        if (!nearSpellingOnly(t, hits, words)) {
            String against = BrandEvidence.againstProductEvidence(t.tokens(), hits);
            return against == null ? report : new Intent(true, Math.min(report.confidence(), NEAR_SPELLING_CONFIDENCE),
                    report.reason() + "; " + against, report.absenceAt(), report.reading());
        }
        BrandEvidence.Judgement judged = BrandEvidence.SHIPPED.ofNearSpelling(t, hits, IntentReader::isLexiconWord);
        return switch (judged.verdict()) {
            case OTHER -> new Intent(false, 0.7, judged.why(), -1, report.reading());
            case SAME -> new Intent(true, report.confidence(), report.reason() + "; " + judged.why(),
                    report.absenceAt(), report.reading());
            case UNSURE -> nearSpelling(report);
        };
    }

    /** True when a word is a word of the intent lexicons (in any phrase of any language). */
    static boolean isLexiconWord(String word) {
        return WORDS.containsKey(word);
    }

    /**
     * Raw confidence of a report whose brand is only a near spelling: below every calibrated bin of a right report,
     * so the report goes to ops review, not to a crew.
     */
    static final double NEAR_SPELLING_CONFIDENCE = 0.3;

    /**
     * True when every hit of the brand is a near spelling ({@link CatalogMatcher.Hit#near}: "Krispo" or "Krisppa"
     * for a tracked "Krispa") and nothing else in the post is of the brand's products: no product (its own words, a
     * size, an SKU), no hashtag or handle, no word of its products' names ({@link #evidenceWords}). The brand's
     * {@code category_words} are no evidence: a look-alike brand sells the same kind of thing ("Krispo chips").
     */
    static boolean nearSpellingOnly(Tokens t, List<CatalogMatcher.Hit> hits, BrandWords words) {
        if (hits.isEmpty()) {
            return false;
        }
        for (CatalogMatcher.Hit h : hits) {
            if (!h.near() || h.product() != null || h.handle()) {
                return false;
            }
        }
        Set<String> own = evidenceWords(hits.get(0).brand());
        List<String> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (w.length() >= 3 && own.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static Intent nearSpelling(Intent report) {
        return new Intent(true, Math.min(report.confidence(), NEAR_SPELLING_CONFIDENCE),
                report.reason() + "; the brand only by a near spelling, nothing else of its products", report.absenceAt(),
                report.reading());
    }

    /** The phrase cues of a post by cue, in order. */
    private static Map<Cue, List<PhraseIndex.Match<Cue>>> byCue(Tokens t) {
        Map<Cue, List<PhraseIndex.Match<Cue>>> by = new EnumMap<>(Cue.class);
        for (PhraseIndex.Match<Cue> m : t.cues()) {
            by.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        return by;
    }

    /**
     * Step 1, the kind of post: another meaning of the brand's name (an other-sense word without product evidence),
     * a call to action, sarcasm, news or a shop's trade are never reports; null for any other post.
     */
    private static Intent notAReportByKind(Tokens t, List<CatalogMatcher.Hit> hits,
                                           Map<Cue, List<PhraseIndex.Match<Cue>>> by, BrandWords words,
                                           Supplier<WordUse.Written> written) {
        List<String> tokens = t.tokens();
        boolean strongProduct = false;
        for (CatalogMatcher.Hit h : hits) {
            strongProduct |= h.product() != null || h.handle();
        }
        boolean otherSense = by.containsKey(Cue.OTHER_SENSE);
        for (int i = 0; i < tokens.size(); i++) {
            strongProduct |= t.is(i, Cue.STRONG_PRODUCT) || words.category().contains(tokens.get(i));
            otherSense |= words.otherSenses().contains(tokens.get(i));
        }
        if (otherSense && !strongProduct) {
            return new Intent(false, 0.8, "another meaning of the brand's name", -1);
        }
        if (BrandEvidence.SHIPPED.everydaySense(t, hits)) {
            return new Intent(false, 0.75, "the everyday meaning of the brand's name: a possessive or genitive beside it",
                    -1);
        }
        if (BrandEvidence.SHIPPED.possessedByAnotherThing(t, hits)) {
            return new Intent(false, 0.75, "the everyday meaning of the brand's name: a thing of its own has it", -1);
        }
        String everyday = EverydaySenses.SHIPPED.everydayMeaning(t, hits);
        if (everyday == null) {
            everyday = EverydaySenses.wordOfAPhrase(t, hits);
        }
        if (everyday == null && !hits.isEmpty()) {
            everyday = WordUse.SHIPPED.ordinaryWord(t, hits, written, productNameWords(hits.get(0).brand()));
        }
        if (everyday != null) {
            return new Intent(false, 0.75, everyday, -1);
        }
        if (by.containsKey(Cue.CALL_TO_ACTION)) {
            return new Intent(false, 0.85, "a call to action or a reply, not a report", -1);
        }
        if (by.containsKey(Cue.SARCASM)) {
            return new Intent(false, 0.7, "sarcasm", -1);
        }
        if (by.containsKey(Cue.NEWS)) {
            return new Intent(false, 0.8, "news", -1);
        }
        if (by.containsKey(Cue.TRADE)) {
            return new Intent(false, 0.75, "a shop's business with the brand, not a report", -1);
        }
        return null;
    }

    /**
     * The phrases that say the product is there: every {@code found} phrase that no negative next to it denies
     * ("ajun nahi aala", "aala nahi", not come), and a request thanked for in its clause ("thanks for the restock"),
     * which is then no absence.
     */
    private static List<PhraseIndex.Match<Cue>> foundAndThanked(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by,
                                                               List<Predicate> absences) {
        List<PhraseIndex.Match<Cue>> found = new ArrayList<>(by.getOrDefault(Cue.FOUND, List.of()));
        found.removeIf(f -> negativeBefore(t, f.start()) >= 0 || negativeAfter(t, f.end(), t.clause()[f.start()]) >= 0
                || foundElsewhere(t, f, absences) || insideParticlePhrase(t, f));
        for (PhraseIndex.Match<Cue> r : by.getOrDefault(Cue.REQUEST, List.of())) {
            for (int j = Math.max(0, r.start() - 5); j < r.start(); j++) {
                if (t.is(j, Cue.THANKS) && t.clause()[j] == t.clause()[r.start()]) {
                    found.add(r);
                    absences.removeIf(p -> p.start == r.start() && p.cue == Cue.REQUEST);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A found phrase inside a longer particle phrase of the lexicons, which marks the word before it and every word
     * of it: the writer's own arrival, "ghar aa gaya" (came home), "ghari aalo", not the product's (session 13).
     */
    private static boolean insideParticlePhrase(Tokens t, PhraseIndex.Match<Cue> f) {
        if (f.start() == 0 || !t.is(f.start() - 1, Cue.PARTICLE)) {
            return false;
        }
        for (int i = f.start(); i < f.end(); i++) {
            if (!t.is(i, Cue.PARTICLE)) {
                return false;
            }
        }
        return true;
    }

    /** Unmarked words of a shop's name looked at before its shop word. */
    private static final int PLACE_WORDS = 3;

    /**
     * How many sentences the brand stays the topic of a post after the one that names it (session 14): a story
     * names the product, then the shop, then the lack ("X. <shop>, <locality>. Went twice. None."). Four covers
     * the long posts of long14-probe, none of which needed more.
     */
    private static final int TOPIC_SENTENCES = 4;

    /**
     * "Out at A, found it at B" (session 13): a found phrase in a later clause than the absence before it, whose
     * clause names a shop (a shop word and its own words before it) by a word that the rest of the absence's sentence
     * does not hold,
     * while the absence's sentence names a place too (or says "here"), found the product at another shop: it does
     * not answer the absence at the first ("Sahu Stores mein khatam, Narmada Provision mein mil gaya").
     */
    static boolean foundElsewhere(Tokens t, PhraseIndex.Match<Cue> f, List<Predicate> absences) {
        int before = -1;
        for (Predicate a : absences) {
            if (a.start < f.start() && a.start > before) {
                before = a.start;
            }
        }
        if (before < 0 || t.clause()[before] == t.clause()[f.start()]) {
            return false;
        }
        int sentence = t.sentence()[before];
        boolean placed = false;
        boolean area = false;
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.sentence()[i] != sentence) {
                continue;
            }
            placed |= t.is(i, Cue.PLACE_MARKER) || t.is(i, Cue.PLACE_AFTER) || t.is(i, Cue.SHOP_WORD)
                    || t.is(i, Cue.DEICTIC) && !hereIn(t, i);
            area |= t.is(i, Cue.AREA) && !namedShop(t, i) || t.is(i, Cue.DEICTIC) && hereIn(t, i);
        }
        // session 14: a lack over an area ("none of the shops near me", "wala nang X dito sa <town>") is answered by
        // finding it at a shop of that area; only a lack at one shop stands against a find at another
        if (!placed || area) {
            return false;
        }
        int clause = t.clause()[f.start()];
        List<String> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (t.clause()[i] != clause || !t.is(i, Cue.SHOP_WORD)) {
                continue;
            }
            // session 18: "another shop", "dusrya dukanat", "ibang tindahan": not the shop of the absence
            if (ShopNames.otherShop(t, i)) {
                return true;
            }
            // the shop's own words: the unmarked words right before its shop word ("Lucky" of "Lucky Kirana")
            for (int j = i - 1; j >= 0 && j >= i - PLACE_WORDS && t.clause()[j] == clause && t.marks()[j] == 0; j--) {
                if (tokens.get(j).length() >= 3 && !inSentenceOutside(t, sentence, clause, tokens.get(j))) {
                    return true;
                }
            }
            // session 18: or after a personal genitive ("Tindahan ni Aling Bebang")
            int owner = ShopNames.ownerNameAfter(t, i);
            for (int j = owner; j >= 0 && j < tokens.size() && j < owner + PLACE_WORDS && t.clause()[j] == clause
                    && t.marks()[j] == 0; j++) {
                if (tokens.get(j).length() >= 3 && !inSentenceOutside(t, sentence, clause, tokens.get(j))) {
                    return true;
                }
            }
        }
        return namedBeforePostposition(t, sentence, clause);
    }

    /** The fewest letters of a one-word place before a postposition: a surname ("Mittal"), not "baad" (later). */
    private static final int ONE_WORD_PLACE = 5;

    /**
     * Session 20: in the found clause, a place named by its own words before a postposition and no shop word ("Daily
     * Fresh mein mil gaya", "Varshney madhe milala"): the words no other clause of the absence's sentence holds name
     * another place than the shop of the lack, as the words before a shop word do above. At least two such words, or one
     * of five letters or more ({@code ONE_WORD_PLACE}: a surname, "Varshney mein"; not the adverb "baad mein", later);
     * none of them a number, a number word or shorter than three letters, so that a time before the postposition
     * ("teen din mein", "is hafte mein") is not read as a shop.
     */
    private static boolean namedBeforePostposition(Tokens t, int sentence, int clause) {
        List<String> tokens = t.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (t.clause()[i] != clause || !t.is(i, Cue.PLACE_AFTER) || t.is(i, Cue.SHOP_WORD)) {
                continue;
            }
            int own = 0;
            int longest = 0;
            for (int j = i - 1; j >= 0 && j >= i - PLACE_WORDS && t.clause()[j] == clause && t.marks()[j] == 0; j--) {
                if (isNumber(tokens.get(j)) || Quantity.isNumberWord(tokens.get(j)) || tokens.get(j).length() < 3
                        || inSentenceOutside(t, sentence, clause, tokens.get(j))) {
                    own = 0; // "teen din mein", a count of time; or a word of the lack's own clauses: the same shop
                    break;
                }
                own++;
                longest = Math.max(longest, tokens.get(j).length());
            }
            if (own >= 2 || own == 1 && longest >= ONE_WORD_PLACE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word at {@code i} is a shop word with a name of its own right before it ("Ravi Stores"): one shop, not
     * the shops of an area ("shops", "stores").
     */
    private static boolean namedShop(Tokens t, int i) {
        return t.is(i, Cue.SHOP_WORD) && i > 0 && t.clause()[i - 1] == t.clause()[i] && t.marks()[i - 1] == 0
                && t.tokens().get(i - 1).length() >= 3;
    }

    /**
     * The deictic word at {@code i} opens "here in <a place>" ("dito sa Tagaytay", "here in Pollachi"): a place
     * marker right after it and no shop word after that, so the place is an area, not a shop.
     */
    private static boolean hereIn(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.tokens().size() || t.clause()[k] != t.clause()[i] || !t.is(k, Cue.PLACE_MARKER)) {
            return false;
        }
        for (int j = k + 1; j < t.tokens().size() && j <= k + PLACE_WORDS && t.clause()[j] == t.clause()[i]; j++) {
            if (t.is(j, Cue.SHOP_WORD)) {
                return false;
            }
        }
        return true;
    }

    /** The word stands in the sentence {@code sentence} outside the clause {@code clause}. */
    private static boolean inSentenceOutside(Tokens t, int sentence, int clause, String word) {
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.sentence()[i] == sentence && t.clause()[i] != clause && t.tokens().get(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The absences left once their scope is read, and why the others were undone: the last one undone, and
     * whether any was negated, hypothetical, asked or about another thing.
     */
    private record Scope(List<Predicate> kept, Predicate undone, boolean negated, boolean hypothetical,
                         boolean asked, boolean other) {
        Predicate first() {
            Predicate first = kept.get(0);
            for (Predicate a : kept) {
                if (a.start < first.start) {
                    first = a;
                }
            }
            return first;
        }

        int lastAbsence() {
            int last = -1;
            for (Predicate a : kept) {
                last = Math.max(last, a.start);
            }
            return last;
        }

        boolean doubted() {
            return negated || hypothetical || asked;
        }

        Intent notAReport(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            String why = other ? "an absence of something else" : negated ? "negated absence"
                    : hypothetical ? "hypothetical" : asked ? "a question"
                    : by.containsKey(Cue.WHERE_TO_BUY) ? "asking where to buy" : "no absence of the brand";
            Reading reading = undone == null ? Reading.NONE : undone.reading(t.tokens());
            return new Intent(false, other || doubted() ? 0.7 : 0.85, why, -1, reading);
        }
    }

    /**
     * Step 3, scope: an absence is undone by a negator before it, a condition or an irrealis word, a yes/no
     * question, an argument that is another thing, a comparison with the brand, a negative quantifier over shops, or
     * (ellipsis) no brand in reach or the brand bought instead.
     */
    private static Scope scope(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by, Scan scan, List<Predicate> absences) {
        int n = t.tokens().size();
        boolean boughtBrand = scan.substituteIsBrand(by.get(Cue.SUBSTITUTE));
        boolean negatedSome = false;
        boolean hypothetical = false;
        boolean asked = false;
        boolean other = false;
        List<Predicate> kept = new ArrayList<>(absences.size());
        Predicate undone = null;
        List<PhraseIndex.Match<Cue>> denialsAfter = denialPhrases(by);
        boolean[] everyShop = new boolean[n == 0 ? 0 : t.clause()[n - 1] + 1];
        for (Predicate a : absences) {
            everyShop[t.clause()[a.start]] |= scan.everyShopHasIt(a);
        }
        for (Predicate a : absences) {
            if (negated(t, a)) {
                negatedSome = true;
                undone = a.why("negator");
                continue;
            }
            if (denied(t, by.get(Cue.DENIAL), a) || answeredNo(t, by.get(Cue.ANSWER_NO), a)
                    || scan.deniedAfter(a, denialsAfter) || insideADenial(a, denialsAfter)) {
                negatedSome = true;
                undone = a.why("denied");
                continue;
            }
            if (inClauseBefore(t, by.get(Cue.CONDITIONAL), a.start) || conditionalAfter(t, by.get(Cue.CONDITIONAL), a)) {
                hypothetical = true;
                undone = a.why("conditional");
                continue;
            }
            if (irrealisBefore(t, by.get(Cue.IRREALIS), a)) {
                hypothetical = true;
                undone = a.why("irrealis");
                continue;
            }
            if (futureForm(t, a)) {
                hypothetical = true;
                undone = a.why("future by the verb's ending");
                continue;
            }
            if (a.cue != Cue.REQUEST && questionParticle(t, a, scan)) {
                asked = true;
                undone = a.why("question particle");
                continue;
            }
            int sentence = t.sentence()[a.start];
            if (t.questionSentence()[sentence] && a.cue != Cue.REQUEST
                    && (startsWithQuestion(t, by.get(Cue.QUESTION_OPENER), sentence)
                        || encliticQuestion(t, by.get(Cue.QUESTION_OPENER), sentence))) {
                asked = true;
                undone = a.why("question");
                continue;
            }
            if (a.kind == ArgumentKind.OTHER) {
                other = true;
                undone = a.why("argument is another thing");
                continue;
            }
            if (a.cue != Cue.REQUEST && scan.comparedBrandInClause(a.start)) {
                other = true;
                undone = a.why("a comparison: nothing equals the brand");
                continue;
            }
            if (everyShop[t.clause()[a.start]]) {
                negatedSome = true;
                undone = a.why("no shop without it");
                continue;
            }
            if (a.kind == ArgumentKind.ELLIPSIS && (boughtBrand || !scan.topicIsBrand(a, by))) {
                other = other || boughtBrand;
                undone = a.why(boughtBrand ? "substitute: the brand was bought" : "no brand in reach");
                continue;
            }
            kept.add(a);
        }
        return new Scope(kept, undone, negatedSome, hypothetical, asked, other);
    }

    /**
     * Step 4, what the post says after its absences: found or back later, the brand available in a later clause,
     * missing yesterday and there now, an old problem, an advert; null when none of these.
     */
    private static Intent answeredLater(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by, Scan scan,
                                        Scope scope, List<PhraseIndex.Match<Cue>> found, Predicate first) {
        List<String> tokens = t.tokens();
        List<Predicate> kept = scope.kept();
        if (lastFound(found) > scope.lastAbsence()) {
            return new Intent(false, 0.8, "found or back in stock", -1, first.why("found later").reading(tokens));
        }
        if (hearsayContradicted(t, by, kept)) {
            return new Intent(false, 0.7, "others say it is out, the writer says it is there", -1,
                    first.why("hearsay contradicted").reading(tokens));
        }
        if (scan.laterAvailabilityOfBrand(kept, by)) {
            return new Intent(false, 0.75, "the brand is there", -1, first.why("available later").reading(tokens));
        }
        if (resolvedSinceYesterday(t, by, kept)) {
            return new Intent(false, 0.7, "missing yesterday, there now", -1, first.why("yesterday, now").reading(tokens));
        }
        if (old(t, by.get(Cue.OLD), kept, scan.pastThere(by), habitualPasts(t, kept))
                && !inSentenceOf(t, nowOfAbsence(t, by.get(Cue.NOW)), kept)) {
            return new Intent(false, 0.6, "an old problem", -1, first.why("old").reading(tokens));
        }
        if (by.getOrDefault(Cue.ADVERT, List.of()).size() >= 2) {
            return new Intent(false, 0.75, "an advert", -1, first.why("advert").reading(tokens));
        }
        return null;
    }

    private static int lastFound(List<PhraseIndex.Match<Cue>> found) {
        int last = -1;
        for (PhraseIndex.Match<Cue> f : found) {
            last = Math.max(last, f.start());
        }
        return last;
    }

    /**
     * Step 5, a report: confidence 0.9, less for an advert cue, a found phrase before, another absence undone, or an
     * argument left unsaid.
     */
    private static Intent report(Map<Cue, List<PhraseIndex.Match<Cue>>> by, Scope scope,
                                 List<PhraseIndex.Match<Cue>> found, Predicate first, List<String> tokens) {
        double confidence = 0.9;
        if (by.getOrDefault(Cue.ADVERT, List.of()).size() == 1) {
            confidence -= 0.15;
        }
        if (lastFound(found) >= 0) {
            confidence -= 0.1;
        }
        if (scope.doubted()) {
            confidence -= 0.1;
        }
        if (first.kind == ArgumentKind.ELLIPSIS) {
            confidence -= 0.05;
        }
        return new Intent(true, confidence, "absence of the brand", first.start, first.why("").reading(tokens));
    }

    private static BrandWords brandWords(Catalog.Brand brand) {
        if (brand.categoryWords().isEmpty() && brand.otherSenses().isEmpty()) {
            return BrandWords.NONE;
        }
        return BRAND_WORDS.computeIfAbsent(brand, b -> new BrandWords(tokensOf(b.categoryWords()), tokensOf(b.otherSenses())));
    }

    /** The words of a brand's own name and aliases ("rivanta", "रिवांटा"), built once per brand. */
    private static Set<String> brandNameWords(Catalog.Brand brand) {
        return BRAND_NAME_WORDS.computeIfAbsent(brand, b -> {
            List<String> own = new ArrayList<>(b.aliases());
            own.add(b.name());
            return tokensOf(own);
        });
    }

    static Set<String> productNameWords(Catalog.Brand brand) {
        return PRODUCT_NAME_WORDS.computeIfAbsent(brand, b -> {
            List<String> names = new ArrayList<>();
            for (Catalog.Product p : b.products()) {
                names.add(p.name());
                names.addAll(p.aliases());
            }
            return tokensOf(names);
        });
    }

    /**
     * Per brand, the words of its products' names and aliases that only its products carry: not the brand's own
     * names, its {@code category_words}, a number, a unit or a word of the lexicons ("peri", "cheese", "lemon"; not
     * "chips", "250", "ml", "can").
     */
    private static Set<String> evidenceWords(Catalog.Brand brand) {
        return EVIDENCE_WORDS.computeIfAbsent(brand, b -> {
            Set<String> out = new HashSet<>(productNameWords(b));
            List<String> own = new ArrayList<>(b.aliases());
            own.add(b.name());
            out.removeAll(tokensOf(own));
            out.removeAll(brandWords(b).category());
            out.removeIf(w -> w.length() < 3 || WORDS.containsKey(w) || Quantity.isUnit(w)
                    || !Character.isLetter(w.charAt(0)));
            return Set.copyOf(out);
        });
    }

    private static Set<String> tokensOf(List<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            out.addAll(CatalogMatcher.canonical(Text.tokens(p)));
            out.addAll(Text.tokens(p));
        }
        return Set.copyOf(out);
    }

    /** An absence or request predicate, tokens {@code [start, end)}, with its argument. */
    private static final class Predicate {
        final int start;
        final int end;
        final Cue cue;
        final ArgumentKind kind;
        final int argument;
        String cues = "";

        Predicate(int start, int end, Cue cue, ArgumentKind kind, int argument) {
            this.start = start;
            this.end = end;
            this.cue = cue;
            this.kind = kind;
            this.argument = argument;
        }

        Predicate why(String why) {
            cues = why;
            return this;
        }

        Reading reading(List<String> tokens) {
            String arg = argument < 0 ? "" : tokens.get(argument);
            return new Reading(String.join(" ", tokens.subList(start, end)), arg, kind,
                    cue.fileName() + (cues.isEmpty() ? "" : "; " + cues));
        }
    }

    /** The grammar over one post: predicates and their arguments. */
    private static final class Scan {
        final Tokens t;
        final List<String> tokens;
        final List<CatalogMatcher.Hit> hits;
        final BrandWords words;
        /** For each token, 1 + the index of the brand hit covering it, else 0. */
        final int[] product;
        /** The post places the brand's name among things sold: a product, handle, product or shop word. */
        final boolean productEvidence;

        /** Brands the catalog does not track: a word of one of their names is another thing. */
        final OtherBrands others;

        Scan(Tokens t, List<CatalogMatcher.Hit> hits, BrandWords words, OtherBrands others) {
            this.t = t;
            this.others = others;
            this.tokens = t.tokens();
            this.hits = hits;
            this.words = words;
            this.product = new int[tokens.size()];
            for (int k = 0; k < hits.size(); k++) {
                CatalogMatcher.Hit h = hits.get(k);
                for (int i = h.start(); i < h.end() && i < product.length; i++) {
                    product[i] = k + 1;
                }
            }
            boolean evidence = false;
            for (CatalogMatcher.Hit h : hits) {
                evidence |= h.product() != null || h.handle();
            }
            for (int i = 0; i < tokens.size() && !evidence; i++) {
                evidence = (t.marks()[i] & (PRODUCT_WORDS | bits(Cue.SHOP_WORD))) != 0
                        || words.category().contains(tokens.get(i));
            }
            this.productEvidence = evidence;
        }

        boolean productWord(int i) {
            return (t.marks()[i] & PRODUCT_WORDS) != 0 && !t.is(i, Cue.SHOP_WORD)
                    || words.category().contains(tokens.get(i));
        }

        boolean skipped(int i) {
            return (t.marks()[i] & SKIPPED) != 0 || isNumber(tokens.get(i));
        }

        /** The token at {@code i} is a word of the name of a brand the catalog does not track, and no lexicon word. */
        boolean otherBrand(int i) {
            return others != OtherBrands.NONE && product[i] == 0 && t.marks()[i] == 0
                    && others.covers(tokens, i, false);
        }

        /**
         * The word at {@code at} ends the name of another brand, or a product of it, up to {@link #OTHER_PRODUCT_WORDS}
         * words the lexicons lack or that name products in general after the name ("Kurkure masala munch", "Oishi
         * Prawn Crackers", "Haldiram bhujia").
         */
        boolean otherBrandPhrase(int at) {
            int clause = t.clause()[at];
            for (int k = at; k >= 0 && k >= at - OTHER_PRODUCT_WORDS && t.clause()[k] == clause; k--) {
                if (otherBrand(k)) {
                    return true;
                }
                if (product[k] != 0 || t.marks()[k] != 0 && !productWord(k)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The tracked product words at {@code i} follow another brand's name in the clause, with no name of the
         * tracked brand among them: that brand's product ("Haldiram moong dal", "Bikaji bhujia" when a tracked brand
         * sells a moong dal or a bhujia too).
         */
        boolean othersProduct(int i) {
            CatalogMatcher.Hit h = hits.get(product[i] - 1);
            int before = h.start() - 1;
            return before >= 0 && t.clause()[before] == t.clause()[h.start()] && otherBrand(before)
                    && !namesTheBrand(h);
        }

        private boolean namesTheBrand(CatalogMatcher.Hit h) {
            if (h.near()) {
                return true;
            }
            Set<String> names = brandNameWords(h.brand());
            for (int k = h.start(); k < h.end(); k++) {
                if (names.contains(tokens.get(k))) {
                    return true;
                }
            }
            return false;
        }

        /** The argument {@link #found} last is another brand's name or product (see {@link #otherBrandPhrase}). */
        boolean foundOtherBrand;

        /**
         * The argument on the right of a predicate ending before {@code from}: the first token that is not a small
         * word. A coordination ("X and <brand>") reaches the brand; a place phrase ("at", "sa") ends the search.
         * Gives the kind and sets {@link #found} to the token.
         */
        ArgumentKind right(int from, boolean strict) {
            found = -1;
            foundOtherBrand = false;
            int clause = from > 0 ? t.clause()[from - 1] : 0;
            int other = -1;
            boolean otherIsBrand = false;
            int generic = -1;
            int n = tokens.size();
            for (int j = from; j < n && j < from + ARGUMENT_WINDOW && t.clause()[j] == clause; j++) {
                if (product[j] != 0 && otherIsBrand && othersProduct(j)) {
                    continue; // "walang Piattos cheese": that brand's own flavour, though a tracked product shares it
                }
                if (product[j] != 0) {
                    found = j;
                    return ArgumentKind.BRAND;
                }
                if (t.is(j, Cue.CONJUNCTION) && (other >= 0 || generic >= 0)) {
                    continue; // "no Pepsi and <brand>", "walang Chakra at <brand>": the coordination reaches the brand
                }
                if (other >= 0 && productWord(j)) {
                    if (otherIsBrand) {
                        continue; // "no Lays chips": the other brand's product
                    }
                    generic = j; // "a single pack", "my favourite flavour": a word before the product's
                    other = -1;
                    continue;
                }
                if (j == from && t.is(j, Cue.PLACE_MARKER)) {
                    int subject = subjectAfterPlace(j);
                    if (subject > 0) {
                        j = subject; // "Wala sa <shop> ang X": the subject after the place phrase
                        continue;
                    }
                }
                if (other >= 0 || t.is(j, Cue.PLACE_MARKER) || t.is(j, Cue.PLACE_AFTER) || t.is(j, Cue.SHOP_WORD)) {
                    break;
                }
                if (skipped(j)) {
                    continue;
                }
                if (t.is(j, Cue.PRONOUN)) {
                    found = j;
                    return ArgumentKind.PRONOUN;
                }
                if (generic < 0 && quality(j)) {
                    found = j; // "X has no flavour now": a quality of the product, though a product word too
                    return ArgumentKind.OTHER;
                }
                if (productWord(j)) {
                    generic = generic < 0 ? j : generic;
                    continue;
                }
                if (generic < 0 && otherBrand(j)) {
                    other = j; // "ubos na ang Piattos": a brand the catalog does not track is surely a noun
                    otherIsBrand = true;
                    continue;
                }
                if (strict && generic < 0 && t.is(j, Cue.ABSENCE)) {
                    // "never had trouble finding it": the object is another absence; two negatives say it is there
                    found = j;
                    return ArgumentKind.OTHER;
                }
                if ((t.marks()[j] & QUALIFIERS) != 0 || !strict || generic >= 0) {
                    break;
                }
                other = j;
            }
            found = generic >= 0 ? generic : other;
            foundOtherBrand = generic < 0 && otherIsBrand;
            return generic >= 0 ? ArgumentKind.ELLIPSIS : other >= 0 ? ArgumentKind.OTHER : ArgumentKind.NONE;
        }

        int found = -1;

        /**
         * The argument on the left of a predicate starting at {@code from} (SOV order, "X nahi mila", "X out of
         * stock"): the nearest token before it that is not a small word, stepping over a place phrase ("Gupta
         * Stores mein", "at Gupta Stores"). A word next to the predicate that is neither the brand nor a place is
         * another thing.
         */
        ArgumentKind left(int from) {
            found = -1;
            foundOtherBrand = false;
            if (from == 0) {
                return ArgumentKind.NONE;
            }
            int clause = t.clause()[from];
            int other = -1;
            int generic = -1;
            int pronoun = -1;
            boolean place = false;
            boolean collective = false;
            for (int i = from - 1; i >= 0 && i >= from - ARGUMENT_WINDOW && t.clause()[i] == clause; i--) {
                if (product[i] != 0 && collective && !place) {
                    found = i; // "X ane Y banne khatam", "X Y rendum illa": the brand is one of the nouns gathered
                    return ArgumentKind.BRAND;
                }
                if (product[i] != 0) {
                    if (other >= 0 && quality(other)) {
                        found = other; // "X mein ab koi swaad nahi", "X la taste illa": a quality of X is what lacks
                        return ArgumentKind.OTHER;
                    }
                    if (othersProduct(i)) {
                        found = i; // "Bikaji bhujia kedaikala": the product words after another brand's name are its own
                        foundOtherBrand = true;
                        return ArgumentKind.OTHER;
                    }
                    if (other >= 0 && subject(other, from)) {
                        found = other; // "took a Zintara since Fizzora was out": the nearer subject is the argument
                        return ArgumentKind.OTHER;
                    }
                    int nearer = other >= 0 ? other : generic;
                    if (nearer >= 0 && otherBrandPhrase(nearer) && !joined(i, nearer)) {
                        found = nearer; // "Zintara le liya, Kurkure nahi mila": the nearer name is another brand's
                        foundOtherBrand = true;
                        return ArgumentKind.OTHER;
                    }
                    found = i;
                    return ArgumentKind.BRAND;
                }
                if (t.is(i, Cue.PLACE_AFTER) || t.is(i, Cue.SHOP_WORD)) {
                    place = true; // "<shop> mein", "<name> stores": what comes before is the place
                    continue;
                }
                if (t.is(i, Cue.PLACE_MARKER)) {
                    if (!place) {
                        other = -1; // "at <shop> out of stock": the words seen were the place
                    }
                    place = true;
                    continue;
                }
                if (skipped(i) || t.is(i, Cue.CONJUNCTION) || (t.marks()[i] & QUALIFIERS) != 0 || place) {
                    continue;
                }
                if (t.is(i, Cue.COLLECTIVE) && other < 0 && generic < 0 && pronoun < 0 && allSkipped(i + 1, from)) {
                    collective = true; // "both", "dono" right before the predicate: the nouns before it are its argument
                    continue;
                }
                if (t.is(i, Cue.PRONOUN)) {
                    pronoun = pronoun < 0 && other < 0 ? i : pronoun;
                    continue;
                }
                if (productWord(i) || ownProductWordAfterName(i)) {
                    generic = generic < 0 && other < 0 ? i : generic;
                    continue;
                }
                if (other < 0 && pronoun < 0 && generic < 0 && allSkipped(i + 1, from)) {
                    other = i;
                }
            }
            if (pronoun >= 0) {
                found = pronoun;
                return ArgumentKind.PRONOUN;
            }
            if (generic >= 0) {
                found = generic;
                foundOtherBrand = otherBrandPhrase(generic); // "Lays chips nahi mila": that brand's chips
                return foundOtherBrand ? ArgumentKind.OTHER : ArgumentKind.ELLIPSIS;
            }
            found = other;
            foundOtherBrand = other >= 0 && otherBrandPhrase(other);
            return other >= 0 ? ArgumentKind.OTHER : ArgumentKind.NONE;
        }

        /**
         * The token at {@code i} names a quality of a product (taste, price, deal; see {@link Cue#ATTRIBUTE}) and is no
         * word of a product name of the brands the post names ("Mango Fizz" is a product, "no fizz" a complaint).
         */
        private boolean quality(int i) {
            if (!t.is(i, Cue.ATTRIBUTE)) {
                return false;
            }
            for (CatalogMatcher.Hit h : hits) {
                if (productNameWords(h.brand()).contains(tokens.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The word at {@code i} is a word of the product names of the brand named right before it ("Quinzo chicken"
         * of "Quinzo Chicken Noodles"): it belongs to the brand's noun phrase, it is no other subject (session 16:
         * "Quinzo chicken was out" is about Quinzo, as "Quinzo was out" is).
         */
        private boolean ownProductWordAfterName(int i) {
            return i > 0 && product[i] == 0 && product[i - 1] != 0 && t.clause()[i - 1] == t.clause()[i]
                    && productNameWords(hits.get(product[i - 1] - 1).brand()).contains(tokens.get(i));
        }

        /**
         * A found phrase whose own argument is another brand the catalog does not track, in a clause that names no
         * tracked brand, says that brand was found: it answers no absence of ours (session 16: "X nahi mili, Red
         * Label mil gayi", "no X, found Lipton"). The argument is read in both word orders, as an absence's is.
         */
        boolean foundOfAnother(PhraseIndex.Match<Cue> f) {
            if (brandInClause(f.start())) {
                return false;
            }
            if (left(f.start()) == ArgumentKind.OTHER && foundOtherBrand) {
                return true;
            }
            return right(f.end(), true) == ArgumentKind.OTHER && foundOtherBrand;
        }

        /**
         * VSO order (Tagalog, Cebuano): the subject follows a place phrase that stands right after the predicate,
         * marked by a small word ("Wala sa <shop> ang X", not at the shop is X). Gives the index of that small word,
         * or -1 when the place phrase is not followed by one.
         */
        private int subjectAfterPlace(int marker) {
            int clause = t.clause()[marker];
            for (int k = marker + 1; k < tokens.size() && k <= marker + PLACE_WORDS + 2 && t.clause()[k] == clause; k++) {
                if ((t.marks()[k] & SUBJECT_MARKERS) != 0 && k > marker + 1 && !t.is(k, Cue.PLACE_MARKER)) {
                    return k;
                }
                if (t.marks()[k] != 0 && !t.is(k, Cue.SHOP_WORD) || product[k] != 0) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * The negator at {@code i} negates a place phrase that names a shop ("X was not at <shop>", "not at <shop> but
         * <other shop> has it"): a negated locative, an absence of the subject at that shop (session 16). Not "not
         * at all": the place phrase must hold a shop word within {@link #PLACE_WORDS} words of the place marker.
         */
        private boolean negatedLocative(int i) {
            int n = tokens.size();
            if (!t.is(i, Cue.NEGATOR) || t.is(i, Cue.ABSENCE) || i + 1 >= n || !t.is(i + 1, Cue.PLACE_MARKER)
                    || t.clause()[i + 1] != t.clause()[i]) {
                return false;
            }
            for (int k = i + 2; k < n && k <= i + 2 + PLACE_WORDS && t.clause()[k] == t.clause()[i]; k++) {
                if (t.is(k, Cue.SHOP_WORD)) {
                    return true;
                }
                if (t.marks()[k] != 0 || product[k] != 0) {
                    return false;
                }
            }
            return false;
        }

        /** A conjunction stands between the tokens {@code from} and {@code to}: "Zintara aur Kurkure", coordinated. */
        private boolean joined(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (t.is(k, Cue.CONJUNCTION)) {
                    return true;
                }
            }
            return false;
        }

        private boolean allSkipped(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!skipped(i) && (t.marks()[i] & QUALIFIERS) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** A pronoun refers to the brand when the brand is named before it. */
        ArgumentKind resolve(ArgumentKind kind, int at) {
            if (kind != ArgumentKind.PRONOUN) {
                return kind;
            }
            for (CatalogMatcher.Hit h : hits) {
                if (h.start() < at) {
                    return ArgumentKind.PRONOUN;
                }
            }
            return ArgumentKind.ELLIPSIS;
        }

        /** Every absence and request predicate of the post with its argument. */
        List<Predicate> absences(Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            List<Predicate> out = new ArrayList<>();
            int n = tokens.size();
            // phrases: "can't find", "out of stock", "nahi mil raha", "wala na", "please restock"
            for (Cue cue : new Cue[] {Cue.ABSENCE, Cue.REQUEST}) {
                for (PhraseIndex.Match<Cue> m : by.getOrDefault(cue, List.of())) {
                    if (notAbsence(m.start()) || negatesTheStateBefore(m.start(), m.end()) || t.is(m.start(), Cue.PRAISE)) {
                        continue;
                    }
                    out.add(argumentOf(m.start(), m.end(), cue, objectTaking(m.start(), m.end())));
                }
            }
            // a negated availability is an absence: "isn't available", "never in stock", "not there"
            for (PhraseIndex.Match<Cue> m : by.getOrDefault(Cue.AVAILABLE, List.of())) {
                int k = m.start() - 1;
                while (k >= 0 && t.clause()[k] == t.clause()[m.start()] && t.is(k, Cue.COPULA) && !t.is(k, Cue.NEGATOR)) {
                    k--;
                }
                if (k >= 0 && k >= m.start() - 2 && t.clause()[k] == t.clause()[m.start()] && t.is(k, Cue.NEGATOR)
                        && !t.is(m.start(), Cue.PRAISE)) {
                    out.add(argumentOf(k, m.end(), Cue.ABSENCE, false));
                }
            }
            // a negated arrival or finding is an absence: "ajun nahi aala" (not come yet), "hale vi ni aaya"; not
            // when an absence follows in its clause, which the finding takes as its complement ("never found it
            // out of stock")
            for (PhraseIndex.Match<Cue> m : by.getOrDefault(Cue.FOUND, List.of())) {
                int k = negativeBefore(t, m.start());
                if (k >= 0 && !absenceAfterIn(m.end(), by)) {
                    out.add(argumentOf(k, m.end(), Cue.ABSENCE, false));
                }
            }
            // a negated locative: "X was not at <shop>", "not at <shop> but <other shop> has it" (session 16)
            for (int i = 0; i + 1 < n; i++) {
                if (negatedLocative(i)) {
                    out.add(argumentOf(i, i + 1, Cue.ABSENCE, false));
                }
            }
            // words that say "none of" right before the product: "no X", "walang X", "walay X", "can't find X"
            for (int i = 0; i < n; i++) {
                if (!t.is(i, Cue.ABSENCE_BEFORE) || i + 1 < n && t.is(i + 1, Cue.ABSENCE_BEFORE)
                        || i > 0 && t.is(i - 1, Cue.DETERMINER) && !t.is(i - 1, Cue.ABSENCE_BEFORE)
                        || t.is(i, Cue.ABSENCE) || t.is(i, Cue.REQUEST)
                        || t.is(i, Cue.OWN_ABSENCE) || t.is(i, Cue.PRAISE)) {
                    continue;
                }
                int start = i;
                while (start > 0 && t.is(start - 1, Cue.ABSENCE_BEFORE) && !t.is(start - 1, Cue.DETERMINER)) {
                    start--;
                }
                ArgumentKind kind = resolve(right(i + 1, true), found);
                int at = found;
                if (kind == ArgumentKind.BRAND && modifiesAnotherNoun(at)) {
                    kind = ArgumentKind.OTHER;
                    at = found;
                }
                if (kind == ArgumentKind.BRAND || kind == ArgumentKind.OTHER) {
                    out.add(new Predicate(start, i + 1, Cue.ABSENCE_BEFORE, kind, at));
                }
            }
            // words that say "not there" after the product (SOV): "X nahi", "X illa", "X ledu"
            for (int j = 1; j < n; j++) {
                // "khatam nahi" negates the absence before it (see negated): it is no absence of its own
                // nor is a negative inside an availability that lists the negated state ("खत्म नहीं हुआ", not run out)
                if (!t.is(j, Cue.ABSENCE_AFTER) || t.is(j - 1, Cue.NOT_ABSENCE_BEFORE) || t.is(j, Cue.ABSENCE)
                        || t.is(j, Cue.OWN_ABSENCE) || t.is(j, Cue.PRAISE) || t.is(j, Cue.AVAILABLE) && t.is(j - 1, Cue.AVAILABLE)
                        || afterAGoneState(j)) {
                    continue;
                }
                ArgumentKind kind = resolve(left(j), found);
                if (kind == ArgumentKind.BRAND || kind == ArgumentKind.PRONOUN) {
                    out.add(new Predicate(j, j + 1, Cue.ABSENCE_AFTER, kind, found));
                } else if (kind == ArgumentKind.NONE && nowInClause(j)) {
                    // "aadhi X milaycha, aata nahi", "ab nahi": not now, the topic left unsaid (see topicIsBrand)
                    out.add(new Predicate(j, j + 1, Cue.ABSENCE_AFTER, ArgumentKind.ELLIPSIS, -1));
                }
            }
            // a word that ends the product's clause: "X out", "X gone", "X khatam", "X OUT at <shop>"
            for (int j = 1; j < n; j++) {
                if (!t.is(j, Cue.ABSENCE_CLAUSE_END) || !endsClause(j) || t.is(j, Cue.OWN_ABSENCE)
                        || t.is(j, Cue.PRAISE)) {
                    continue;
                }
                ArgumentKind kind = resolve(left(j), found);
                if (kind == ArgumentKind.BRAND || kind == ArgumentKind.PRONOUN) {
                    out.add(new Predicate(j, j + 1, Cue.ABSENCE_CLAUSE_END, kind, found));
                } else if (t.is(j - 1, Cue.COPULA) && shopWordInClause(j)) {
                    // "every shop near me is out": the shops are out of the topic
                    out.add(new Predicate(j, j + 1, Cue.ABSENCE_CLAUSE_END, ArgumentKind.ELLIPSIS, -1));
                }
            }
            out.replaceAll(this::modifierBeforeItsNoun);
            out.sort((a, b) -> Integer.compare(a.start, b.start));
            return out;
        }

        /**
         * SOV order for a brand the catalog knows another meaning of ({@code other_senses}), in a post with no
         * evidence of a product: the brand's name, then a word the lexicons lack, then the absence. The name
         * modifies that word, which is the thing missing ("Kolvo ka mausam nahi", "Kolvo retreat slots illa"). Left
         * to brands with another meaning, since elsewhere the word before the negative is as often a verb the
         * lexicons lack ("Zintara milali nahi").
         */
        private Predicate modifierBeforeItsNoun(Predicate p) {
            if (p.kind != ArgumentKind.BRAND || productEvidence || words.otherSenses().isEmpty()
                    || p.argument < 0 || p.argument >= p.start || product[p.argument] == 0) {
                return p;
            }
            int clause = t.clause()[p.start];
            for (int k = hits.get(product[p.argument] - 1).end(); k < p.start && t.clause()[k] == clause; k++) {
                if (t.marks()[k] == 0 && product[k] == 0 && !isNumber(tokens.get(k))
                        && !productNameWords(hits.get(0).brand()).contains(tokens.get(k))) {
                    return new Predicate(p.start, p.end, p.cue, ArgumentKind.OTHER, k);
                }
            }
            return p;
        }

        /** An absence phrase that takes its argument on the right: it ends with an absence_before word. */
        private boolean objectTaking(int start, int end) {
            return t.is(end - 1, Cue.ABSENCE_BEFORE);
        }

        /**
         * "khatam nahi hai": a negative right after a word of a gone state (an {@code absence_clause_end} word)
         * negates it (see negated); "कुठेच नाही" (nowhere) is no such state.
         */
        private boolean negatesTheStateBefore(int start, int end) {
            if (start == 0 || !t.is(start, Cue.ABSENCE_AFTER)) {
                return false;
            }
            int k = start - 1;
            // a negative word of its own may follow copulas: "shesh hoa nai"; "khatam hai, nahi mila" may not
            while (end == start + 1 && k > 0 && k >= start - AUXILIARIES && t.is(k, Cue.COPULA)
                    && !t.is(k, Cue.ABSENCE_CLAUSE_END) && t.clause()[k] == t.clause()[start]) {
                k--;
            }
            return t.is(k, Cue.ABSENCE_CLAUSE_END) && !t.is(k, Cue.ABSENCE_AFTER) && t.clause()[k] == t.clause()[start];
        }

        private boolean nowInClause(int j) {
            for (PhraseIndex.Match<Cue> m : t.cues()) {
                if (m.value() == Cue.NOW && t.clause()[m.start()] == t.clause()[j]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The negative at {@code j} follows an absence phrase, copulas between ("khatam nahi", "shesh hoa nai"):
         * it negates that state (see negated) and is no absence of its own.
         */
        private boolean afterAGoneState(int j) {
            int k = j - 1;
            while (k > 0 && k >= j - AUXILIARIES && t.clause()[k] == t.clause()[j] && t.is(k, Cue.COPULA)
                    && !t.is(k, Cue.ABSENCE)) {
                k--;
            }
            return t.clause()[k] == t.clause()[j] && t.is(k, Cue.ABSENCE) && !t.is(k, Cue.ABSENCE_AFTER);
        }

        private boolean notAbsence(int start) {
            return start > 0 && t.is(start, Cue.ABSENCE_AFTER) && t.is(start - 1, Cue.NOT_ABSENCE_BEFORE);
        }

        private Predicate argumentOf(int start, int end, Cue cue, boolean objectTaking) {
            ArgumentKind r = resolve(right(end, objectTaking), found);
            int rAt = found;
            if (r == ArgumentKind.BRAND && objectTaking && modifiesAnotherNoun(rAt)) {
                r = ArgumentKind.OTHER; // "no sahaj feeling": the brand's name is a word before another noun
                rAt = found;
            }
            if (r == ArgumentKind.BRAND) {
                return new Predicate(start, end, cue, r, rAt);
            }
            if (r == ArgumentKind.OTHER && quality(rAt)) {
                // "X has no taste now", "no discount on X": the object is a quality of the brand, not the brand
                return new Predicate(start, end, cue, r, rAt);
            }
            boolean rOtherBrand = foundOtherBrand;
            ArgumentKind l = resolve(left(start), found);
            int lAt = found;
            if (l == ArgumentKind.BRAND) {
                return new Predicate(start, end, cue, l, lAt);
            }
            if (l == ArgumentKind.OTHER && quality(lAt)) {
                return new Predicate(start, end, cue, l, lAt); // "X mein koi swaad nahi": the quality lacks (see left)
            }
            if (l == ArgumentKind.OTHER && r != ArgumentKind.PRONOUN && foundOtherBrand) {
                // "Kurkure nahi mila, Zintara le liya", "Piattos ubos na": a brand the catalog does not track
                return new Predicate(start, end, cue, l, lAt);
            }
            if (r == ArgumentKind.OTHER && rOtherBrand) {
                return new Predicate(start, end, cue, r, rAt);
            }
            if (l == ArgumentKind.OTHER && r != ArgumentKind.PRONOUN && subject(lAt, start) && !brandInClause(start)) {
                // "Fizzora was empty, ...", "Fizzora illa, ...": the clause's subject is another thing
                return new Predicate(start, end, cue, l, lAt);
            }
            if (l == ArgumentKind.OTHER && r != ArgumentKind.PRONOUN && openingName(lAt, start)
                    && brandSaidOtherwise(start)) {
                // "Nimrath shesh kintu X onek ache", "Pramza ran out, X is better anyway": the name that opens the
                // absence's clause is what it lacks, the brand is said something else of in its own clause
                return new Predicate(start, end, cue, l, lAt);
            }
            if (l == ArgumentKind.ELLIPSIS && r != ArgumentKind.PRONOUN && anotherMakersGoods(lAt, start)
                    && brandSaidOtherwise(start)) {
                // "Ruskell noodles khatam, X bhi chalega": a name the lexicons lack before the goods' word is another
                // maker's goods, the brand is said something else of in its own clause
                return new Predicate(start, end, cue, ArgumentKind.OTHER, lAt - 1);
            }
            if (r == ArgumentKind.PRONOUN || l == ArgumentKind.PRONOUN) {
                return new Predicate(start, end, cue, ArgumentKind.PRONOUN, r == ArgumentKind.PRONOUN ? rAt : lAt);
            }
            if (r == ArgumentKind.OTHER) {
                return new Predicate(start, end, cue, r, rAt);
            }
            // a word before a predicate that is not the brand may be a place or a verb ("Paud Road: empty", "said
            // 'kal aana'"): it is not taken as another thing; the topic decides
            return new Predicate(start, end, cue, ArgumentKind.ELLIPSIS, r == ArgumentKind.ELLIPSIS ? rAt : l == ArgumentKind.ELLIPSIS ? lAt : -1);
        }

        /**
         * The word at {@code at} is the subject of the predicate starting at {@code predicate}: a copula stands
         * between them ("Fizzora was empty", "Fizzora is out of stock").
         */
        private boolean subject(int at, int predicate) {
            if (t.marks()[at] != 0) {
                return false; // a word of the lexicons ("but", "kal") is no noun of another thing
            }
            boolean copula = false;
            for (int i = at + 1; i < predicate; i++) {
                if (!t.is(i, Cue.COPULA) && !t.is(i, Cue.PARTICLE) && !t.is(i, Cue.ABSENCE)) {
                    return false; // the words of an absence phrase around the predicate's word belong to it
                }
                copula |= t.is(i, Cue.COPULA);
            }
            // a predicate right after a word is no sure subject: "Paud Road Kothrud: empty" names the place, "do
            // hafte se nahi hai" says since when
            return copula;
        }

        /**
         * Session 17: the word at {@code at}, right before the predicate at {@code predicate}, ends a name of up to
         * {@link #OPENING_NAME_WORDS} words the lexicons lack that opens its clause (only small words, a conjunction
         * or a clause marker before it): the subject of an SOV or SVO absence, "Nimrath shesh", "Pramza ran out".
         * Session 19: a place phrase or a time word may stand before the name ({@link #endsAPlace}): in SOV
         * order the noun right before the negative is its argument wherever the clause begins ("<shop> mein Quenzo
         * nahi tha", "Kal se <shop> pe Zorkel nahi aa raha").
         */
        private boolean openingName(int at, int predicate) {
            int clause = t.clause()[at];
            int k = at - 1;
            int words = 1;
            while (k >= 0 && t.clause()[k] == clause && t.marks()[k] == 0 && product[k] == 0
                    && !isNumber(tokens.get(k)) && words < OPENING_NAME_WORDS) {
                k--;
                words++;
            }
            for (; k >= 0 && t.clause()[k] == clause; k--) {
                if (endsAPlace(k)) {
                    break; // what stands before a postposition or a shop word is the place's name
                }
                if (!skipped(k) && !t.is(k, Cue.CONJUNCTION) && !t.is(k, Cue.CONTRAST) && !t.is(k, Cue.CLAUSE_LINK)
                        && (t.marks()[k] & TIME) == 0) {
                    return false;
                }
            }
            for (int i = at + 1; i < predicate; i++) {
                if (!skipped(i)) {
                    return false;
                }
            }
            // a name, not a word of the grammar the lexicons lack: a postposition or particle ("se", "ko") is short
            // or a word of some lexicon phrase
            String last = tokens.get(at);
            // session 19: nor a number word ("onnu kooda illa", not even one, after a place phrase)
            return t.marks()[at] == 0 && product[at] == 0 && !isNumber(last) && !Quantity.isNumberWord(last)
                    && last.codePointCount(0, last.length()) >= 3 && !isLexiconWord(last);
        }

        /**
         * Session 18: the word at {@code at} is one of the brand's category words ("noodles", "chai"), only skipped
         * words between it and the predicate at {@code predicate}, and right before it stands a name the lexicons lack
         * that opens the clause ({@link #openingName}): "Ruskell noodles khatam" names another maker's noodles, as
         * "Ruskell khatam" names another maker. The name is the head's modifier, the category word no brand of ours.
         */
        private boolean anotherMakersGoods(int at, int predicate) {
            if (at < 1 || !productWord(at) || product[at] != 0) {
                return false;
            }
            for (int i = at + 1; i < predicate; i++) {
                if (!skipped(i)) {
                    return false;
                }
            }
            // session 19: a word for the goods in general ("stock", "shelf") as well as a category word ("Mintaro stock
            // theernthu pochu"); skipped small words (particles, determiners) may stand between the name and it
            int name = at - 1;
            while (name > 0 && t.clause()[name] == t.clause()[at] && skipped(name)) {
                name--;
            }
            return t.clause()[name] == t.clause()[at] && !productWord(name) && openingName(name, name + 1);
        }

        /**
         * Session 19: the token at {@code k}, left of a name before an absence, ends a place phrase: a {@code
         * place_after} postposition or a {@code shop_word} ("Gupta General Store pe", "Sirkazhi Stores la"). The name
         * after it still opens what the clause says of a thing; the words before it are the place's.
         */
        private boolean endsAPlace(int k) {
            return t.is(k, Cue.PLACE_AFTER) || t.is(k, Cue.SHOP_WORD);
        }

        /**
         * Session 17: every name of the brand in the sentence of {@code at} stands in another clause than the absence
         * at {@code at}, and one of those clauses lacks nothing: the brand is bought, there, given or praised there
         * ("Nimrath shesh kintu X onek ache"), so the absence is not said of it.
         */
        private boolean brandSaidOtherwise(int at) {
            boolean said = false;
            for (CatalogMatcher.Hit h : hits) {
                if (t.sentence()[h.start()] != t.sentence()[at]) {
                    continue;
                }
                int c = t.clause()[h.start()];
                if (c == t.clause()[at]) {
                    return false;
                }
                said |= !lackInClause(t, c) && !lacks(t, c) && saysThere(c);
            }
            return said;
        }

        /**
         * The clause {@code clause} says the product is had: a word or phrase of availability, finding, buying or
         * praise ("onek ache", "mil gayi", "kinlam", "is better"). A request ("supply pannunga", "aana please") is
         * none: the word before the absence of its sentence is then as often a place or a verb the lexicons lack
         * ("endha kadaiyilum illa", "sikta illa"), session 17's check on request14-probe.
         */
        private boolean saysThere(int clause) {
            for (int i = 0; i < tokens.size(); i++) {
                if (t.clause()[i] == clause && (t.marks()[i] & THERE) != 0) {
                    return true;
                }
            }
            for (PhraseIndex.Match<Cue> m : t.cues()) {
                if (t.clause()[m.start()] == clause && (m.value() == Cue.AVAILABLE || m.value() == Cue.FOUND
                        || m.value() == Cue.SUBSTITUTE || m.value() == Cue.PRAISE || m.value() == Cue.EXISTENTIAL)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Session 18: the absence {@code a} is called false after it. A {@link Cue#DENIAL} or {@link Cue#DENIAL_AFTER}
         * phrase follows it in its sentence, or opens the next sentence, within {@link #DENIAL_REACH} words, with no
         * other predicate, negator or contrast word between (the words between may be the absence's argument and
         * place phrase, a quotative or a noun of speech: "wala raw X sa <shop>, fake news yan", "X ledu ani cheppindi
         * tappu", "X nathi e vaat khoti che"); the denial ends its clause (only a copula, particle, determiner or
         * pronoun after it: "khota aahe", "fake news yan"), so it has no complement of its own that it would deny
         * instead ("hindi totoo na may stock sila" denies the stock, not the absence); and a later clause, no
         * question, that lacks nothing says the product is had ("shelf is full", "onek ache", "naa sila"). Session
         * 17's broader step (any denial after the absence in its clause) denied true Philippine reports on a held-out
         * set; the clause end and the product said there after it are what this one adds.
         */
        boolean deniedAfter(Predicate a, List<PhraseIndex.Match<Cue>> denials) {
            int sentence = t.sentence()[a.start];
            for (PhraseIndex.Match<Cue> d : denials) {
                int at = d.start();
                int ds = t.sentence()[at];
                boolean opensNext = ds == sentence + 1 && at > 0 && t.sentence()[at - 1] == sentence;
                if (at < a.end || at - a.end > DENIAL_REACH || ds != sentence && !opensNext
                        || t.is(at, Cue.HEARSAY)) {
                    continue; // "who said" after an absence is asked, and read by denied()
                }
                if (quietBetween(a.end, at) && endsItsClause(d.end()) && laterClauseSaysThere(t.clause()[at])) {
                    return true;
                }
            }
            return false;
        }

        private boolean quietBetween(int from, int to) {
            int after = from;
            for (PhraseIndex.Match<Cue> m : t.cues()) {
                if (m.start() < from && m.end() > after) {
                    after = m.end(); // a longer phrase of the absence's own words ("gone from", "nahi he")
                }
            }
            long loud = PREDICATES | bits(Cue.CONTRAST);
            for (int i = after; i < to; i++) {
                if ((t.marks()[i] & loud) != 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean endsItsClause(int from) {
            long small = bits(Cue.COPULA, Cue.EXISTENTIAL, Cue.PARTICLE, Cue.DETERMINER, Cue.PRONOUN, Cue.PERSON);
            for (int i = from; i < tokens.size() && t.clause()[i] == t.clause()[from - 1]; i++) {
                if ((t.marks()[i] & small) == 0 || (t.marks()[i] & LACK) != 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean laterClauseSaysThere(int clause) {
            int last = tokens.isEmpty() ? -1 : t.clause()[tokens.size() - 1];
            for (int c = clause + 1; c <= last; c++) {
                if (!questionClause(c) && !lackInClause(t, c) && !lacks(t, c) && saysThere(c)) {
                    return true;
                }
            }
            return false;
        }

        private boolean questionClause(int clause) {
            for (int i = 0; i < tokens.size(); i++) {
                if (t.clause()[i] == clause) {
                    return t.questionSentence()[t.sentence()[i]];
                }
            }
            return false;
        }

        private boolean brandInClause(int at) {
            for (CatalogMatcher.Hit h : hits) {
                if (t.clause()[h.start()] == t.clause()[at]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The brand stands in a comparison in the clause of {@code at}: a simile word right before it ("like X",
         * "katulad ng X") or right after it ("X jaisa", "X pola"), small words between. "No snack like X", "X jaisa
         * koi nahi": nothing equals the brand, which says nothing of a shelf.
         */
        boolean comparedBrandInClause(int at) {
            int clause = t.clause()[at];
            for (CatalogMatcher.Hit h : hits) {
                if (t.clause()[h.start()] != clause) {
                    continue;
                }
                for (int i = h.start() - 1; i >= 0 && t.clause()[i] == clause; i--) {
                    if (t.is(i, Cue.SIMILE_BEFORE)) {
                        return true;
                    }
                    if (!skipped(i)) {
                        break;
                    }
                }
                for (int i = h.end(); i < tokens.size() && t.clause()[i] == clause; i++) {
                    if (t.is(i, Cue.SIMILE_AFTER)) {
                        return true;
                    }
                    if (!skipped(i)) {
                        break;
                    }
                }
            }
            return false;
        }

        /**
         * A negative quantifier over shops with an absence of the brand in its scope: "no shop without X", "not a
         * single store without X", "walang tindahan na walang X". Two negatives: every shop has it.
         */
        boolean everyShopHasIt(Predicate a) {
            int clause = t.clause()[a.start];
            for (int i = a.start - 1; i >= 0 && i >= a.start - NEGATOR_REACH && t.clause()[i] == clause; i--) {
                if (!t.is(i, Cue.SHOP_WORD)) {
                    continue;
                }
                // the quantifier stands right before the shop word, determiners between: "not a single shop"
                for (int k = i - 1; k >= 0 && k >= i - 3 && t.clause()[k] == clause; k--) {
                    if (t.is(k, Cue.ABSENCE_BEFORE) || t.is(k, Cue.NEGATOR) || t.is(k, Cue.ABSENCE)) {
                        return true;
                    }
                    if (!t.is(k, Cue.DETERMINER)) {
                        break;
                    }
                }
            }
            return false;
        }

        /**
         * In a post with no evidence of a product (see {@link #productEvidence}), the brand's name at {@code at}
         * stands before an unknown noun in the object of an absence: it modifies that noun, which is the thing
         * missing ("no biyahe this weekend", "walang biyahe plans"). Sets {@link #found} to that noun.
         */
        private boolean modifiesAnotherNoun(int at) {
            if (productEvidence || at < 0) {
                return false;
            }
            int k = hits.get(product[at] - 1).end();
            while (k < tokens.size() && t.clause()[k] == t.clause()[at] && t.is(k, Cue.DETERMINER)) {
                k++;
            }
            int clause = t.clause()[at];
            // the noun ends its phrase: the clause ends, a place phrase or a time word follows ("no sahaj bhav in
            // his voice", "no sahaj vibe today"). Not in SOV order: there the word between the name and the
            // negative is as often a verb the lexicons lack ("Zintara milali nahi")
            // a word the lexicons lack before more words may be a preposition ("out of X for the 2nd week")
            boolean ends = k + 1 >= tokens.size() || t.clause()[k + 1] != clause || t.is(k + 1, Cue.PLACE_MARKER)
                    || (t.marks()[k + 1] & TIME) != 0;
            if (k < tokens.size() && t.clause()[k] == clause && t.marks()[k] == 0 && product[k] == 0 && ends
                    && !isNumber(tokens.get(k)) && !productNameWords(hits.get(0).brand()).contains(tokens.get(k))) {
                found = k;
                return true;
            }
            return false;
        }

        /**
         * The last token of its clause, or followed by a place phrase ("OUT at <shop>", "ubos na sa <shop>"), or,
         * right after the brand, by a word the lexicons lack: a shop's name in a compact report ("X OUT Sai Balaji
         * Stores").
         */
        private boolean endsClause(int j) {
            int k = j + 1;
            while (k < tokens.size() && t.clause()[k] == t.clause()[j] && t.is(k, Cue.PARTICLE)) {
                k++;
            }
            return k == tokens.size() || t.clause()[k] != t.clause()[j] || t.is(k, Cue.PLACE_MARKER)
                    || t.is(k, Cue.DEICTIC)
                    || k == j + 1 && product[j - 1] != 0 && t.marks()[k] == 0 && product[k] == 0 && !isNumber(tokens.get(k));
        }

        private boolean shopWordInClause(int at) {
            for (int i = at - 1; i >= 0 && t.clause()[i] == t.clause()[at]; i--) {
                if (t.is(i, Cue.SHOP_WORD)) {
                    return true;
                }
            }
            return false;
        }

        /** True when a substitute ("so I took", "instead", "ki jagah") has the brand as its argument. */
        boolean substituteIsBrand(List<PhraseIndex.Match<Cue>> substitutes) {
            if (substitutes == null) {
                return false;
            }
            for (PhraseIndex.Match<Cue> s : substitutes) {
                if (right(s.end(), false) == ArgumentKind.BRAND || left(s.start()) == ArgumentKind.BRAND) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An absence without an argument in its clause is about the topic: the brand in its clause (unless the
         * brand's own clause says it is there), else in its sentence, else in the sentence just before or after. A
         * clause of the brand that says it is there in a question ("is X back?") asks, and leaves the topic the brand.
         */
        boolean topicIsBrand(Predicate a, Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            int sentence = t.sentence()[a.start];
            int clause = t.clause()[a.start];
            boolean sameSentence = false;
            for (CatalogMatcher.Hit h : hits) {
                if (t.clause()[h.start()] == clause) {
                    if (!(a.start < h.start() && availableRightAfter(h, clause, by))) {
                        return true;
                    }
                    continue;
                }
                if (t.sentence()[h.start()] == sentence) {
                    sameSentence = true;
                }
            }
            boolean[] past = pastThere(by);
            for (CatalogMatcher.Hit h : hits) {
                if (past[t.clause()[h.start()]] && t.clause()[h.start()] < clause) {
                    continue; // "used to keep X, not anymore", "dati may X, ngayon wala na": it was there, not now
                }
                if (atAnotherShop(h, sentence)) {
                    continue; // "A had plenty of X. B had none": there at A says nothing of B
                }
                for (Cue c : new Cue[] {Cue.AVAILABLE, Cue.FOUND}) {
                    for (PhraseIndex.Match<Cue> p : by.getOrDefault(c, List.of())) {
                        // asked, it says nothing of the shelf: "X ka stock aaya kya? 2 hafte se nahi hai", "dumating
                        // na ba ang X? wala pa rin" (session 14)
                        if (t.clause()[p.start()] == t.clause()[h.start()]
                                && !t.questionSentence()[t.sentence()[p.start()]]) {
                            return false;
                        }
                    }
                }
            }
            for (CatalogMatcher.Hit h : hits) {
                if (past[t.clause()[h.start()]] && t.clause()[h.start()] < clause) {
                    continue;
                }
                if (t.clause()[h.start()] != clause && isThere(h) && !atAnotherShop(h, sentence)) {
                    return false; // "Fizzora nahi, Zintara hai", "Fizzora wala, pero may Zintara"
                }
            }
            if (sameSentence) {
                return true;
            }
            for (CatalogMatcher.Hit h : hits) {
                int hs = t.sentence()[h.start()];
                if (hs == sentence - 1 || hs == sentence + 1) {
                    return true;
                }
            }
            return topicCarried(a.start);
        }

        /**
         * Session 14: the brand stays the topic of a post across the sentences after the one that names it ("X
         * jeera. Went to <shop>, <locality>. Not a single bottle."; "About the X biscuits. <shop>. They are out."),
         * as a reader carries the topic of a story, until another thing takes its place: the nearest sentence
         * before {@code at} that names the brand is at most {@link #TOPIC_SENTENCES} sentences back, and no word
         * from it to {@code at} names a brand the catalog does not track (everyday names included).
         */
        private boolean topicCarried(int at) {
            int sentence = t.sentence()[at];
            int named = -1;
            for (CatalogMatcher.Hit h : hits) {
                if (h.start() < at) {
                    named = Math.max(named, t.sentence()[h.start()]);
                }
            }
            if (named < 0 || sentence - named > TOPIC_SENTENCES) {
                return false;
            }
            for (int i = 0; i < at; i++) {
                if (t.sentence()[i] > named && product[i] == 0 && t.marks()[i] == 0 && others != OtherBrands.NONE
                        && others.covers(tokens, i, true)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The words of the shops named where {@code where} holds: a word of three letters or more, no lexicon word,
         * up to {@link #PLACE_WORDS} words before a shop word ("Reddy" of "Reddy Bakery", "Ate Lorna" of "Ate Lorna
         * Store").
         */
        private Set<String> shopNamesIn(IntPredicate where) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!where.test(i) || !t.is(i, Cue.SHOP_WORD)) {
                    continue;
                }
                for (int j = i - 1; j >= 0 && j >= i - PLACE_WORDS && where.test(j) && t.marks()[j] == 0 && product[j] == 0; j--) {
                    if (tokens.get(j).length() >= 3) {
                        names.add(tokens.get(j));
                    }
                }
                // session 18: the owner's name after a personal genitive, "Tindahan ni Aling Bebang"
                int owner = ShopNames.ownerNameAfter(t, i);
                for (int j = owner; j >= 0 && j < tokens.size() && j < owner + PLACE_WORDS && where.test(j)
                        && t.marks()[j] == 0 && product[j] == 0; j++) {
                    if (tokens.get(j).length() >= 3) {
                        names.add(tokens.get(j));
                    }
                }
            }
            return names;
        }

        /**
         * Session 14, two shops: the brand's clause at {@code h} names a shop, the absence's sentence {@code
         * sentence} names a shop outside that clause, and the two share no word. What the brand's clause says of
         * its shop (there, found) says nothing of the other: "A had plenty of X. B had none", "A mein X mil gaya par
         * B mein ek bhi nahi tha" are a lack at B.
         */
        private boolean atAnotherShop(CatalogMatcher.Hit h, int sentence) {
            int clause = t.clause()[h.start()];
            Set<String> shopHere = shopNamesIn(i -> t.sentence()[i] == sentence && t.clause()[i] != clause);
            if (shopHere.isEmpty()) {
                return false;
            }
            Set<String> there = shopNamesIn(i -> t.clause()[i] == clause);
            if (there.isEmpty()) {
                return false;
            }
            for (String w : there) {
                if (shopHere.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Per clause, true when it says the brand was there in the past: a word of the past or a past year, the
         * brand, a word that it is there, a shop word or a postposition of place ("used to keep all X flavours",
         * "dati laging may X sa <shop>", "<shop> madhe aadhi X milaycha"), and no lack. An absence in a later clause then says it is gone
         * now: the report is implied by the contrast.
         */
        boolean[] pastThere(Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            int n = tokens.size();
            boolean[] past = new boolean[n == 0 ? 0 : t.clause()[n - 1] + 1];
            if (!by.containsKey(Cue.OLD) && !anyPastYear()) {
                return past;
            }
            boolean[] brand = new boolean[past.length];
            boolean[] there = new boolean[past.length];
            for (CatalogMatcher.Hit h : hits) {
                brand[t.clause()[h.start()]] = true;
            }
            for (int i = 0; i < n; i++) {
                // a shop word or a postposition of place ("madhe", "mein") says where; a preposition ("in") may not
                long placeOrThere = THERE | bits(Cue.SHOP_WORD, Cue.PLACE_AFTER);
                there[t.clause()[i]] |= (t.marks()[i] & placeOrThere) != 0;
                past[t.clause()[i]] |= isPastYear(t, i);
            }
            for (PhraseIndex.Match<Cue> o : by.getOrDefault(Cue.OLD, List.of())) {
                past[t.clause()[o.start()]] = true;
            }
            for (int c = 0; c < past.length; c++) {
                past[c] &= brand[c] && there[c] && !lackInClause(t, c);
            }
            return past;
        }

        private boolean anyPastYear() {
            for (int i = 0; i < tokens.size(); i++) {
                if (isPastYear(t, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The brand's own clause says it is there by a verb of being next to it ("Zintara hai", "may Zintara"), and
         * nothing in that clause says it is missing.
         */
        private boolean isThere(CatalogMatcher.Hit h) {
            int clause = t.clause()[h.start()];
            boolean there = h.start() > 0 && t.clause()[h.start() - 1] == clause && t.is(h.start() - 1, Cue.EXISTENTIAL)
                    || h.end() < tokens.size() && t.clause()[h.end()] == clause && t.is(h.end(), Cue.EXISTENTIAL);
            int verb = existentialAfterTopic(h);
            if (!there && verb < 0) {
                return false;
            }
            int verbClause = verb < 0 ? clause : t.clause()[verb];
            for (int i = 0; i < tokens.size(); i++) {
                if ((t.clause()[i] == clause || t.clause()[i] == verbClause) && (t.marks()[i] & LACK) != 0) {
                    return false;
                }
            }
            for (PhraseIndex.Match<Cue> m : t.cues()) {
                if (t.clause()[m.start()] == clause && (m.value() == Cue.ABSENCE || m.value() == Cue.REQUEST)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The verb of being after the brand and one topic particle that ends the sentence with it ("X to hai", "X तो
         * है", at least X is there; session 19): its position, or -1. The particle may be read as a clause link too
         * ("to" is also "so"), which would cut the verb off into a clause of its own.
         */
        private int existentialAfterTopic(CatalogMatcher.Hit h) {
            int p = h.end();
            int v = p + 1;
            if (v >= tokens.size() || !t.is(p, Cue.PARTICLE) || !t.is(v, Cue.EXISTENTIAL)
                    || t.sentence()[p] != t.sentence()[h.start()] || t.sentence()[v] != t.sentence()[p]
                    || v + 1 < tokens.size() && t.sentence()[v + 1] == t.sentence()[v]) {
                return -1;
            }
            return v;
        }

        private boolean availableRightAfter(CatalogMatcher.Hit h, int clause, Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            for (PhraseIndex.Match<Cue> p : by.getOrDefault(Cue.AVAILABLE, List.of())) {
                if (p.start() >= h.end() && p.start() - h.end() <= 1 && t.clause()[p.start()] == clause) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "X out but <brand> is there": an availability whose argument is the brand itself, in a clause after every
         * absence that did not name the brand, cancels them; an availability of another product does not.
         */
        boolean laterAvailabilityOfBrand(List<Predicate> kept, Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            int lastClause = -1;
            for (Predicate a : kept) {
                if (a.kind == ArgumentKind.BRAND) {
                    return false;
                }
                lastClause = Math.max(lastClause, t.clause()[a.start]);
            }
            for (PhraseIndex.Match<Cue> p : by.getOrDefault(Cue.AVAILABLE, List.of())) {
                if (t.clause()[p.start()] <= lastClause || negatedAt(p.start())) {
                    continue;
                }
                ArgumentKind l = left(p.start());
                ArgumentKind r = l == ArgumentKind.BRAND ? l : right(p.end(), false);
                if (l == ArgumentKind.BRAND || r == ArgumentKind.BRAND) {
                    return true;
                }
            }
            return false;
        }

        /** An absence phrase or absence word starts at or after {@code from} in the clause of {@code from - 1}. */
        private boolean absenceAfterIn(int from, Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
            int clause = t.clause()[from - 1];
            for (PhraseIndex.Match<Cue> m : by.getOrDefault(Cue.ABSENCE, List.of())) {
                if (m.start() >= from && t.clause()[m.start()] == clause) {
                    return true;
                }
            }
            for (int i = from; i < tokens.size() && t.clause()[i] == clause; i++) {
                if (t.is(i, Cue.ABSENCE_CLAUSE_END) || t.is(i, Cue.ABSENCE_AFTER)) {
                    return true;
                }
            }
            return false;
        }

        private boolean negatedAt(int at) {
            for (int i = Math.max(0, at - 3); i < at + 2 && i < tokens.size(); i++) {
                if (i != at && t.clause()[i] == t.clause()[at] && (t.is(i, Cue.NEGATOR) || t.is(i, Cue.ABSENCE_AFTER))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isNumber(String token) {
        return Character.isDigit(token.charAt(0));
    }

    /**
     * "Was out yesterday, back now / available today": an absence in a clause that says "yesterday" answered by a
     * later clause that says the product is there now, or that says "today" or "now" and holds no lack of its own
     * ("kal nahi tha, aaj aa gaya", "ninna ledu, ivala vachindi"; "kal nahi tha, aaj bhi nahi" stays a report).
     * Since session 15 an absence whose verb is in the pluperfect or the past imperfective ({@link #pastOnVerb}:
     * "khatam ho gaya tha", "sampla hota", "shesh hoye gechhilo") sets that earlier time as "yesterday" does:
     * "sampla hota, aata milto" is over; "khatam ho gaya tha, abhi tak nahi aaya" and a pluperfect alone stay reports.
     */
    private static boolean resolvedSinceYesterday(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by, List<Predicate> kept) {
        List<PhraseIndex.Match<Cue>> yesterday = by.getOrDefault(Cue.YESTERDAY, List.of());
        List<PhraseIndex.Match<Cue>> now = by.getOrDefault(Cue.NOW, List.of());
        List<PhraseIndex.Match<Cue>> available = by.getOrDefault(Cue.AVAILABLE, List.of());
        int lastClause = -1;
        boolean allOnVerb = true;
        for (Predicate a : kept) {
            boolean then = false;
            for (PhraseIndex.Match<Cue> y : yesterday) {
                then |= t.sentence()[y.start()] == t.sentence()[a.start]
                        && (y.start() < a.start + 6 || t.clause()[y.start()] == t.clause()[a.start]);
            }
            boolean onVerb = pastOnVerb(t, a, false);
            allOnVerb &= onVerb;
            if (!then && !onVerb) {
                return false;
            }
            lastClause = Math.max(lastClause, t.clause()[a.start]);
        }
        // "yesterday" is answered only by a later word of now, as before session 15; a past on the verb ("khatam ho
        // gaya tha, ab milta hai") also by a later availability
        if (kept.isEmpty() || now.isEmpty() && !allOnVerb) {
            return false;
        }
        for (PhraseIndex.Match<Cue> p : available) {
            if (t.clause()[p.start()] > lastClause) {
                return true;
            }
        }
        for (PhraseIndex.Match<Cue> p : now) {
            int clause = t.clause()[p.start()];
            if (clause > lastClause && !t.questionSentence()[t.sentence()[p.start()]] && !lackInClause(t, clause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hearsay the writer contradicts: every absence is in the sentence of a {@code hearsay} phrase ("everyone says
     * X is out", "sab bol rahe X nahi milta") and a later clause says the product is there, with no lack of its own
     * ("..., but my shop has 20 packs", "par Bansal Stores me dher saara hai"), not in a question. Hearsay left
     * standing is a report like any other.
     */
    private static boolean hearsayContradicted(Tokens t, Map<Cue, List<PhraseIndex.Match<Cue>>> by, List<Predicate> kept) {
        List<PhraseIndex.Match<Cue>> hearsay = by.get(Cue.HEARSAY);
        if (hearsay == null) {
            return false;
        }
        int lastClause = -1;
        for (Predicate a : kept) {
            boolean said = false;
            for (PhraseIndex.Match<Cue> h : hearsay) {
                said |= t.sentence()[h.start()] == t.sentence()[a.start];
            }
            if (!said) {
                return false;
            }
            lastClause = Math.max(lastClause, t.clause()[a.start]);
        }
        // a later clause, not a question, that says the product is there: available, found, or a verb of being
        for (int i = 0; i < t.tokens().size(); i++) {
            int clause = t.clause()[i];
            if (clause > lastClause && (t.marks()[i] & THERE) != 0 && !t.questionSentence()[t.sentence()[i]]
                    && !lackInClause(t, clause)) {
                return true;
            }
        }
        return false;
    }

    /** True when a token of the clause says a lack: a negator, an absence word or phrase, a request. */
    private static boolean lackInClause(Tokens t, int clause) {
        long lack = LACK | bits(Cue.ABSENCE, Cue.REQUEST, Cue.OWN_ABSENCE);
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.clause()[i] == clause && (t.marks()[i] & lack) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clauses that say the product is there, as {@link #positiveClauses(Tokens, int)}, but not those that say
     * another brand is there: a clause with a word of a brand the catalog does not track and no tracked brand ("Lays
     * irukku aana X illa", "naay Piattos sa <shop> pero walay X") places the absence, it names the shop that lacks
     * the brand.
     */
    public static boolean[] positiveClauses(Tokens t, int absenceAt, List<CatalogMatcher.Hit> hits, OtherBrands others) {
        boolean[] positive = positiveClauses(t, absenceAt);
        boolean[] tracked = new boolean[positive.length];
        for (CatalogMatcher.Hit h : hits) {
            tracked[t.clause()[h.start()]] = true;
        }
        boughtHere(t, absenceAt, tracked, positive);
        if (others == OtherBrands.NONE) {
            return positive;
        }
        List<String> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int c = t.clause()[i];
            if (positive[c] && !tracked[c] && t.marks()[i] == 0 && others.covers(tokens, i, false)) {
                positive[c] = false;
            }
        }
        return positive;
    }

    /**
     * Session 15: a clause that says the brand was bought at a shop ("A la X illa, B la vaanginen", "not at A, bought
     * it at B") says the product is there, as a finding does: a verb of buying ({@link Cue#SUBSTITUTE}) whose object
     * is the tracked brand (a hit in its clause), a pronoun right after it, or nothing, the verb right after the
     * shop's place phrase ("<shop> la vaanginen", "<shop> madhe ghetla"). Its shop is then not the absence's. A clause
     * that lacks something, or the absence's own, is never one.
     */
    private static void boughtHere(Tokens t, int absenceAt, boolean[] tracked, boolean[] positive) {
        int[] clause = t.clause();
        int n = t.tokens().size();
        for (PhraseIndex.Match<Cue> m : t.cues()) {
            if (m.value() != Cue.SUBSTITUTE || (absenceAt >= 0 && clause[m.start()] == clause[absenceAt])
                    || lacks(t, clause[m.start()])) {
                continue;
            }
            int c = clause[m.start()];
            int before = m.start() - 1;
            while (before >= 0 && clause[before] == c && (t.is(before, Cue.PARTICLE) || t.is(before, Cue.PERSON))) {
                before--;
            }
            boolean placeRightBefore = before >= 0 && clause[before] == c
                    && (t.is(before, Cue.PLACE_AFTER) || t.is(before, Cue.SHOP_WORD));
            boolean pronounAfter = m.end() < n && clause[m.end()] == c && t.is(m.end(), Cue.PRONOUN);
            if (tracked[c] || placeRightBefore || pronounAfter) {
                positive[c] = true;
            }
        }
    }

    private static boolean lacks(Tokens t, int clause) {
        for (PhraseIndex.Match<Cue> m : t.cues()) {
            if (t.clause()[m.start()] == clause && (m.value() == Cue.ABSENCE || m.value() == Cue.REQUEST)) {
                return true;
            }
        }
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.clause()[i] == clause && t.is(i, Cue.ABSENCE_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clauses that say the product is there (found, available) and say nothing of an absence, as a flag per
     * clause number; the clause of {@code absenceAt} (the absence the intent read, or -1) is never one of them.
     */
    public static boolean[] positiveClauses(Tokens t, int absenceAt) {
        int[] clause = t.clause();
        int clauses = clause.length == 0 ? 0 : clause[clause.length - 1] + 1;
        boolean[] positive = new boolean[clauses];
        boolean[] negative = new boolean[clauses];
        for (PhraseIndex.Match<Cue> m : t.cues()) {
            if (m.value() == Cue.FOUND || m.value() == Cue.AVAILABLE) {
                positive[clause[m.start()]] = true;
            } else if (m.value() == Cue.ABSENCE || m.value() == Cue.REQUEST) {
                negative[clause[m.start()]] = true;
            }
        }
        for (int i = 0; i + 1 < t.tokens().size(); i++) {
            if (t.is(i, Cue.ABSENCE_BEFORE)) {
                negative[clause[i]] = true;
            }
        }
        if (absenceAt >= 0) {
            negative[clause[absenceAt]] = true;
        }
        for (int c = 0; c < clauses; c++) {
            positive[c] &= !negative[c];
        }
        return positive;
    }

    /**
     * A denial before the absence in its sentence ("it's not true that X is out", "ye galat hai ki X nahi hai",
     * "hindi totoo na wala nang X", "who says X is out?"), no contrast between them: the writer denies the absence.
     * In a question also a denial after it in its sentence ("X illannu yaaru sonna?", who said X is not there?) or
     * one that opens the next sentence ("X out at <shop>? Not true, ...").
     */
    private static boolean denied(Tokens t, List<PhraseIndex.Match<Cue>> denials, Predicate a) {
        if (denials == null) {
            return false;
        }
        int sentence = t.sentence()[a.start];
        for (PhraseIndex.Match<Cue> d : denials) {
            int ds = t.sentence()[d.start()];
            if (t.is(d.start(), Cue.HEARSAY) && !t.questionSentence()[ds]) {
                continue; // "who said" also reports what someone said; asked, it denies
            }
            if (d.end() <= a.start && ds == sentence && !contrastBetween(t, d.end(), a.start)) {
                return true;
            }
            if (!t.questionSentence()[sentence]) {
                continue;
            }
            // the denial asks after the absence, SOV: "X nahi hai, kisne kaha?", "X illannu yaaru sonna?"
            if (d.start() >= a.end && ds == sentence && !contrastBetween(t, a.end, d.start())) {
                return true;
            }
            // the absence asked, the next sentence opens with the denial: "X out at <shop>? Not true, ..."
            if (ds == sentence + 1 && (d.start() == 0 || t.sentence()[d.start() - 1] != ds)) {
                return true;
            }
        }
        return false;
    }

    /** The post's denial phrases of both kinds; no list is made for the many posts without one. */
    private static List<PhraseIndex.Match<Cue>> denialPhrases(Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
        List<PhraseIndex.Match<Cue>> denials = by.getOrDefault(Cue.DENIAL, List.of());
        List<PhraseIndex.Match<Cue>> after = by.getOrDefault(Cue.DENIAL_AFTER, List.of());
        if (after.isEmpty()) {
            return denials;
        }
        if (denials.isEmpty()) {
            return after;
        }
        List<PhraseIndex.Match<Cue>> both = new ArrayList<>(denials);
        both.addAll(after);
        return both;
    }

    /**
     * Session 18: the absence's first word is a word of a denial phrase ("khara nahi", not true; "sach nahi"): the
     * negative belongs to the denial, it says nothing is missing.
     */
    private static boolean insideADenial(Predicate a, List<PhraseIndex.Match<Cue>> denials) {
        for (PhraseIndex.Match<Cue> d : denials) {
            if (d.start() < a.start && a.start < d.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The absence is asked and the next sentence opens with a bare no: "Sold out? Nope, it's right there", "X out at
     * <shop>? no way". The answer denies the absence the question put.
     */
    private static boolean answeredNo(Tokens t, List<PhraseIndex.Match<Cue>> answers, Predicate a) {
        if (answers == null) {
            return false;
        }
        int sentence = t.sentence()[a.start];
        if (!t.questionSentence()[sentence]) {
            return false;
        }
        for (PhraseIndex.Match<Cue> d : answers) {
            if (t.sentence()[d.start()] == sentence + 1 && t.sentence()[d.start() - 1] == sentence) {
                return true;
            }
        }
        return false;
    }

    private static boolean contrastBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.is(i, Cue.CONTRAST)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The absence is long past when a word of the past ("last year", "used to"), a past year ("in 2023") or an
     * absence's verb in the habitual past ({@code habitual}: "nahi milta tha", "dorikedi kaadu") is in
     * the sentence of an absence or comes before every absence. One that only follows in a later sentence recalls
     * better days: "out of X. They used to have a whole stand."
     */
    private static boolean old(Tokens t, List<PhraseIndex.Match<Cue>> olds, List<Predicate> absences, boolean[] pastThere,
                               List<Integer> habitual) {
        int first = Integer.MAX_VALUE;
        int lastClause = -1;
        for (Predicate a : absences) {
            first = Math.min(first, a.start);
            lastClause = Math.max(lastClause, t.clause()[a.start]);
        }
        List<Integer> at = new ArrayList<>(habitual);
        if (olds != null) {
            for (PhraseIndex.Match<Cue> o : olds) {
                at.add(o.start());
            }
        }
        for (int i = 0; i < t.tokens().size(); i++) {
            if (isPastYear(t, i)) {
                at.add(i);
            }
        }
        for (int o : at) {
            if (pastThere[t.clause()[o]] && t.clause()[o] < lastClause) {
                continue; // "used to keep X, not anymore": the past is when it was there, the absence is now
            }
            if (o < first) {
                return true;
            }
            for (Predicate a : absences) {
                if (t.sentence()[a.start] == t.sentence()[o]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A year ("2019", "in 2023"), not opened by a word of now ("since 2023"). */
    private static boolean isPastYear(Tokens t, int i) {
        String s = t.tokens().get(i);
        if (s.length() != 4 || !isNumber(s)) {
            return false;
        }
        int year = 0;
        for (int k = 0; k < 4; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        return year >= FIRST_YEAR && year <= LAST_YEAR && (i == 0 || !t.is(i - 1, Cue.NOW) && !isNumber(t.tokens().get(i - 1)))
                && (i + 1 == t.tokens().size() || !isNumber(t.tokens().get(i + 1)));
    }

    /** Numbers read as years: posts about shops rarely name an earlier one, and a price of 2000 is no snack's. */
    private static final int FIRST_YEAR = 2005;
    private static final int LAST_YEAR = 2039;

    /**
     * A negator before the absence in its clause, up to {@link #NEGATOR_REACH} tokens away ("not out of stock", "never seen it out
     * of stock", "never had trouble finding it"), or, in SOV order, a negative right after an absence that is a
     * state ("khatam nahi hua": not finished).
     */
    private static boolean negated(Tokens t, Predicate a) {
        int clause = t.clause()[a.start];
        for (int i = Math.max(0, a.start - NEGATOR_REACH); i < a.start; i++) {
            if (t.is(i, Cue.NEGATOR) && t.clause()[i] == clause && !sharedWithTheAbsence(t, i, a)) {
                return true;
            }
        }
        // a negative existential right before a verb of running out negates the verb: Cebuano "wala nahurot" (did
        // not run out), Waray "waray naubos"; in SOV order the negative follows the verb ("khatam nahi", below)
        int k = a.start - 1;
        while (k >= 0 && t.clause()[k] == clause && t.is(k, Cue.PARTICLE) && !t.is(k, Cue.ABSENCE_BEFORE)) {
            k--;
        }
        if (k >= 0 && t.clause()[k] == clause && t.is(k, Cue.ABSENCE_BEFORE) && !t.is(k, Cue.DETERMINER)
                && t.is(a.start, Cue.ABSENCE_CLAUSE_END) && !t.is(a.start, Cue.ABSENCE_BEFORE)) {
            return true;
        }
        return a.cue == Cue.ABSENCE && !t.is(a.end - 1, Cue.ABSENCE_AFTER) && goneState(t, a.start, a.end)
                && negativeAfter(t, a.end, clause) >= 0
                || negatesTheVerbAfter(t, a, clause);
    }

    /**
     * Every negator phrase over the token {@code i} runs into the absence and ends inside it, before the absence's
     * verb: its negative is the absence's own and the word before it a frequency adverb ("kabhi nahi milta", "ਕਦੇ ਨਹੀਂ
     * ਮਿਲਦੀ": never available, where "nahi" belongs to both), which says the absence holds every time rather than
     * that it does not hold. A negator that covers the whole absence ("kabhi nahi" over the bare "nahi") negates it.
     */
    private static boolean sharedWithTheAbsence(Tokens t, int i, Predicate a) {
        // negators are word cues: they mark their tokens and keep no match, so the phrases over i are read again here
        // (only when a negator stands before an absence)
        int from = Math.max(0, i - NEGATOR_REACH);
        boolean any = false;
        for (PhraseIndex.Match<Cue> m : CUES.findAll(t.tokens().subList(from, a.end))) {
            if (m.value() == Cue.NEGATOR && from + m.start() <= i && i < from + m.end()) {
                if (from + m.end() <= a.start || from + m.end() >= a.end) {
                    return false; // before the absence, or the whole absence: "kabhi nahi chhodunga" (never leave it)
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The absence is a negative existential with its particles ("wala pa", not yet) right before a verb of running
     * out in its clause: it negates the verb, "wala pa nahurot" (has not run out yet), and says no lack of its own.
     */
    private static boolean negatesTheVerbAfter(Tokens t, Predicate a, int clause) {
        if (a.end >= t.tokens().size() || t.clause()[a.end] != clause || !t.is(a.start, Cue.ABSENCE_BEFORE)
                || t.is(a.start, Cue.DETERMINER) || !t.is(a.end, Cue.ABSENCE_CLAUSE_END) || t.is(a.end, Cue.ABSENCE_BEFORE)) {
            return false;
        }
        for (int i = a.start + 1; i < a.end; i++) {
            if (!t.is(i, Cue.PARTICLE)) {
                return false;
            }
        }
        return a.end > a.start + 1;
    }

    /**
     * The negative that follows a gone state ending before {@code at} in its clause, or -1: right after it ("khatam
     * nahi"), or after up to {@value #AUXILIARIES} copulas ("shesh hoa nai", "khalas nathi thayu" reads "nathi"),
     * where it is a word of its own, not the start of another absence ("khatam hai, nahi mila").
     */
    private static int negativeAfter(Tokens t, int at, int clause) {
        for (int i = at; i < t.tokens().size() && i <= at + AUXILIARIES && t.clause()[i] == clause; i++) {
            if (t.is(i, Cue.ABSENCE_AFTER)) {
                return i == at || !startsALongerAbsence(t, i) ? i : -1;
            }
            if (!t.is(i, Cue.COPULA) && !t.is(i, Cue.PARTICLE)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The negative right before the phrase starting at {@code at} in its clause, particles between ("ajun nahi
     * aala", "hindi pa dumating"), or -1: a {@code negator} or an {@code absence_after} word that is no part of an
     * absence phrase of its own.
     */
    private static int negativeBefore(Tokens t, int at) {
        int clause = t.clause()[at];
        for (int k = at - 1; k >= 0 && k >= at - 1 - AUXILIARIES && t.clause()[k] == clause; k--) {
            if ((t.is(k, Cue.NEGATOR) || t.is(k, Cue.ABSENCE_AFTER)) && !t.is(k, Cue.ABSENCE)) {
                return k;
            }
            if (!t.is(k, Cue.PARTICLE)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsALongerAbsence(Tokens t, int i) {
        for (PhraseIndex.Match<Cue> m : t.cues()) {
            if (m.start() == i && m.end() > i + 1 && m.value() == Cue.ABSENCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The absence's verb is in the past by its form ({@link Mood}), read in its verb group: from the word right before
     * the predicate (the participle before an SOV auxiliary that is itself the absence word: "milat navhta") to
     * {@value #IRREALIS_AFTER} words after it, in its clause ("khatam ho gaya tha", "nahi milta tha", "shesh hoye
     * gechhilo"). {@code habitualOnly}: only the habitual past ("-ta tha", "-edi"), which places the absence back in
     * time as "used to" does; otherwise also the pluperfect and the past imperfective, which are often a recent past
     * ("khatam ho gaya tha to Y le liya") and only set a time before now that a later clause may answer. Requests
     * are never past.
     */
    private static boolean pastOnVerb(Tokens t, Predicate a, boolean habitualOnly) {
        if (a.cue == Cue.REQUEST) {
            return false;
        }
        List<String> tokens = t.tokens();
        int clause = t.clause()[a.start];
        int to = Math.min(tokens.size(), a.end + IRREALIS_AFTER);
        for (int i = Math.max(0, a.start - 1); i < to; i++) {
            if (t.clause()[i] != clause) {
                continue;
            }
            String next = i + 1 < tokens.size() && t.clause()[i + 1] == clause ? tokens.get(i + 1) : null;
            if (next == null && i < a.start) {
                continue;
            }
            if (habitualOnly ? Mood.habitualPast(tokens.get(i), next) : Mood.pastBefore(tokens.get(i), next)) {
                return true;
            }
        }
        return false;
    }

    /** The starts of the kept absences whose verb is in the habitual past: each is a word of the past. */
    private static List<Integer> habitualPasts(Tokens t, List<Predicate> kept) {
        List<Integer> at = new ArrayList<>(1);
        for (Predicate a : kept) {
            if (pastOnVerb(t, a, true)) {
                at.add(a.start);
            }
        }
        return at;
    }

    /**
     * The absence in the future by the ending of its verb ({@link Mood}): the absence's last word ("nahi
     * milegi") or the first word the lexicons lack right after it, up to {@value #IRREALIS_AFTER} tokens across
     * copulas and particles ("nahi rahegi", "khatam ho jaugi"); a word of any other cue ends the verb group, and so
     * does an unknown word without the ending: "X ledu repu vastundi" (not there, comes tomorrow) stays a report. A
     * request is irrealis by nature. Words of the lexicons are read by their cues, not their endings ("ellaam").
     */
    private static boolean futureForm(Tokens t, Predicate a) {
        if (a.cue == Cue.REQUEST) {
            return false;
        }
        List<String> tokens = t.tokens();
        int clause = t.clause()[a.start];
        if (Mood.future(tokens.get(a.end - 1))) {
            return true;
        }
        for (int i = a.end; i < tokens.size() && i < a.end + IRREALIS_AFTER && t.clause()[i] == clause; i++) {
            if (t.marks()[i] == 0) {
                // the first word the lexicons lack is the verb, or ends the verb group: "X ledu repu vastundi"
                // (not there, comes tomorrow) is a report
                return Mood.future(tokens.get(i));
            }
            if ((t.marks()[i] & ~SMALL) != 0) {
                return false;
            }
        }
        return false;
    }

    /** Copulas and particles: the small words of a verb group. */
    private static final long SMALL = bits(Cue.COPULA, Cue.PARTICLE);

    /**
     * The absence asked by a question particle ({@link Mood}): the particle ends the absence's sentence,
     * after it across small words or words the lexicons lack, up to {@value #QUESTION_REACH} ("khatam ho gaya kya",
     * "sampla ka?", "mukk gayi ki?", "khatam thai gayu ke shu?"; no question mark needed), or, in a sentence that ends
     * with "?", stands right before the absence (Bengali "X ki shesh hoye geche?").
     */
    private static boolean questionParticle(Tokens t, Predicate a, Scan scan) {
        List<String> tokens = t.tokens();
        int n = tokens.size();
        int sentence = t.sentence()[a.start];
        int clause = t.clause()[a.start];
        int last = a.end - 1;
        while (last + 1 < n && t.sentence()[last + 1] == sentence) {
            last++;
        }
        if (last >= a.end && t.clause()[last] == clause && Mood.questionParticle(tokens.get(last))
                && last - a.end <= QUESTION_REACH && verbGroup(t, scan, a.end, last)) {
            return true;
        }
        int before = a.start - 1;
        return t.questionSentence()[sentence] && before >= 0 && t.clause()[before] == clause
                && Mood.questionParticle(tokens.get(before));
    }

    /**
     * True when every token in {@code [from, to)} is a copula, a particle or a word no lexicon lists, and no brand:
     * "khatam hai Rivanta ka" ends with a genitive, not a question.
     */
    private static boolean verbGroup(Tokens t, Scan scan, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((t.marks()[i] & ~SMALL) != 0 || scan.product[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** How far after an absence a question particle may end its sentence: "khatam thai gayu ke shu". */
    private static final int QUESTION_REACH = 4;

    /** How many copulas may stand between a gone state and its negative: "shesh hoa nai", "khatam ho gaya nahi". */
    private static final int AUXILIARIES = 2;

    /**
     * Future, hope or possibility in the scope of an absence: an irrealis word up to {@value #IRREALIS_REACH} tokens
     * before it in its clause ("might run out", "hope they don't run out", "baka maubos"). A request is irrealis by
     * nature and is not undone by one.
     */
    private static boolean irrealisBefore(Tokens t, List<PhraseIndex.Match<Cue>> irrealis, Predicate a) {
        if (irrealis == null || a.cue == Cue.REQUEST) {
            return false;
        }
        int clause = t.clause()[a.start];
        for (PhraseIndex.Match<Cue> m : irrealis) {
            if (m.start() >= a.end && m.start() - a.end < IRREALIS_AFTER && t.clause()[m.start()] == clause
                    && allSmall(t, a.end, m.start())) {
                return true; // SOV: the future or the modal follows the verb ("khatam ho jayega")
            }
            // "might run out" is one irrealis phrase around the absence's words; "will soon be out" reaches it
            if (m.start() <= a.start && a.start - m.end() < IRREALIS_REACH && t.clause()[m.start()] == t.clause()[a.start]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase {@code [from, to)} names a gone state: one of its words ends a clause saying it is gone ("out of
     * stock", "khatam"), and none is a negative of its own ("nahi mila nahi" is no state).
     */
    private static boolean goneState(Tokens t, int from, int to) {
        boolean gone = false;
        for (int i = from; i < to; i++) {
            if (t.is(i, Cue.ABSENCE_AFTER) || t.is(i, Cue.NEGATOR)) {
                return false;
            }
            gone |= t.is(i, Cue.ABSENCE_CLAUSE_END);
        }
        return gone;
    }

    /** True when every token in {@code [from, to)} is a particle or a copula. */
    private static boolean allSmall(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!t.is(i, Cue.PARTICLE) && !t.is(i, Cue.COPULA)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far before an absence a negator reaches, in tokens, within its clause: "never seen Om Kirana without it"
     * (five); a clause boundary ends it sooner.
     */
    private static final int NEGATOR_REACH = 6;

    /** How far before an absence an irrealis word reaches, in tokens: "will probably be out", not a place name afar. */
    private static final int IRREALIS_REACH = 4;
    /** How far after an absence an irrealis word reaches in SOV order: "khatam ho jayega". */
    private static final int IRREALIS_AFTER = 3;

    /**
     * The words of now that speak of an absence: one in a clause that says only that the product is there ("used to
     * be missing, now always there", "last month none, but now plenty") tells that the old problem is over.
     */
    private static List<PhraseIndex.Match<Cue>> nowOfAbsence(Tokens t, List<PhraseIndex.Match<Cue>> now) {
        if (now == null) {
            return null;
        }
        boolean[] positive = positiveClauses(t, -1);
        // a verb of being in a clause without a lack says it is there too: "ab har jagah hai"
        boolean[] lack = new boolean[positive.length];
        for (int i = 0; i < t.tokens().size(); i++) {
            lack[t.clause()[i]] |= (t.marks()[i] & LACK) != 0 || t.is(i, Cue.ABSENCE) || t.is(i, Cue.REQUEST);
        }
        for (int i = 0; i < t.tokens().size(); i++) {
            positive[t.clause()[i]] |= t.is(i, Cue.EXISTENTIAL) && !lack[t.clause()[i]];
        }
        List<PhraseIndex.Match<Cue>> out = new ArrayList<>(now.size());
        for (PhraseIndex.Match<Cue> m : now) {
            if (!positive[t.clause()[m.start()]]) {
                out.add(m);
            }
        }
        return out;
    }

    /** A cue in the sentence of one of the predicates. */
    private static boolean inSentenceOf(Tokens t, List<PhraseIndex.Match<Cue>> cues, List<Predicate> predicates) {
        if (cues == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> c : cues) {
            for (Predicate a : predicates) {
                if (t.sentence()[c.start()] == t.sentence()[a.start]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A condition after its absence, in SOV order: a conditional phrase that begins with the absence's last word or
     * follows it across particles and copulas, up to {@value #IRREALIS_AFTER} tokens, in its clause (Kannada "X illa
     * andre", if X is not there), or that is the absence's last word in its conditional form (Tamil "இல்லைன்னா"). A
     * request is not undone by one.
     */
    private static boolean conditionalAfter(Tokens t, List<PhraseIndex.Match<Cue>> conditionals, Predicate a) {
        if (conditionals == null || a.cue == Cue.REQUEST) {
            return false;
        }
        int clause = t.clause()[a.start];
        for (PhraseIndex.Match<Cue> m : conditionals) {
            int from = Math.max(a.end, m.start());
            // the absence's own word in its conditional form counts, not a word that one language reads as "if" and
            // another as "no" before its noun (Ilocano "no")
            boolean conditionalForm = m.end() == a.end && !t.is(m.start(), Cue.ABSENCE_BEFORE);
            if (m.start() >= a.end - 1 && m.start() >= a.start && (m.end() > a.end || conditionalForm)
                    && m.start() - a.end < IRREALIS_AFTER && t.clause()[m.start()] == clause && allSmall(t, a.end, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inClauseBefore(Tokens t, List<PhraseIndex.Match<Cue>> cues, int at) {
        if (cues == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> c : cues) {
            if (c.start() < at && t.clause()[c.start()] == t.clause()[at]) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithQuestion(Tokens t, List<PhraseIndex.Match<Cue>> openers, int sentence) {
        if (openers == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> o : openers) {
            if (t.sentence()[o.start()] == sentence && (o.start() == 0 || t.sentence()[o.start() - 1] != sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A yes/no question marked by an enclitic particle in second position, after the sentence's first word and
     * other particles (Wackernagel's position): Tagalog "wala na ba(ng) X?", Waray "waray na ba X?", Bikol "mayo na
     * daw X?", Hiligaynon "wala bala X?". The opener must be a one-word {@code question_opener} that is also a
     * {@code particle}; the sentence must end with "?" (checked by the caller).
     */
    private static boolean encliticQuestion(Tokens t, List<PhraseIndex.Match<Cue>> openers, int sentence) {
        if (openers == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> o : openers) {
            int at = o.start();
            if (o.end() != at + 1 || t.sentence()[at] != sentence || !t.is(at, Cue.PARTICLE)) {
                continue;
            }
            int words = 0;
            for (int i = at - 1; i >= 0 && t.sentence()[i] == sentence; i--) {
                if (!t.is(i, Cue.PARTICLE)) {
                    words++;
                }
            }
            if (words == 1) {
                return true;
            }
        }
        return false;
    }

    /** Where the tokens of a piece end, as the tokenizer reports them. */
    private static final class Offsets implements java.util.function.IntConsumer {
        private int[] ends = new int[16];
        private int size;

        @Override
        public void accept(int end) {
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
            }
            ends[size++] = end;
        }

        int get(int i) {
            return ends[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
