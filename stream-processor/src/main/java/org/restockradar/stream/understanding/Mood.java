package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mood written on the verb or by a particle, in the languages that write it so ({@code lexicon/mood.tsv}): the future
 * tense by a verb's ending (Hindi and Urdu "-ega/-egi/-enge": "nahi milegi", "nahi rahegi"; Punjabi "-ugi", Bengali
 * "-be", Gujarati "-she", Marathi "-el/-nar", Odia "-iba", Tamil and Malayalam "-um", Telugu "-tundi", Kannada
 * "-utte"; in Latin letters and in each script), so that a verb the lexicons do not list is still read as future;
 * and the particles that make a yes/no question of a clause in SOV order ("kya", "ka", "shu", "ki", "naki"), which
 * the grammar reads by their place. Since session 15 also the past written on the verb group: the habitual past
 * (Hindi and Urdu "-ta tha", Punjabi "-da si", Bengali "-to", Telugu "-edi": "nahi milta tha", "পাওয়া যেত না",
 * "dorikedi kaadu"), which places an absence back in time as "used to" does, and the pluperfect and past imperfective
 * (Hindi "-a tha", Marathi "-la hota", "-t navhta", Gujarati "-yu hatu", "-ti nahoti", Bengali "-chhilo", Malayalam
 * "-irunnu"), which sets a time before now that a later "it is there now" answers, as "yesterday" does. Read once;
 * a lookup compares endings or looks a word up, and allocates nothing.
 */
final class Mood {
    private static final String RESOURCE = "lexicon/mood.tsv";

    /** One ending and the shortest word that may carry it (a shorter one is another word: "mega"). */
    private record Ending(String ending, int shortest) {
    }

    /**
     * A past form: a participle's ending and the auxiliary word right after it ("milta" + "tha"), or an ending alone
     * on one word when the auxiliary is "-" ("gechhilo"); the shortest word that may carry the ending.
     */
    private record Past(String ending, String auxiliary, int shortest) {
        Past {
            if (ending.isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + ": a past form needs an ending: " + auxiliary);
            }
        }

        boolean alone() {
            return auxiliary.equals("-");
        }

        boolean of(String word, String next) {
            if (alone()) {
                return word.length() >= shortest && word.endsWith(ending);
            }
            return next != null && next.equals(auxiliary) && word.length() >= shortest && word.endsWith(ending);
        }
    }

    /**
     * Past forms found by what a word can match, not tried one by one: those with an auxiliary by the auxiliary (the
     * word after the verb must be it, and most words are followed by none), those alone on one word by the last
     * letter of their ending (a word can only end so if it ends in that letter). Session 16's profile had {@code
     * Mood.any} trying every form of every language on each word at 2.2 % of the stage's samples
     * (docs/benchmarks.md); the answer is the same, since a word matches a form only if both tests pass.
     */
    private static final class PastForms {
        /** Slots of the forms alone, by the last letter of the ending modulo this (a power of two). */
        private static final int SLOTS = 64;
        private static final Past[] NONE = new Past[0];

        private final Map<String, Past[]> byAuxiliary;
        private final Past[][] aloneByLastLetter = new Past[SLOTS][];

        PastForms(List<Past> forms) {
            Map<String, List<Past>> withAuxiliary = new HashMap<>();
            List<List<Past>> alone = new ArrayList<>();
            for (int s = 0; s < SLOTS; s++) {
                alone.add(new ArrayList<>());
            }
            for (Past p : forms) {
                if (p.alone()) {
                    alone.get(slot(p.ending().charAt(p.ending().length() - 1))).add(p);
                } else {
                    withAuxiliary.computeIfAbsent(p.auxiliary(), a -> new ArrayList<>()).add(p);
                }
            }
            Map<String, Past[]> byAux = new HashMap<>();
            withAuxiliary.forEach((a, l) -> byAux.put(a, l.toArray(NONE)));
            this.byAuxiliary = Map.copyOf(byAux);
            for (int s = 0; s < SLOTS; s++) {
                aloneByLastLetter[s] = alone.get(s).toArray(NONE);
            }
        }

        private static int slot(char c) {
            return c & (SLOTS - 1);
        }

        boolean of(String word, String next) {
            if (word.isEmpty()) {
                return false;
            }
            for (Past p : aloneByLastLetter[slot(word.charAt(word.length() - 1))]) {
                if (p.of(word, next)) {
                    return true;
                }
            }
            Past[] after = next == null ? null : byAuxiliary.get(next);
            if (after != null) {
                for (Past p : after) {
                    if (p.of(word, next)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final Ending[] FUTURE;
    private static final Set<String> QUESTION;
    private static final PastForms HABITUAL;
    private static final PastForms PAST;

    static {
        List<Ending> future = new ArrayList<>();
        Set<String> question = new HashSet<>();
        List<Past> habitual = new ArrayList<>();
        List<Past> past = new ArrayList<>();
        for (String line : BrandSpellings.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && f[1].equals("future")) {
                future.add(new Ending(f[2].strip(), Integer.parseInt(f[3].strip())));
            } else if (f.length >= 5 && (f[1].equals("habitual") || f[1].equals("past"))) {
                Past form = new Past(f[2].strip(), f[3].strip(), Integer.parseInt(f[4].strip()));
                (f[1].equals("habitual") ? habitual : past).add(form);
            } else if (f.length >= 3 && f[1].equals("question")) {
                question.add(f[2].strip());
            } else {
                throw new IllegalArgumentException(RESOURCE + ": expected <lang><TAB>future|habitual|past|question<TAB>...: " + line);
            }
        }
        FUTURE = future.toArray(new Ending[0]);
        QUESTION = Set.copyOf(question);
        HABITUAL = new PastForms(habitual);
        PAST = new PastForms(past);
    }

    private Mood() {
    }

    /** True when the token is a verb in the future by its ending. */
    static boolean future(String token) {
        for (Ending e : FUTURE) {
            if (token.length() >= e.shortest() && token.endsWith(e.ending())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word, with the word after it (null at the end), is a verb in the habitual past: "milta" before
     * "tha", "jeto", "dorikedi".
     */
    static boolean habitualPast(String word, String next) {
        return HABITUAL.of(word, next);
    }

    /**
     * True when the word, with the word after it (null at the end), is a verb in the past before a time since
     * passed: the habitual past, the pluperfect ("gaya" before "tha", "sampla" before "hota", "gechhilo") or the past
     * imperfective ("milat" before "navhta", "malti" before "nahoti").
     */
    static boolean pastBefore(String word, String next) {
        return HABITUAL.of(word, next) || PAST.of(word, next);
    }

    /** True when the token is a question particle of an SOV language. */
    static boolean questionParticle(String token) {
        return QUESTION.contains(token);
    }
}
