package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        boolean of(String word, String next) {
            if (auxiliary.equals("-")) {
                return word.length() >= shortest && word.endsWith(ending);
            }
            return next != null && next.equals(auxiliary) && word.length() >= shortest && word.endsWith(ending);
        }
    }

    private static final Ending[] FUTURE;
    private static final Set<String> QUESTION;
    private static final Past[] HABITUAL;
    private static final Past[] PAST;

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
        HABITUAL = habitual.toArray(new Past[0]);
        PAST = past.toArray(new Past[0]);
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
        return any(HABITUAL, word, next);
    }

    /**
     * True when the word, with the word after it (null at the end), is a verb in the past before a time since
     * passed: the habitual past, the pluperfect ("gaya" before "tha", "sampla" before "hota", "gechhilo") or the past
     * imperfective ("milat" before "navhta", "malti" before "nahoti").
     */
    static boolean pastBefore(String word, String next) {
        return any(HABITUAL, word, next) || any(PAST, word, next);
    }

    private static boolean any(Past[] forms, String word, String next) {
        for (Past p : forms) {
            if (p.of(word, next)) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is a question particle of an SOV language. */
    static boolean questionParticle(String token) {
        return QUESTION.contains(token);
    }
}
