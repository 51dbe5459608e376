package org.restockradar.stream.understanding;

/**
 * How a word differs from a brand's name, told by the kind of edit: the ways a typist errs against the ways another
 * name differs. A typing slip: a neighbouring key ("Kurvoma" for "Kurvona"), a letter of like sound ("Kurbona",
 * "Curvona"), two letters swapped ("Kruvona"), a vowel dropped inside the name ("Kurvna"), a letter doubled or a
 * doubled one written once, a vowel put between two consonants ("Chasaka" for "Chaska"), an "h" after a consonant
 * ("Chashka"), a close vowel ("i" for "e", "u" for "o", as Indian and Filipino spellings write them). Another name:
 * a vowel of another quality ("Kurvana", "Karvona"), the name's last vowel changed ("Limco" against "Limca"), a letter
 * or a syllable added before its end or after it ("Kurvonia", "Kurvonta", "Chaskon"), its last letter dropped.
 * A final vowel written long ("Siglah") or a final "a" left out ("Chatkar") is a spelling of the name too.
 * Anything else, or a word the rules cannot align, is {@link Kind#UNKNOWN}. Runs only for a post whose brand is a
 * near spelling and nothing else (rare), so it may allocate.
 */
final class NameEdit {

    /** The kind of a word's difference from a name. */
    enum Kind {
        /** A typing slip of the name: the word is the brand misspelt. */
        SLIP,
        /** A change of the kind that makes another name: the word is another brand's. */
        OTHER_NAME,
        /** Neither can be told. */
        UNKNOWN
    }

    private static final String VOWELS = "aeiou";
    /** Vowels that Indian and Filipino spellings of one sound write either way. */
    private static final String[] CLOSE_VOWELS = {"ie", "ou", "iy"};


    private NameEdit() {
    }

    /** The kind of {@code word}'s difference from {@code name} (both lower case); {@code SLIP} for the name itself. */
    static Kind of(String word, String name) {
        String w = Latin.of(word);
        if (!lettersOnly(w) || !lettersOnly(name)) {
            return Kind.UNKNOWN;
        }
        Kind byLetters = byLetters(finalVowelAsNamed(w, name), name);
        if (byLetters != Kind.UNKNOWN) {
            return byLetters;
        }
        // letters too far apart to align one by one may still be one edit apart in sound: "Phalika" is "falika"
        // against "Phoolika"'s "fulika", a vowel of another quality ("oo" and "a" are two letters against one)
        String wk = Phonetic.key(w);
        String nk = Phonetic.key(name);
        return wk.equals(w) && nk.equals(name) || !lettersOnly(wk) || !lettersOnly(nk) ? Kind.UNKNOWN : byLetters(wk, nk);
    }

    /** Spellings of a long final "i", "u" and "a" ({@link #finalVowelAsNamed}), made once rather than per call. */
    private static final String[] LONG_I = {"ee", "ie", "ii", "ey"};
    private static final String[] LONG_U = {"oo", "uu"};
    private static final String[] LONG_A = {"aa"};
    private static final String[] NO_LONG = {};

    /**
     * The word with a last vowel written long in a way Indian and Filipino spellings write the name's own last vowel
     * ("-ee", "-ie", "-ii", "-ey" for "-i": "Tovanzee", "Tovanzie"; "-oo", "-uu" for "-u"; "-aa" for "-a") written as
     * the name writes it (session 19); the word itself otherwise. A long final vowel is one sound, not a new syllable.
     */
    static String finalVowelAsNamed(String w, String name) {
        if (name.isEmpty() || w.length() < 4) {
            return w;
        }
        char last = name.charAt(name.length() - 1);
        String[] longer = switch (last) {
            case 'i' -> LONG_I;
            case 'u' -> LONG_U;
            case 'a' -> LONG_A;
            default -> NO_LONG;
        };
        for (String l : longer) {
            if (w.endsWith(l) && !name.endsWith(l)) {
                return w.substring(0, w.length() - l.length()) + last;
            }
        }
        return w;
    }

    /**
     * The word as it is spoken, in the letters Indian and Filipino spellings of one sound share (session 19): a long
     * final vowel as the name writes it, "ee" as "i", "oo" as "u", "y" as "i", "z" as "j" (Hindi and Urdu speakers
     * say ज़ as ज), an "h" after a consonant left out ("Tovanzhi"), every doubled letter once. Since session 20 also
     * a hard "c" as "k" ("Gondhica", {@link #hardC}), one sound written with either letter. A like sound ("b"
     * or "w" for "v") stays a changed consonant, held for review (BrandEvidenceTest, IntentReaderPairsTest). Two words
     * spoken alike differ in no consonant and in no vowel's quality, only in how a sound is written.
     */
    static String spoken(String w, String name) {
        String s = finalVowelAsNamed(w, name).replace("ee", "i").replace("oo", "u").replace('y', 'i').replace('z', 'j');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'h' && i > 0 && !isVowel(s.charAt(i - 1))) {
                continue;
            }
            b.append(hardC(s, i) ? 'k' : c);
        }
        return undoubled(b.toString());
    }

    /**
     * A "c" spoken as "k" (session 20): before "a", "o", "u" or at the end of the word, as English and Philippine
     * spellings read it ("Gondhica", "Limko" for "Limco"). Not before "i", "e" or "y" (an "s" or "ch"), nor before a
     * consonant: "Limcko" adds a letter, as a look-alike name is made.
     */
    private static boolean hardC(String s, int i) {
        if (s.charAt(i) != 'c') {
            return false;
        }
        if (i + 1 == s.length()) {
            return true;
        }
        char next = s.charAt(i + 1);
        return next == 'a' || next == 'o' || next == 'u';
    }

    /**
     * True when {@code word} is {@code name} spelt another way as it is spoken ({@link #spoken}), not the name itself,
     * with no letter of the name left out (it is as long as the name or longer): a word shorter than the name ("Kurvani"
     * for "Khoorvani") may as well be a shorter name, and stays weak evidence (session 14).
     */
    static boolean spokenAlike(String word, String name) {
        String w = Latin.of(word);
        return lettersOnly(w) && lettersOnly(name) && !w.equals(name) && w.length() >= name.length()
                && spoken(w, name).equals(spoken(name, name));
    }

    private static Kind byLetters(String w, String name) {
        if (undoubled(w).equals(undoubled(name))) {
            return Kind.SLIP;
        }
        int p = 0;
        int max = Math.min(w.length(), name.length());
        while (p < max && w.charAt(p) == name.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && w.charAt(w.length() - 1 - s) == name.charAt(name.length() - 1 - s)) {
            s++;
        }
        String fromName = name.substring(p, name.length() - s);
        String fromWord = w.substring(p, w.length() - s);
        boolean atEnd = s == 0;
        if (fromName.length() == 1 && fromWord.length() == 1) {
            return substitution(fromName.charAt(0), fromWord.charAt(0), atEnd);
        }
        if (fromName.length() == 2 && fromWord.length() == 2 && fromName.charAt(0) == fromWord.charAt(1)
                && fromName.charAt(1) == fromWord.charAt(0)) {
            return Kind.SLIP; // two letters swapped
        }
        if (fromName.isEmpty() && fromWord.length() == 1) {
            return insertion(name, p, fromWord.charAt(0));
        }
        if (fromName.length() == 1 && fromWord.isEmpty()) {
            return deletion(name, p, fromName.charAt(0));
        }
        if (atEnd && fromWord.length() >= 2 && fromWord.length() > fromName.length()) {
            return Kind.OTHER_NAME; // a syllable added at the end or the ending replaced by a longer one ("Kurvonix")
        }
        return Kind.UNKNOWN;
    }

    private static Kind substitution(char inName, char inWord, boolean last) {
        if (close(inName, inWord)) {
            return Kind.SLIP; // "Lymco", "Limcu": one sound written either way
        }
        if (isVowel(inName) && isVowel(inWord) && last) {
            return Kind.OTHER_NAME; // the last vowel is the ending: "Limco" is another name than "Limca"
        }
        if (BrandSpellings.neighbourKeys(inName, inWord) || BrandSpellings.sameSound(inName, inWord)) {
            return Kind.SLIP;
        }
        return Kind.OTHER_NAME; // a vowel of another quality, or an unlike letter
    }

    /** {@code c} put into {@code name} before its index {@code at}. */
    private static Kind insertion(String name, int at, char c) {
        char before = at > 0 ? name.charAt(at - 1) : 0;
        char after = at < name.length() ? name.charAt(at) : 0;
        if (c == 'h' && before != 0 && !isVowel(before)) {
            return Kind.SLIP; // "sh", "kh", "th": the same sound written with an h
        }
        if (after == 0) {
            if (c == 'h' && isVowel(before) || c == 'w' && before == 'o') {
                return Kind.SLIP; // a final vowel written long: "Limcoh", "Siglah"
            }
            return BrandSpellings.neighbourKeys(before, c) ? Kind.SLIP : Kind.OTHER_NAME; // an ending added
        }
        if (isVowel(c) && isVowel(after) && at == name.length() - 1) {
            return Kind.OTHER_NAME; // a new last syllable, as names end: "-ia", "-io", "-ea"
        }
        if (isVowel(c) && before != 0 && !isVowel(before) && !isVowel(after)) {
            return Kind.SLIP; // a vowel spoken between two consonants ("Chasaka")
        }
        if (BrandSpellings.neighbourKeys(before, c) || BrandSpellings.neighbourKeys(after, c)) {
            return Kind.SLIP; // a key struck beside the intended one
        }
        return Kind.OTHER_NAME;
    }

    /** {@code c} at index {@code at} of {@code name} left out. */
    private static Kind deletion(String name, int at, char c) {
        if (at == name.length() - 1) {
            return c == 'a' ? Kind.SLIP : Kind.OTHER_NAME; // a final "a" is often unwritten ("Chatkar"); else the ending
        }
        return at > 0 ? Kind.SLIP : Kind.UNKNOWN; // a letter inside the name missed
    }

    private static boolean close(char a, char b) {
        for (String pair : CLOSE_VOWELS) {
            if (pair.indexOf(a) >= 0 && pair.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** True when a word is one or more Latin letters a to z. */
    static boolean lettersOnly(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The word with every run of one letter written once ("krispollo" is "krispolo"). */
    static String undoubled(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }
}
