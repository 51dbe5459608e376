import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.restockradar.stream.understanding.Latin;
import org.restockradar.stream.understanding.Text;

/**
 * Derives the everyday-word lists of the understanding stage (catalog/common-words-<code>.txt) from the word
 * frequency lists of hermitdave/FrequencyWords (content/2018/<code>/<code>_50k.txt or _full.txt, counted from
 * OpenSubtitles 2018; content CC BY-SA 4.0): the N most frequent words of each language, normalised and tokenised as
 * the stage cuts posts, each word of another script with its Latin spelling as the stage's keys write it.
 * Run by tools/common-words/derive.sh; see docs/understanding.md.
 */
public final class DeriveCommonWords {
    /** Lexicon code, words kept, the language's name. */
    private record Language(String code, int top, String name) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", 10000, "English"),
            new Language("tl", 5000, "Tagalog"),
            new Language("hi", 5000, "Hindi"),
            new Language("ur", 5000, "Urdu"),
            new Language("bn", 5000, "Bengali"),
            new Language("ta", 5000, "Tamil"),
            new Language("te", 5000, "Telugu"),
            new Language("ml", 5000, "Malayalam"));
    /** Shorter words are rarely a brand's name and often a word of several languages. */
    private static final int SHORTEST = 3;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DeriveCommonWords <FrequencyWords content/2018 dir> <commit> <output dir>");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        for (Language l : LANGUAGES) {
            Path source = content.resolve(l.code()).resolve(l.code() + "_50k.txt");
            if (!Files.exists(source)) {
                source = content.resolve(l.code()).resolve(l.code() + "_full.txt");
            }
            Set<String> words = new LinkedHashSet<>();
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                if (words.size() >= l.top()) {
                    break;
                }
                String word = line.strip().split(" ")[0];
                List<String> tokens = Text.tokens(word);
                if (tokens.size() == 1 && tokens.get(0).codePointCount(0, tokens.get(0).length()) >= SHORTEST
                        && tokens.get(0).chars().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                    words.add(tokens.get(0));
                }
            }
            List<String> out = new ArrayList<>();
            out.add("# " + l.name() + " (" + l.code() + "): the " + words.size() + " most frequent words of " + SHORTEST
                    + " letters or more, derived by tools/common-words/derive.sh; do not edit by hand.");
            out.add("# source: hermitdave/FrequencyWords, commit " + args[1] + ", " + content.getFileName() + "/" + l.code()
                    + "/" + source.getFileName() + " (word counts of OpenSubtitles 2018, http://www.opensubtitles.org/,");
            out.add("# via OPUS), by Hermit Dave; licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).");
            out.add("# This list is a derived work under the same licence (see NOTICE). One word a line, as the posts'");
            out.add("# normaliser writes it; a word of another script is followed by a tab and its Latin spelling.");
            for (String w : words) {
                out.add(Text.isLatin(w) ? w : w + "\t" + Latin.of(w));
            }
            Files.write(Path.of(args[2]).resolve("common-words-" + l.code() + ".txt"), out, StandardCharsets.UTF_8);
            System.out.println(l.code() + ": " + words.size() + " words from " + source);
        }
    }
}
