package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Whether a word that looks like a tracked brand is that brand, from the evidence around it, for the two cases the
 * name alone cannot tell:
 * <ul>
 *   <li>a near spelling with nothing else of the brand's products ({@link #ofNearSpelling}): a slip in writing the
 *   brand's name, or another brand a letter or two away. Against the brand: a word for a kind of goods that the
 *   brand's {@code category_words} are not of right after it ("Krispola soap" for a brand of chips), or product
 *   words the catalog does not know between it and the predicate ("Krispola chilli lime out of stock": the other
 *   brand's product line), or a post that speaks of a new or another brand ("naya brand", "ibang brand"). For it: a
 *   slip that only doubles a letter of the name or writes a doubled one once ("Krispollo", "Sigglaa"), in a post
 *   without the word "brand"; any other edit is how look-alike names are made as well ("Krispola chips" stays for
 *   review).</li>
 *   <li>the brand's name in its everyday meaning ({@link #everydaySense}): a genitive, possessive or mass quantity
 *   right before it, or a possessive or genitive after it ("dil ka sukoon", "ang sigla ko"), in a post with no
 *   evidence of the product.</li>
 * </ul>
 * The words are data, {@code catalog/brand-evidence.tsv}. A brand without {@code category_words} is judged by
 * product words only. Built once; a judgement allocates nothing for a post without near spellings.
 */
final class BrandEvidence {

    /** What the evidence says about a near spelling. */
    enum Verdict {
        /** The tracked brand misspelt: its own category word beside a slip. */
        SAME,
        /** Another brand: a kind of goods the brand does not sell, or product words the catalog lacks. */
        OTHER,
        /** Nothing tells: the report goes to review, as before. */
        UNSURE
    }

    /** A verdict and its reason in words. */
    record Judgement(Verdict verdict, String why) {
        static final Judgement UNSURE = new Judgement(Verdict.UNSURE, "");
    }

    private static final String RESOURCE = "catalog/brand-evidence.tsv";
    /** Tokens after a look-alike that may name its own product ("sour cream twist"). */
    static final int PRODUCT_NAME_WORDS = 3;
    /** Cues that end a product's name: a predicate about it or the place it is missing at. */
    private static final Cue[] ENDS_A_NAME = {Cue.ABSENCE, Cue.ABSENCE_AFTER, Cue.ABSENCE_CLAUSE_END, Cue.NEGATOR,
        Cue.AVAILABLE, Cue.FOUND, Cue.PLACE_MARKER};
    /** A category phrase and its class. */
    private record Category(String[] tokens, String kind) {
    }

    private final Map<String, List<Category>> categories = new HashMap<>();
    private final Set<String> nounBefore = new HashSet<>();
    private final Set<String> nounAfter = new HashSet<>();
    private final Set<String> topic = new HashSet<>();
    private final Set<String> possessiveAfterTopic = new HashSet<>();
    private final List<String[]> otherBrand = new ArrayList<>();
    private final List<String[]> newBefore = new ArrayList<>();
    private final List<String[]> makerAfter = new ArrayList<>();
    private final Set<String> modifier = new HashSet<>();
    private final List<String> genitiveEnding = new ArrayList<>();
    private final Set<String> verbAfter = new HashSet<>();
    /** Per brand, the classes of its category words ({@code own:<phrase>} for a word the vocabulary lacks). */
    private final Map<Catalog.Brand, BrandKinds> kinds = new ConcurrentHashMap<>();

    /** A brand's category phrases as tokens and the classes they fall in. */
    private record BrandKinds(List<List<String>> phrases, Set<String> classes) {
    }

    /** The shipped vocabulary. */
    static final BrandEvidence SHIPPED = new BrandEvidence(BrandSpellings.lines(RESOURCE));

    BrandEvidence(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            VocabularyLine v = VocabularyLine.parse(RESOURCE, n, line);
            List<String> tokens = v.tokens();
            switch (v.kind()) {
                case "category" -> categories.computeIfAbsent(tokens.get(0), k -> new ArrayList<>(1))
                        .add(new Category(v.tokenArray(), v.group()));
                case "noun_before" -> nounBefore.add(tokens.get(0));
                case "noun_after" -> nounAfter.add(tokens.get(0));
                case "topic" -> topic.add(tokens.get(0));
                case "possessive_after_topic" -> possessiveAfterTopic.add(tokens.get(0));
                case "other_brand" -> otherBrand.add(tokens.toArray(new String[0]));
                case "new_before" -> newBefore.add(tokens.toArray(new String[0]));
                case "maker_after" -> makerAfter.add(tokens.toArray(new String[0]));
                case "modifier" -> modifier.add(tokens.get(0));
                case "genitive_ending" -> genitiveEnding.add(tokens.get(0));
                case "verb_after" -> verbAfter.add(tokens.get(0));
                default -> throw new IllegalStateException(RESOURCE + ": data line " + n + " has an unknown kind: " + line);
            }
        }
    }

    /**
     * The judgement on a brand whose every hit is a near spelling with nothing else of its products
     * ({@link IntentReader#nearSpellingOnly}). {@code lexiconWord} tells a word of the intent lexicons.
     */
    Judgement ofNearSpelling(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits, Predicate<String> lexiconWord) {
        Catalog.Brand brand = hits.get(0).brand();
        BrandKinds own = kindsOf(brand);
        List<String> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (String[] phrase : otherBrand) {
                if (spells(tokens, i, phrase)) {
                    return new Judgement(Verdict.OTHER, "a look-alike of the brand: the post speaks of another brand (\""
                            + String.join(" ", phrase) + "\")");
                }
            }
        }
        boolean ownCategoryAfterSlip = false;
        boolean allDoubled = !tokens.contains("brand");
        boolean allOtherNames = true;
        boolean allSpokenAlike = !tokens.contains("brand");
        for (CatalogMatcher.Hit h : hits) {
            for (String[] phrase : newBefore) {
                if (h.start() >= phrase.length && spells(tokens, h.start() - phrase.length, phrase)) {
                    return new Judgement(Verdict.OTHER, "a look-alike of the brand: a new product (\""
                            + String.join(" ", phrase) + " " + tokens.get(h.start()) + "\")");
                }
            }
            for (String[] phrase : makerAfter) {
                if (spells(tokens, h.end(), phrase)) {
                    return new Judgement(Verdict.OTHER, "a look-alike of the brand: the post names its maker (\""
                            + tokens.get(h.start()) + " " + String.join(" ", phrase) + "\")");
                }
            }
            String written = nameOf(tokens, h);
            String size = otherSize(tokens, h, brand);
            if (size != null) {
                return new Judgement(Verdict.OTHER, "a look-alike of the brand: \"" + size
                        + "\" is no size the brand's products come in");
            }
            allOtherNames &= editOf(written, brand) == NameEdit.Kind.OTHER_NAME;
            allDoubled &= isSlip(written, brand);
            allSpokenAlike &= spokenAlike(written, brand);
            int next = nextWord(t, h.end());
            if (next < 0) {
                continue;
            }
            if (startsPhrase(tokens, next, own.phrases())) {
                ownCategoryAfterSlip |= isSlip(written, brand) || sameSpoken(written, brand);
                continue;
            }
            String kind = kindAt(tokens, next);
            if (kind != null) {
                if (!own.classes().isEmpty() && !own.classes().contains(kind)) {
                    return new Judgement(Verdict.OTHER, "a look-alike of the brand: \"" + tokens.get(next)
                            + "\" is no kind of goods the brand sells");
                }
                continue;
            }
            int name = productName(t, h.end(), lexiconWord);
            if (name > 0) {
                return new Judgement(Verdict.OTHER, "a look-alike of the brand, named with product words the catalog "
                        + "does not know (\"" + String.join(" ", tokens.subList(h.end(), h.end() + name)) + "\")");
            }
        }
        if (allOtherNames) {
            return new Judgement(Verdict.OTHER, "a look-alike of the brand: \"" + tokens.get(hits.get(0).start())
                    + "\" differs from its name as another name does (a vowel, an ending), not as a typing slip");
        }
        if (allDoubled) {
            return new Judgement(Verdict.SAME, "a letter of the brand's name doubled or written once");
        }
        if (allSpokenAlike) {
            return new Judgement(Verdict.SAME, "the brand's name spelt as it is spoken (a long vowel, \"z\" as \"j\", an "
                    + "\"h\" after a consonant, a doubled letter), no other consonant or vowel");
        }
        if (ownCategoryAfterSlip) {
            return new Judgement(Verdict.SAME, "the brand's name as it is spoken (a letter doubled or undoubled, or the "
                    + "same sounds spelt another way), beside its own category word");
        }
        return Judgement.UNSURE;
    }

    /**
     * Why a report whose brand is named only by near spellings, but with the brand's product words, size or SKU beside
     * them, goes to review rather than to a crew; null when nothing speaks against the brand. Against it: every near
     * spelling differs from the brand's name as another name does ({@link NameEdit}: "Gulzora rose" for a tracked
     * "Gulzara Rose"), or is written with a size none of the brand's products comes in ("Kheerzi kesar 180 ml"). A
     * look-alike brand may make a flavour of the same name; a crew is sent only when the name is a slip of ours.
     * Since session 19 also a near spelling whose edit is neither kind ({@link NameEdit.Kind#UNKNOWN}: two edits in a
     * long name, "Kalvanoro desi ghee" for a tracked "Kalvinora Desi Ghee", or an ending changed, "Kalvinoor") and
     * that is not the name spoken the same way: only a typist's slip of the name is the brand for a crew.
     */
    static String againstProductEvidence(List<String> tokens, List<CatalogMatcher.Hit> hits) {
        boolean anyNear = false;
        boolean allOtherNames = true;
        boolean noSlip = true;
        boolean sized = false;
        for (CatalogMatcher.Hit h : hits) {
            if (h.handle()) {
                return null;
            }
            // a product hit left after the sizes were read is of the post's size: the size is the brand's
            sized |= h.product() != null;
        }
        for (CatalogMatcher.Hit h : hits) {
            if (!h.near()) {
                continue;
            }
            anyNear = true;
            String size = sized ? null : otherSize(tokens, h, h.brand());
            if (size != null) {
                return "the brand only by a near spelling, with a size its products do not come in (\"" + size + "\")";
            }
            String written = nameOf(tokens, h);
            NameEdit.Kind edit = editOf(written, h.brand());
            allOtherNames &= edit == NameEdit.Kind.OTHER_NAME;
            noSlip &= edit != NameEdit.Kind.SLIP && !sameSpoken(written, h.brand()) && !isSlip(written, h.brand());
        }
        if (anyNear && allOtherNames) {
            return "the brand's product words beside a name that differs from the brand's as another name does: "
                    + "a look-alike may make that flavour too";
        }
        if (anyNear && noSlip) {
            return "the brand's product words beside a name that is no typist's slip of the brand's: a look-alike may "
                    + "make that flavour too";
        }
        return null;
    }

    /**
     * True when a hit of one token that names the brand exactly stands where the everyday word would: a
     * {@code noun_before} word right before it or a {@code noun_after} word right after it (a
     * {@code possessive_after_topic} word only after a {@code topic} word before it: "ang sigla ko"), in a post without
     * product evidence (a product or handle hit, the brand's category word, a word for a product, stock or shop).
     */
    boolean everydaySense(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits) {
        if (hits.isEmpty()) {
            return false;
        }
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() != null || h.handle() || h.near()) {
                return false;
            }
        }
        List<String> tokens = t.tokens();
        BrandKinds own = kindsOf(hits.get(0).brand());
        boolean shop = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (t.is(i, Cue.SHOP_WORD)) {
                shop = true; // a shop's name: enough against a possessive, not against a verb (below)
            } else if (t.is(i, Cue.STRONG_PRODUCT) || t.is(i, Cue.PRODUCT_CONTEXT)) {
                return false;
            }
            if (startsPhrase(tokens, i, own.phrases())) {
                return false;
            }
        }
        for (CatalogMatcher.Hit h : hits) {
            if (h.end() - h.start() != 1) {
                return false;
            }
            boolean before = h.start() > 0 && t.clause()[h.start() - 1] == t.clause()[h.start()]
                    && (nounBefore.contains(tokens.get(h.start() - 1)) || genitive(tokens.get(h.start() - 1))
                    || modifier.contains(tokens.get(h.start() - 1)) && h.start() > 1
                    && t.clause()[h.start() - 2] == t.clause()[h.start()]
                    && (nounBefore.contains(tokens.get(h.start() - 2)) || genitive(tokens.get(h.start() - 2))));
            boolean felt = h.end() < tokens.size() && t.clause()[h.end()] == t.clause()[h.start()]
                    && verbAfter.contains(tokens.get(h.end()));
            boolean after = h.end() < tokens.size() && t.clause()[h.end()] == t.clause()[h.start()]
                    && (nounAfter.contains(tokens.get(h.end())) || possessiveAfterTopic.contains(tokens.get(h.end()))
                    && h.start() > 0 && topic.contains(tokens.get(h.start() - 1)));
            // a genitive or topic beside the name may be the shop's ("<shop> ki X", "wala nang X ang <shop>"); a verb
            // made of the word ("X lag gaya", "X kora") is no product wherever a shop is named (session 18)
            if (felt || !shop && (before || after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every hit is the brand's exact one-token name with a possessor of its own ({@link Possessor}: "floor ki
     * chamak", "walang lamig ang softdrinks") and the post, outside the possessors, holds no evidence of the product
     * (a product or handle hit, the brand's category word, a word for a product, stock or shop goods). A product word
     * inside the possessor is the possessor's ("ang beer nila"), not the brand's (session 20).
     */
    boolean possessedByAnotherThing(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits) {
        if (hits.isEmpty()) {
            return false;
        }
        List<String> tokens = t.tokens();
        boolean[] possessor = null; // made once a hit has a possessor: most posts leave at the first hit
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() != null || h.handle() || h.near() || h.end() - h.start() != 1) {
                return false;
            }
            int[] span = Possessor.SHIPPED.of(t, h.start());
            if (span == null) {
                return false;
            }
            if (possessor == null) {
                possessor = new boolean[tokens.size()];
            }
            for (int i = span[0]; i <= span[1]; i++) {
                possessor[i] = true;
            }
        }
        BrandKinds own = kindsOf(hits.get(0).brand());
        for (int i = 0; i < tokens.size(); i++) {
            if (startsPhrase(tokens, i, own.phrases())
                    || !possessor[i] && !ofAShopsName(t, i) && (t.is(i, Cue.STRONG_PRODUCT) || t.is(i, Cue.PRODUCT_CONTEXT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the token is a shop word or a word of goods in a run of them that ends with a shop word ("sari sari
     * store", "general store"): part of a shop's name, no evidence of the product.
     */
    private static boolean ofAShopsName(IntentReader.Tokens t, int i) {
        for (int j = i; j < t.tokens().size() && j <= i + 2; j++) {
            if (t.is(j, Cue.SHOP_WORD)) {
                return true;
            }
            if (!t.is(j, Cue.PRODUCT_CONTEXT)) {
                return false;
            }
        }
        return false;
    }

    /**
     * How a word differs from the nearest of the brand's one-word names ({@link NameEdit}); of names as near, a slip
     * of any of them is a slip.
     */
    static NameEdit.Kind editOf(String word, Catalog.Brand brand) {
        String latin = Latin.of(word);
        int best = Integer.MAX_VALUE;
        NameEdit.Kind kind = NameEdit.Kind.UNKNOWN;
        for (String name : oneWordNames(brand)) {
            int d = BrandSpellings.distance(name, latin, 3);
            NameEdit.Kind k = NameEdit.of(latin, name);
            if (d < best || d == best && k == NameEdit.Kind.SLIP) {
                best = d;
                kind = k;
            }
        }
        return kind;
    }

    private static List<String> oneWordNames(Catalog.Brand brand) {
        List<String> names = new ArrayList<>(brand.aliases());
        names.add(brand.name());
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            List<String> tokens = Text.tokens(name);
            if (tokens.size() == 1 && !name.strip().startsWith("@") && !name.strip().startsWith("#")) {
                out.add(tokens.get(0));
            }
        }
        return out;
    }

    /**
     * The name a hit reads: its words but the size the hit was widened over ("Phalika" of "Phalika 200g"), written as
     * one word ("gulzara" of "Gul Zara").
     */
    static String nameOf(List<String> tokens, CatalogMatcher.Hit h) {
        StringBuilder b = new StringBuilder();
        for (int i = h.start(); i < h.end(); i++) {
            String w = tokens.get(i);
            if (!CatalogMatcher.isDigits(w) && !Quantity.isUnit(w) && !Quantity.isNumberWord(w) && !Quantity.isLinkWord(w)
                    && !startsWithDigit(w)) {
                b.append(w);
            }
        }
        return b.isEmpty() ? tokens.get(h.start()) : b.toString();
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /**
     * The size written with a near spelling ("Gulzora 1 litre") when it is in the measure of the brand's products and
     * none of them comes in it: that is another brand's pack. Null when the hit holds no size, or one of the brand's.
     */
    /**
     * How many tokens after a near spelling its size may stand: a flavour word or a category word and the number and
     * unit of one size ("Rasmita mango 250 ml", "Dhanvita atta 25 kg"), as {@code CatalogMatcher} reaches for product
     * words (three tokens) plus the unit. Set in session 16 on {@code spell16-probe}'s look-alikes with a product word.
     */
    static final int SIZE_REACH = 4;

    static String otherSize(List<String> tokens, CatalogMatcher.Hit h, Catalog.Brand brand) {
        StringBuilder written = new StringBuilder();
        String before = "";
        int last = -2;
        // the size a near spelling carries is in its span or among the few words after it ("Rasmita mango 250ml":
        // the product word comes between); a size once the reach is past belongs to what the post says next
        int end = Math.min(tokens.size(), h.end() + SIZE_REACH);
        for (int i = h.start(); i < end; i++) {
            String w = tokens.get(i);
            if (CatalogMatcher.isDigits(w) || Quantity.isUnit(w) || Quantity.isNumberWord(w) || startsWithDigit(w)) {
                // two digit tokens in a row are a decimal the tokens split ("1.25 litro" is "1", "25", "litro")
                String gap = written.isEmpty() ? ""
                        : last == i - 1 && CatalogMatcher.isDigits(before) && CatalogMatcher.isDigits(w) ? "." : " ";
                written.append(gap).append(w);
                before = w;
                last = i;
            }
        }
        if (written.isEmpty()) {
            return null;
        }
        List<Quantity> sizes = new ArrayList<>();
        for (Catalog.Product p : brand.products()) {
            Quantity q = CatalogMatcher.sizeOf(p);
            if (q != null) {
                sizes.add(q);
            }
        }
        for (Quantity q : Quantity.in(written.toString())) {
            boolean sameMeasure = sizes.stream().anyMatch(p -> p.base().equals(q.base()));
            if (sameMeasure && CatalogMatcher.catalogSize(sizes, q) == null) {
                return written.toString();
            }
        }
        return null;
    }

    /**
     * True when a word is one of the brand's one-word names spelt another way but spoken the same: the same
     * {@link Phonetic#key} ("Foolika", "Phulika" for "Phoolika"; "Khirjo" for "Kheerzo"), the spelling of a writer
     * who spells by sound, or the name itself written as two words ("Gul Zara"). Another brand is as often a letter
     * away as a typist's slip, but seldom the same sounds.
     */
    static boolean sameSpoken(String word, Catalog.Brand brand) {
        String key = Phonetic.key(word);
        for (String name : oneWordNames(brand)) {
            if (key.equals(Phonetic.key(name))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word ends with a genitive case ending written on it ("khelacha", "chahacha"). */
    private boolean genitive(String word) {
        for (String e : genitiveEnding) {
            if (word.length() >= e.length() + 3 && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The first token from {@code from} in the same clause, over a particle ("Krispola ka biscuit"); -1 if none. */
    private static int nextWord(IntentReader.Tokens t, int from) {
        int n = t.tokens().size();
        if (from >= n || from == 0 || t.clause()[from] != t.clause()[from - 1]) {
            return -1;
        }
        if (t.is(from, Cue.PARTICLE) && from + 1 < n && t.clause()[from + 1] == t.clause()[from]) {
            return from + 1;
        }
        return from;
    }

    /**
     * The length of a run of up to {@link #PRODUCT_NAME_WORDS} words from {@code from} that the lexicons and the
     * category vocabulary do not know, each marked by no cue, ended by a predicate, a place marker or the clause's
     * end: a product's own name. 0 when there is none (a shop's or a place's name is followed by a shop word or a
     * postposition, not a predicate).
     */
    private int productName(IntentReader.Tokens t, int from, Predicate<String> lexiconWord) {
        List<String> tokens = t.tokens();
        int n = tokens.size();
        int k = from;
        int longWords = 0;
        while (k < n && k - from < PRODUCT_NAME_WORDS && t.clause()[k] == t.clause()[from - 1]) {
            String w = tokens.get(k);
            if (t.marks()[k] != 0 || lexiconWord.test(w) || !NameEdit.lettersOnly(w) || Quantity.isUnit(w)
                    || categories.containsKey(w)) {
                break; // a word of another script may be the catalog's product written in it, or a verb
            }
            longWords += w.length() >= 3 ? 1 : 0;
            k++;
        }
        if (k == from || longWords == 0) {
            return 0;
        }
        if (k == n || t.clause()[k] != t.clause()[from - 1]) {
            return k - from;
        }
        if (t.is(k, Cue.ABSENCE_AFTER) && k - from < 2) {
            return 0; // SOV order: one word before the negative is as often a verb the lexicons lack ("milali nahi")
        }
        for (Cue c : ENDS_A_NAME) {
            if (t.is(k, c)) {
                return k - from;
            }
        }
        return 0;
    }


    /**
     * True when a category word of the vocabulary begins at token {@code i} and names a kind of goods that none of the
     * brand's {@code category_words} is of ("soap" after the name of a brand of corned beef), as
     * {@link #ofNearSpelling} reads it; false for a brand without category words.
     */
    boolean otherGoodsAt(List<String> tokens, int i, Catalog.Brand brand) {
        String kind = kindAt(tokens, i);
        Set<String> own = kindsOf(brand).classes();
        return kind != null && !own.isEmpty() && !own.contains(kind);
    }

    /** True when a category word of the vocabulary (a kind of goods: "torch", "noodles") begins at token {@code i}. */
    boolean goodsAt(List<String> tokens, int i) {
        return kindAt(tokens, i) != null;
    }

    /** The class of the category phrase that starts at {@code i}, or null. */
    private String kindAt(List<String> tokens, int i) {
        List<Category> in = categories.get(tokens.get(i));
        if (in == null) {
            return null;
        }
        for (Category c : in) {
            if (spells(tokens, i, c.tokens())) {
                return c.kind();
            }
        }
        return null;
    }

    private static boolean startsPhrase(List<String> tokens, int i, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (spells(tokens, i, p.toArray(new String[0]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(List<String> tokens, int start, String[] phrase) {
        if (start + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String t = tokens.get(start + k);
            if (!t.equals(phrase[k]) && !CatalogMatcher.canonical(List.of(t)).get(0).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private BrandKinds kindsOf(Catalog.Brand brand) {
        return kinds.computeIfAbsent(brand, b -> {
            List<List<String>> phrases = new ArrayList<>();
            Set<String> classes = new HashSet<>();
            for (String w : b.categoryWords()) {
                List<String> tokens = Text.tokens(w);
                if (tokens.isEmpty()) {
                    continue;
                }
                phrases.add(tokens);
                String kind = kindAt(tokens, 0);
                classes.add(kind != null ? kind : "own:" + String.join(" ", tokens));
            }
            return new BrandKinds(List.copyOf(phrases), Set.copyOf(classes));
        });
    }

    /**
     * True when a word is a slip in writing one of the brand's one-word names rather than another name: the name with
     * a letter doubled or a doubled letter written once ("Krispollo", "Kripolo" for "Krippolo"). Every other edit (a
     * vowel or a like sound changed, a letter dropped, added or swapped, another ending) is how look-alike names are
     * made too: measured on {@code brand-probe2}, a category word beside such a word dispatched six look-alikes.
     */
    static boolean isSlip(String word, Catalog.Brand brand) {
        List<String> names = new ArrayList<>(brand.aliases());
        names.add(brand.name());
        for (String name : names) {
            List<String> tokens = Text.tokens(name);
            if (tokens.size() == 1 && !name.strip().startsWith("@") && !name.strip().startsWith("#")
                    && isSlip(word, tokens.get(0))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word is one of the brand's one-word names spelt as it is spoken ({@link NameEdit#spokenAlike}). */
    static boolean spokenAlike(String word, Catalog.Brand brand) {
        for (String name : oneWordNames(brand)) {
            if (NameEdit.spokenAlike(word, Latin.of(name))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSlip(String word, String name) {
        return !word.equals(name) && NameEdit.undoubled(word).equals(NameEdit.undoubled(name));
    }
}
