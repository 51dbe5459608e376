package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * The endings of words for someone of a town ({@code names/demonyms.tsv}: "Solapurkar", "Delhiite", "Davaoeño",
 * "Tabaqueño"): which town names a word may be, to be looked up in the registry and the gazetteer.
 */
final class Demonyms {
    /** Fewer letters of a town's key than this are too short to tell from a word ("Goa" is not read so). */
    static final int MIN_TOWN_KEY = 4;

    private record Ending(String ending, List<String> putBack) {
    }

    private static final List<Ending> ENDINGS = read();

    private Demonyms() {
    }

    private static List<Ending> read() {
        List<Ending> endings = new ArrayList<>();
        for (String line : Names.lines("names/demonyms.tsv")) {
            String[] f = line.split("\t", -1);
            String ending = f[0].strip();
            if (ending.isEmpty() || f.length > 2) {
                throw new IllegalStateException("names/demonyms.tsv: expected <ending><TAB><letters>, got '" + line + "'");
            }
            List<String> putBack = new ArrayList<>();
            for (String p : (f.length == 2 ? f[1] : "").split(",", -1)) {
                putBack.add(p.strip());
            }
            endings.add(new Ending(Text.normalise(ending), List.copyOf(putBack)));
        }
        return List.copyOf(endings);
    }

    /**
     * The names a word may be the demonym of, in the order of the file: the word without each ending it has, then
     * with each of that ending's letters put back; empty when it has none of the endings. The word is a token of
     * {@link Text#tokens} (normalised).
     */
    static List<String> townNames(String token) {
        List<String> names = new ArrayList<>(2);
        for (Ending e : ENDINGS) {
            if (token.length() > e.ending.length() + 2 && token.endsWith(e.ending)) {
                String stem = token.substring(0, token.length() - e.ending.length());
                for (String back : e.putBack) {
                    names.add(stem + back);
                }
            }
        }
        return names;
    }
}
