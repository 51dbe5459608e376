package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a post that names a tracked brand reports it missing now. Rules over cue phrases
 * ({@link Cue}) and their positions: an absence or a request near the brand makes a report, unless it is negated,
 * hypothetical, asked as a yes/no question, answered by a later "found it", long past, sarcastic, an advert, news,
 * the brand's own call to action, or about another meaning of the name. Pure and thread-safe.
 */
public final class IntentReader {

    /** The decision with its confidence and a short reason; {@code absenceAt} is where the first absence was read. */
    public record Intent(boolean stockout, double confidence, String reason, int absenceAt) {
    }

    /**
     * A post cut into tokens, with the sentence and clause of each token and the cue phrases found in them (read
     * once per post: the clauses, the intent and the positive clauses all need them).
     */
    public record Tokens(List<String> tokens, int[] sentence, int[] clause, boolean[] questionSentence,
                         List<PhraseIndex.Match<Cue>> cues) {
    }

    private static final Lexicon LEXICON = Lexicon.shipped();
    private static final PhraseIndex<Cue> CUES = phraseCues();
    private static final Set<String> BEFORE_BRAND_ABSENCE = LEXICON.words(Cue.ABSENCE_BEFORE);
    private static final Set<String> AFTER_BRAND_ABSENCE = LEXICON.words(Cue.ABSENCE_AFTER);
    /** Small words between an absence and the brand: "wala pa rin Hippo", "way na Hippo", "wala na pud Hippo". */
    private static final Set<String> PARTICLES = LEXICON.words(Cue.PARTICLE);
    /** Words after which a word is a noun: Cebuano "way" (none) is English "way" in "the way", "by the way". */
    private static final Set<String> DETERMINERS = LEXICON.words(Cue.DETERMINER);
    /** A word that says it is gone when it ends the brand's clause: "peri peri out, jeera out", "X gone." */
    private static final Set<String> CLAUSE_END_ABSENCE = LEXICON.words(Cue.ABSENCE_CLAUSE_END);
    private static final Set<String> COPULA = LEXICON.words(Cue.COPULA);
    /** "pata nahi" (don't know), "kyun nahi" (why not): a "nahi" that says nothing about the shelf. */
    private static final Set<String> NOT_ABSENCE_BEFORE = LEXICON.words(Cue.NOT_ABSENCE_BEFORE);
    private static final Set<String> THANKS = LEXICON.words(Cue.THANKS);
    private static final Set<String> STRONG_PRODUCT = LEXICON.words(Cue.STRONG_PRODUCT);
    private static final Set<String> SHOP_WORDS = LEXICON.words(Cue.SHOP_WORD);

    private static PhraseIndex<Cue> phraseCues() {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        for (Lexicon.Entry e : LEXICON.entries()) {
            if (!e.cue().word()) {
                index.addTokens(e.tokens(), e.cue());
            }
        }
        return index;
    }

    private IntentReader() {
    }

    /** Cuts a normalised text into tokens with sentence and clause numbers. */
    public static Tokens cut(String normalised) {
        List<String> tokens = new ArrayList<>(normalised.length() / 4 + 2);
        java.util.BitSet commaAfter = new java.util.BitSet();
        Offsets ends = new Offsets();
        int[] sent = new int[normalised.length() / 4 + 2]; // grown below when a piece needs more
        boolean[] q = new boolean[8];
        int start = 0;
        int s = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            char c = i < normalised.length() ? normalised.charAt(i) : '\n';
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '।' || c == '|') {
                if (i > start) {
                    // the piece [start, i), tokenised in place; ends are offsets in the whole text
                    ends.clear();
                    List<String> part = Text.tokensOfNormalised(normalised, start, i, ends);
                    // a comma with a token before it (since the last comma) and one after it ends a clause
                    int before = 0;
                    int counted = 0;
                    for (int comma = normalised.indexOf(',', start); comma >= 0 && comma < i;
                         comma = normalised.indexOf(',', comma + 1)) {
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
                            if (normalised.charAt(j) == '?') {
                                question = true;
                            }
                        }
                        if (tokens.size() + part.size() > sent.length) {
                            sent = java.util.Arrays.copyOf(sent, Math.max(sent.length * 2, tokens.size() + part.size()));
                        }
                        for (String t : part) {
                            sent[tokens.size()] = s;
                            tokens.add(t);
                        }
                        if (s == q.length) {
                            q = java.util.Arrays.copyOf(q, s * 2);
                        }
                        q[s] = question || c == '?';
                        s++;
                    }
                }
                start = i + 1;
            }
        }
        sent = java.util.Arrays.copyOf(sent, tokens.size());
        q = java.util.Arrays.copyOf(q, s);
        int[] clause = new int[tokens.size()];
        List<PhraseIndex.Match<Cue>> cues = CUES.findLongest(tokens);
        boolean[] contrastAt = new boolean[tokens.size()];
        for (PhraseIndex.Match<Cue> m : cues) {
            if (m.value() == Cue.CONTRAST) {
                contrastAt[m.start()] = true;
            }
        }
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && (sent[i] != sent[i - 1] || contrastAt[i] || commaAfter.get(i - 1))) {
                c++;
            }
            clause[i] = c;
        }
        return new Tokens(tokens, sent, clause, q, cues);
    }

    /** Reads the intent of a post about {@code brand}, given where the catalog matched. */
    public static Intent read(Tokens t, List<CatalogMatcher.Hit> hits) {
        List<String> tokens = t.tokens();
        List<PhraseIndex.Match<Cue>> cues = t.cues();
        Map<Cue, List<PhraseIndex.Match<Cue>>> by = new EnumMap<>(Cue.class);
        for (PhraseIndex.Match<Cue> m : cues) {
            by.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        boolean strongProduct = false;
        for (CatalogMatcher.Hit h : hits) {
            strongProduct |= h.product() != null || h.handle();
        }
        for (int i = 0; i < tokens.size() && !strongProduct; i++) {
            strongProduct = STRONG_PRODUCT.contains(tokens.get(i));
        }
        if (by.containsKey(Cue.OTHER_SENSE) && !strongProduct) {
            return new Intent(false, 0.8, "another meaning of the brand's name", -1);
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
        List<Integer> absences = new ArrayList<>();
        List<PhraseIndex.Match<Cue>> absenceCues = new ArrayList<>(by.getOrDefault(Cue.ABSENCE, List.of()));
        absenceCues.addAll(by.getOrDefault(Cue.REQUEST, List.of()));
        for (CatalogMatcher.Hit h : hits) {
            int before = h.start() - 1;
            while (before > 0 && PARTICLES.contains(tokens.get(before)) && h.start() - before < 4) {
                before--;
            }
            if (before >= 0 && BEFORE_BRAND_ABSENCE.contains(tokens.get(before))
                    && (before == 0 || !DETERMINERS.contains(tokens.get(before - 1)))) {
                absenceCues.add(new PhraseIndex.Match<>(before, before + 1, Cue.ABSENCE));
            }
            int end = h.end();
            while (end < tokens.size() && end - h.end() < 2 && COPULA.contains(tokens.get(end))) {
                end++;
            }
            if (end < tokens.size() && CLAUSE_END_ABSENCE.contains(tokens.get(end))
                    && t.clause()[end] == t.clause()[h.start()]
                    && (end + 1 == tokens.size() || t.clause()[end + 1] != t.clause()[end])) {
                absenceCues.add(new PhraseIndex.Match<>(end, end + 1, Cue.ABSENCE));
            }
            for (int j = h.end(); j < Math.min(tokens.size(), h.end() + 8); j++) {
                if (AFTER_BRAND_ABSENCE.contains(tokens.get(j)) && t.clause()[j] == t.clause()[h.start()]
                        && !NOT_ABSENCE_BEFORE.contains(tokens.get(j - 1))) {
                    absenceCues.add(new PhraseIndex.Match<>(j, j + 1, Cue.ABSENCE));
                }
            }
        }
        for (int j = 1; j < tokens.size(); j++) {
            // "every shop near me is out": a clause-end absence after a copula, in a clause about shops
            if (CLAUSE_END_ABSENCE.contains(tokens.get(j)) && COPULA.contains(tokens.get(j - 1))
                    && (j + 1 == tokens.size() || t.clause()[j + 1] != t.clause()[j]) && shopWordInClause(t, j)) {
                absenceCues.add(new PhraseIndex.Match<>(j, j + 1, Cue.ABSENCE));
            }
        }
        List<PhraseIndex.Match<Cue>> found = new ArrayList<>(by.getOrDefault(Cue.FOUND, List.of()));
        for (PhraseIndex.Match<Cue> r : by.getOrDefault(Cue.REQUEST, List.of())) {
            for (int j = Math.max(0, r.start() - 5); j < r.start(); j++) {
                if (THANKS.contains(tokens.get(j)) && t.clause()[j] == t.clause()[r.start()]) {
                    found.add(r);
                    absenceCues.remove(r);
                    break;
                }
            }
        }
        boolean negatedSome = false;
        boolean hypothetical = false;
        boolean asked = false;
        for (PhraseIndex.Match<Cue> a : absenceCues) {
            if (negated(t, by.get(Cue.NEGATOR), a)) {
                negatedSome = true;
                continue;
            }
            if (inClauseBefore(t, by.get(Cue.CONDITIONAL), a)) {
                hypothetical = true;
                continue;
            }
            int sentence = t.sentence()[a.start()];
            if (t.questionSentence()[sentence] && startsWithQuestion(t, by.get(Cue.QUESTION_OPENER), sentence)
                    && a.value() == Cue.ABSENCE) {
                asked = true;
                continue;
            }
            if (!aboutBrand(t, a, hits, by)) {
                continue;
            }
            absences.add(a.start());
        }
        if (absences.isEmpty()) {
            String why = negatedSome ? "negated absence" : hypothetical ? "hypothetical" : asked ? "a question"
                    : by.containsKey(Cue.WHERE_TO_BUY) ? "asking where to buy" : "no absence of the brand";
            return new Intent(false, negatedSome || hypothetical || asked ? 0.7 : 0.85, why, -1);
        }
        int lastAbsence = -1;
        int firstAbsence = Integer.MAX_VALUE;
        for (int a : absences) {
            lastAbsence = Math.max(lastAbsence, a);
            firstAbsence = Math.min(firstAbsence, a);
        }
        int lastFound = -1;
        for (PhraseIndex.Match<Cue> f : found) {
            lastFound = Math.max(lastFound, f.start());
        }
        if (lastFound > lastAbsence) {
            return new Intent(false, 0.8, "found or back in stock", -1);
        }
        if (old(t, by.get(Cue.OLD), absences) && !by.containsKey(Cue.NOW)) {
            return new Intent(false, 0.6, "an old problem", -1);
        }
        int adverts = by.getOrDefault(Cue.ADVERT, List.of()).size();
        if (adverts >= 2) {
            return new Intent(false, 0.75, "an advert", -1);
        }
        double confidence = 0.9;
        if (adverts == 1) {
            confidence -= 0.15;
        }
        if (lastFound >= 0) {
            confidence -= 0.1;
        }
        if (negatedSome || hypothetical || asked) {
            confidence -= 0.1;
        }
        return new Intent(true, confidence, "absence of the brand", firstAbsence);
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
            if (BEFORE_BRAND_ABSENCE.contains(t.tokens().get(i))) {
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
     * The absence is long past when a word of the past ("last year", "used to") is in a sentence of an absence or
     * comes before every absence. One that only follows in a later sentence recalls better days: "out of X. They
     * used to have a whole stand."
     */
    private static boolean old(Tokens t, List<PhraseIndex.Match<Cue>> olds, List<Integer> absences) {
        if (olds == null) {
            return false;
        }
        int first = absences.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        for (PhraseIndex.Match<Cue> o : olds) {
            if (o.start() < first) {
                return true;
            }
            for (int a : absences) {
                if (t.sentence()[a] == t.sentence()[o.start()]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shopWordInClause(Tokens t, int at) {
        for (int i = at - 1; i >= 0 && t.clause()[i] == t.clause()[at]; i--) {
            if (SHOP_WORDS.contains(t.tokens().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A negator up to three tokens before the absence, in its clause: "never seen it out of stock". */
    private static boolean negated(Tokens t, List<PhraseIndex.Match<Cue>> negators, PhraseIndex.Match<Cue> a) {
        if (negators == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> n : negators) {
            if (n.end() <= a.start() && a.start() - n.end() <= 3 && t.clause()[n.start()] == t.clause()[a.start()]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inClauseBefore(Tokens t, List<PhraseIndex.Match<Cue>> cues, PhraseIndex.Match<Cue> a) {
        if (cues == null) {
            return false;
        }
        for (PhraseIndex.Match<Cue> c : cues) {
            if (c.start() < a.start() && t.clause()[c.start()] == t.clause()[a.start()]) {
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

    private static boolean aboutBrand(Tokens t, PhraseIndex.Match<Cue> a, List<CatalogMatcher.Hit> hits,
                                      Map<Cue, List<PhraseIndex.Match<Cue>>> by) {
        int sentence = t.sentence()[a.start()];
        int clause = t.clause()[a.start()];
        boolean sameSentence = false;
        List<PhraseIndex.Match<Cue>> there = by.getOrDefault(Cue.AVAILABLE, List.of());
        for (CatalogMatcher.Hit h : hits) {
            if (t.clause()[h.start()] == clause) {
                // "Piattos out of stock sa X, Hippo meron naman": the brand is there, the absence is another product's
                boolean thereAfter = a.start() < h.start() && there.stream().anyMatch(p -> p.start() >= h.end()
                        && p.start() - h.end() <= 1 && t.clause()[p.start()] == clause);
                if (!thereAfter) {
                    return true;
                }
                continue;
            }
            if (t.sentence()[h.start()] == sentence) {
                sameSentence = true;
            }
        }
        List<PhraseIndex.Match<Cue>> positive = new ArrayList<>(by.getOrDefault(Cue.AVAILABLE, List.of()));
        positive.addAll(by.getOrDefault(Cue.FOUND, List.of()));
        for (CatalogMatcher.Hit h : hits) {
            for (PhraseIndex.Match<Cue> p : positive) {
                if (t.clause()[p.start()] == t.clause()[h.start()]) {
                    return false;
                }
            }
        }
        if (sameSentence) {
            return true;
        }
        // the absence is in another sentence: it counts when it follows a sentence about the brand
        for (CatalogMatcher.Hit h : hits) {
            int hs = t.sentence()[h.start()];
            if (hs == sentence - 1 || hs == sentence + 1) {
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
                ends = java.util.Arrays.copyOf(ends, size * 2);
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
