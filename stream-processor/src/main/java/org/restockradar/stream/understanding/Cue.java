package org.restockradar.stream.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of words and phrases that carry the intent of a post. The words themselves are data: one lexicon file
 * per language under {@code lexicon/} on the class path, read by {@link Lexicon}; a file names a cue by its name in
 * lower case ({@code absence_before}). No brand, product or shop name belongs in a lexicon.
 *
 * <p>A <em>phrase</em> cue is found wherever its phrase occurs (the longest phrase wins where phrases overlap); a
 * <em>word</em> cue marks each token of its phrase, and the grammar asks whether the token at a position is one.
 */
public enum Cue {
    /** The product is not there now: "can't find", "out of stock", "nahi mil raha", "wala na", "இல்லை". */
    ABSENCE(false),
    /** A request to stock it: "please restock", "bhejo", "sana ma-restock". */
    REQUEST(false),
    /** Found, back, restocked: the problem is solved. */
    FOUND(false),
    /** The product is there: "available", "in stock", "meron", "irukku", "achhe". */
    AVAILABLE(false),
    /** Words that turn the predicate after them into its opposite: "not", "never", "hindi", "di". */
    NEGATOR(true),
    /** The brand's own call to action: "tweet us", "let us know". */
    CALL_TO_ACTION(false),
    /** Advertising: "order now", "% off", "use code". */
    ADVERT(false),
    /** News and business: "shares", "revenue", "according to". */
    NEWS(false),
    /** A problem long ago: "last year", "used to", "pehle". */
    OLD(false),
    /** Still, again, today: the problem is now. */
    NOW(false),
    /** "If", "agar", "kung": a hypothetical absence. */
    CONDITIONAL(false),
    /** Sarcasm markers that deny what the post says: "said no one", "yeah right". */
    SARCASM(false),
    /** Another meaning of a brand's name: animals, games, insurance, people. */
    OTHER_SENSE(false),
    /** Words that place the brand name among things sold in shops: pack, flavour, shop, shelf. */
    PRODUCT_CONTEXT(false),
    /** "this shop", "here", "yahan", "dito": the place is where the device is. */
    DEICTIC(false),
    /** Words that open a yes/no question: "is", "does", "kya", "may ... ba". */
    QUESTION_OPENER(false),
    /** Words that start a new clause with an opposite turn: "but", "lekin", "pero". */
    CONTRAST(false),
    /** Starts a clause that follows from the one before: "so", "toh", "kaya", "busa". */
    CLAUSE_LINK(false),
    /** The writer's own lack, not a shop's: "i don't have", "we ran out of", "mere paas nahi", "naubusan ako". */
    OWN_ABSENCE(false),
    /** Asking where to buy, not reporting: "where can i buy", "saan may". */
    WHERE_TO_BUY(false),
    /** A whole area rather than one shop: "anywhere", "around here", "kahin bhi". */
    AREA(false),
    /** A shop's business with the brand (a sales lead, a distributorship), not a shopper's report. */
    TRADE(false),
    /** Right before a product name, says none of it: "no", "zero", "walang", "walay", "koi". */
    ABSENCE_BEFORE(true),
    /** Right after a product name (SOV order), says it is not there: "nahi", "illa", "ledu", "nathi", "nei". */
    ABSENCE_AFTER(true),
    /** Ends a product's clause saying it is gone: "out", "gone", "khatam", "ubos". */
    ABSENCE_CLAUSE_END(true),
    /** Small words that may stand between an absence word and the product: "na", "pa", "rin", "po". */
    PARTICLE(true),
    /** Small words between a product and its predicate: "is", "are", "bhi", "already". */
    COPULA(true),
    /** Before a negative particle, makes it say nothing of the shelf: "pata" (pata nahi, don't know). */
    NOT_ABSENCE_BEFORE(true),
    /** Thanks: "thanks", "salamat", "dhanyavad". */
    THANKS(true),
    /** Words that make a name surely a product: "pack", "flavour", "chips", "bottle", "ml". */
    STRONG_PRODUCT(true),
    /** Determiners: the word after one is a noun, not an absence ("the way", "no way" are not Cebuano "way", none). */
    DETERMINER(true),
    /** Words for a shop: "shop", "store", "kirana", "tindahan". */
    SHOP_WORD(true),
    /** A recent past that a later "now" may resolve: "yesterday", "kal", "kahapon". */
    YESTERDAY(false),
    /** Future, hope, advice, possibility: "will", "might", "hope", "should stock up", "baka", "sana", "shayad". */
    IRREALIS(false),
    /** Refers back to a product named before: "it", "them", "ye", "ito", "ini". */
    PRONOUN(true),
    /** Took or bought something else instead: "instead", "settled for", "ki jagah", "imbes". */
    SUBSTITUTE(false),
    /** Opens a place phrase (a shop, a town), not a product: "at", "in", "sa", "mein", "la". */
    PLACE_MARKER(true),
    /** Closes a place phrase after it (postpositions): "mein", "pe", "madhe", "alli"; "<shop> mein". */
    PLACE_AFTER(true),
    /** Joins two nouns: "and", "aur", "ug"; Tagalog "at" before a product ("Chakra at Tropika"). */
    CONJUNCTION(true),
    /** A person who does the looking, never the missing thing: "i", "we", "my mom", "main", "ako", "ko". */
    PERSON(true),
    /**
     * Praise that sounds like a lack: "can't get enough", "can't live without", "ke bina nahi reh sakta", "walang
     * tatalo". Its words are no absence.
     */
    PRAISE(false),
    /** A comparison before the thing compared ("no snack like X", "walang katulad ng X"): nothing equals it. */
    SIMILE_BEFORE(true),
    /** A comparison after the thing compared, in SOV order ("X jaisa koi nahi", "X pola edhuvum illa"). */
    SIMILE_AFTER(true),
    /**
     * A verb of being that, right next to a noun in a clause that says nothing of a lack, says it is there: "X hai",
     * "X aahe", "X che", "X ache", "may X".
     */
    EXISTENTIAL(true),
    /** What others say, which the writer may contradict: "they say", "sab bol rahe", "sabi nila", "sonnanga". */
    HEARSAY(false),
    /**
     * The writer denies what follows in the sentence: "it's not true that", "ye galat hai ki", "hindi totoo na".
     * An absence after it is denied, not reported.
     */
    DENIAL(false),
    /**
     * A bare "no" that answers the question before it: "nope", "no way", "bilkul nahi". Opening the sentence after
     * a question that holds an absence ("Sold out? Nope, ..."), it denies that absence (session 16). Plain "no" is
     * none: it opens as many confirming answers ("any X left? no, none") and noun phrases ("no one knows").
     */
    ANSWER_NO(false),
    /**
     * A quality of a product that a complaint says is missing, not the product: its taste ("taste", "swaad", "lasa",
     * "ruchi"), its price or deal ("discount", "offer", "value") or what the pack holds ("quantity"). An absence whose
     * argument is such a word ("X has no taste now", "X mein koi swaad nahi") is about that quality, not a stock-out,
     * though the brand is named before it (session 14).
     */
    ATTRIBUTE(true),
    /**
     * A word of the language with none of the other cues ("saan", where, in Tagalog). It marks no token: it says
     * which language a post is in, and it contests another language's reading of the same spelling (Ilocano
     * "saan", not), so that the post's language decides which reading holds (see {@link IntentReader}).
     */
    ORDINARY(true),
    /**
     * A word that gathers the nouns before it into one argument: "both", "dono", "banne", "rendum", "randum" (session
     * 17). "X and Y both out", "X Y rendum illa": the absence is said of every noun of the coordination, the brand's
     * among them. Placed after the older cues, so that the report model's features of the cues before it keep their
     * numbers.
     */
    COLLECTIVE(true),
    /**
     * A word that calls what was just said false, standing after it as its predicate: "rubbish", "said nobody",
     * "afwaah hai", "khota aahe", "gujob", "tappu", "kallam" (session 18). Unlike {@link #DENIAL} it denies nothing
     * after it: read only after an absence, as the end of its clause or the next, with the product said to be there
     * after it ("X shortage is fake news, shelf is full"). Last of the cues, for the report model's feature numbers.
     */
    DENIAL_AFTER(false);

    private final boolean word;
    private final String fileName;

    Cue(boolean word) {
        this.word = word;
        this.fileName = name().toLowerCase(Locale.ROOT);
    }

    /** True for a word cue: it marks tokens, the grammar reads it by position. */
    public boolean word() {
        return word;
    }

    /** The name a lexicon file uses: the constant in lower case. */
    public String fileName() {
        return fileName;
    }

    /** The cue a lexicon file names, or null when there is none of that name (names are lower case). */
    public static Cue ofFileName(String name) {
        for (Cue c : values()) {
            if (c.fileName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Every phrase of the shipped lexicons by cue, each as its tokens joined by spaces. */
    static final Map<Cue, List<String>> LEXICON = Lexicon.shipped().asText();

    /** Builds the index of every cue phrase of the shipped lexicons. */
    static PhraseIndex<Cue> index() {
        return Lexicon.shipped().index();
    }
}
