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
 * the grammar reads by their place. Read once; a lookup compares endings or looks a word up, and allocates nothing.
 */
final class Mood {
    private static final String RESOURCE = "lexicon/mood.tsv";

    /** One ending and the shortest word that may carry it (a shorter one is another word: "mega"). */
    private record Ending(String ending, int shortest) {
    }

    private static final Ending[] FUTURE;
    private static final Set<String> QUESTION;

    static {
        List<Ending> future = new ArrayList<>();
        Set<String> question = new HashSet<>();
        for (String line : BrandSpellings.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && f[1].equals("future")) {
                future.add(new Ending(f[2].strip(), Integer.parseInt(f[3].strip())));
            } else if (f.length >= 3 && f[1].equals("question")) {
                question.add(f[2].strip());
            } else {
                throw new IllegalArgumentException(RESOURCE + ": expected <lang><TAB>future|question<TAB>...: " + line);
            }
        }
        FUTURE = future.toArray(new Ending[0]);
        QUESTION = Set.copyOf(question);
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

    /** True when the token is a question particle of an SOV language. */
    static boolean questionParticle(String token) {
        return QUESTION.contains(token);
    }
}
