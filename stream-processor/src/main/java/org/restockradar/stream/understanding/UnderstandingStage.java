package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;

/**
 * The understanding stage of the topology: for each mention, whether it reports a tracked brand missing, which
 * product, where (locality and city) and at which registry outlet. Brands and products come from the
 * {@link Catalog}; intent from {@link IntentReader}; places from the outlet registry and the offline
 * {@link Gazetteer} through {@link PlaceResolver}; the outlet from {@link OutletMatcher} or, for "this shop" with a
 * device location, from the registry's spatial grid. Pure, thread-safe and free of I/O after construction.
 *
 * <p>Evidence of place, most trusted first: device location, shop name, locality (and landmarks in the outlet
 * addresses), pincode, city named in the text, the author's profile location (city only). An outlet is returned
 * only when one outlet fits; otherwise the report keeps its locality and city and the topology sends it to
 * "needs location".
 */
public final class UnderstandingStage implements MentionUnderstanding {
    /**
     * A device location within this distance of an outlet, with words like "this shop" in any language, names that
     * outlet: a phone's fix in a street of shops is good to a few tens of metres (the issue's posts stood 8-40 m
     * from their outlet), and only when no other outlet stands within {@link #RIVAL_METRES} ({@link #nearestClearly}).
     */
    static final double DEICTIC_METRES = 50;
    /**
     * No other outlet may stand this close to the device for it to name one (session 18, the labels' rule): two shops
     * 50 m apart are both "here" to a phone's fix good to a few tens of metres, and a crew sent to the wrong one finds
     * nothing. (The labels also ask for 40 m, not 50: at 40 m six posts of the older sets that stood 40-45 m from
     * their only shop lost it, so the reach stays 50 m.)
     */
    static final double RIVAL_METRES = 60;
    /** A shop name read in a "this shop" post at a device location is not the shop meant when this far from it. */
    static final double FAR_FROM_HERE_METRES = 1000;
    /** Without such words, only an outlet this close is taken from the device location alone. */
    static final double BARE_GEO_METRES = 20;

    /** The place evidence of a report with an outlet (shared: no allocation per mention). */
    private static final Evidence BY_NAME = Evidence.ofPlace("outlet by shop name; city and locality are the outlet's");
    private static final Evidence BY_DEVICE_AND_HERE = Evidence.ofPlace("outlet by device location and a word for 'here'");
    private static final Evidence BY_DEVICE_ALONE = Evidence.ofPlace("outlet by device location alone");

    private final CatalogMatcher catalog;
    private final OutletDirectory outlets;
    private final PlaceResolver places;
    private final OutletMatcher matcher;
    /** The keys of the localities named in many cities, per directory map, until the registry changes. */
    private final LocalityRuns localityRuns;
    /** Maps the raw confidence of a report to a calibrated one ({@link Calibration#IDENTITY} when none is fitted). */
    private final Calibration calibration;
    /** Doubts the rules' reports ({@link ReportModel#combine}); null to read with the rules alone. */
    private final ReportModel model;
    /** The tokens of each brand's name, to recognise the brand's own account by its display name. */
    private final Map<String, List<String>> brandNameTokens = new HashMap<>();
    /** Per brand, the keys of its own words ({@link #productKeysOf}). */
    private final Map<String, Set<String>> productKeys = new HashMap<>();

    /** A stage with the gazetteer shipped in the jar. */
    public UnderstandingStage(Catalog catalog, OutletDirectory outlets) {
        this(catalog, outlets, Gazetteer.fromClassPath());
    }

    public UnderstandingStage(Catalog catalog, OutletDirectory outlets, Gazetteer gazetteer) {
        this(catalog, outlets, gazetteer, Calibration.fromClassPath(), ReportModel.fromClassPath());
    }

    /**
     * A stage whose reports carry confidence calibrated by {@code calibration}, and whose rules' reports the report
     * model may doubt (null for the rules alone).
     */
    public UnderstandingStage(Catalog catalog, OutletDirectory outlets, Gazetteer gazetteer, Calibration calibration,
                              ReportModel model) {
        this.calibration = calibration;
        this.model = model;
        this.catalog = new CatalogMatcher(catalog);
        this.outlets = outlets;
        this.places = new PlaceResolver(outlets, gazetteer);
        this.matcher = new OutletMatcher(outlets);
        this.localityRuns = new LocalityRuns(outlets);
        catalog.brands().forEach(b -> brandNameTokens.put(b.name(), Text.tokens(b.name())));
        catalog.brands().forEach(b -> productKeys.put(b.name(), productKeysOf(b)));
    }

    /**
     * The name keys of a brand's own words as the catalog writes them: its name and aliases, its products' names and
     * aliases, its category words. A shop's name may carry one as written, but the post's word is the product's, not a
     * shop's word misspelt ({@link OutletMatcher.Constraint#productKeys}).
     */
    private static Set<String> productKeysOf(Catalog.Brand brand) {
        Set<String> keys = new HashSet<>();
        brand.ownTexts().forEach(t -> keys.addAll(Names.keys(t)));
        keys.removeIf(k -> k.length() < 3 || Names.GENERIC.contains(k));
        return Set.copyOf(keys);
    }

    /** The keys of the brand's own words ({@link #productKeysOf}) and of the post's words the catalog read as it. */
    private Set<String> productKeys(String brand, NameKeys words) {
        Set<String> own = productKeys.getOrDefault(brand, Set.of());
        if (!words.brand().contains(Boolean.TRUE)) {
            return own;
        }
        Set<String> keys = new HashSet<>(own);
        for (int i = 0; i < words.keys().size(); i++) {
            if (words.brand().get(i) && words.keys().get(i).length() >= 3) {
                keys.add(words.keys().get(i));
            }
        }
        return keys;
    }

    @Override
    public Understanding understand(Mention mention) {
        return calibration.apply(read(mention));
    }

    /**
     * What the intent rules are given for a mention: its tokens, every catalog hit, and the hits of the brand the post
     * is about; or, in {@code decided}, the answer of a rule that settles the mention before its intent is read (a
     * repost, no tracked brand, the brand's own post, a joke account's post). The report model
     * ({@link ReportModel}) reads the same. {@code text} is the post as its writer typed it, for how the brand's word is
     * written ({@link WordUse}).
     */
    public record Reading(IntentReader.Tokens tokens, List<CatalogMatcher.Hit> hits, Catalog.Brand brand,
                          List<CatalogMatcher.Hit> brandHits, Understanding decided, String text) {
        static Reading decided(Understanding decided) {
            return new Reading(null, List.of(), null, List.of(), decided, "");
        }
    }

    /** Reads a mention up to its intent; see {@link Reading}. */
    public Reading reading(Mention mention) {
        String normalised = Text.normalise(CompactForms.spelled(mention.text()));
        if (mention.isRepost() || normalised.startsWith("rt @") || normalised.startsWith("repost")) {
            return Reading.decided(Understanding.notAReport(null, 0.95, "repost"));
        }
        IntentReader.Tokens tokens = IntentReader.cut(normalised);
        List<CatalogMatcher.Hit> hits = catalog.find(tokens.tokens(), normalised);
        if (hits.isEmpty()) {
            return Reading.decided(Understanding.notAReport(null, 0.9, "no tracked brand"));
        }
        Catalog.Brand brand = mainBrand(hits);
        if (isBrandsOwn(mention, brand)) {
            return Reading.decided(Understanding.notAReport(brand.name(), 0.9, "the brand's own post"));
        }
        if (isHumourAccount(mention.author())) {
            return Reading.decided(Understanding.notAReport(brand.name(), 0.75, "a joke account's post"));
        }
        List<CatalogMatcher.Hit> brandHits = new ArrayList<>(hits.size());
        for (CatalogMatcher.Hit h : hits) {
            if (h.brand().equals(brand)) {
                brandHits.add(h);
            }
        }
        return new Reading(tokens, hits, brand, brandHits, null, mention.text());
    }

    /**
     * The intent rules' reading of a mention that reached them ({@link Reading#decided()} null), knowing the brands the
     * catalog does not track.
     */
    public IntentReader.Intent intentOf(Reading reading) {
        return IntentReader.read(reading.tokens(), reading.brandHits(), catalog.others(), () -> writtenOf(reading));
    }

    /**
     * How the brand's one-word hits are written in the post's text ({@link WordUse#written}); asked only by a rule
     * that found the brand's word in an ordinary word's grammar, so the text is not scanned for every mention.
     */
    private static WordUse.Written writtenOf(Reading reading) {
        Set<String> brandWords = new HashSet<>(2);
        for (CatalogMatcher.Hit h : reading.brandHits()) {
            if (h.end() - h.start() == 1 && !h.near() && !h.handle()) {
                brandWords.add(reading.tokens().tokens().get(h.start()));
            }
        }
        if (brandWords.isEmpty()) {
            return WordUse.Written.UNMARKED;
        }
        Set<String> shopWords = new HashSet<>(2);
        List<String> tokens = reading.tokens().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (reading.tokens().is(i, Cue.SHOP_WORD)) {
                shopWords.add(tokens.get(i));
            }
        }
        return WordUse.written(reading.text(), brandWords, shopWords);
    }

    /** The understanding with the raw confidence. */
    private Understanding read(Mention mention) {
        Reading reading = reading(mention);
        if (reading.decided() != null) {
            return reading.decided();
        }
        IntentReader.Tokens tokens = reading.tokens();
        List<CatalogMatcher.Hit> brandHits = reading.brandHits();
        Catalog.Brand brand = reading.brand();
        IntentReader.Intent intent = intentOf(reading);
        if (model != null && intent.stockout()) {
            // the model only holds a rules' report for review (low confidence); it never drops or makes one
            intent = ReportModel.combine(intent, model.probability(reading, intent));
        }
        if (!intent.stockout()) {
            return new Understanding(false, intent.confidence(), brand.name(), null, null, null, null, intent.reason(),
                    Evidence.ofReading(intent.reading()));
        }
        String sku = sku(tokens, brandHits, intent.absenceAt());
        boolean[] positive = IntentReader.positiveClauses(tokens, intent.absenceAt(), brandHits, catalog.others());
        List<String> placeTokens = new ArrayList<>(tokens.tokens().size());
        List<Boolean> placeMarked = new ArrayList<>(tokens.tokens().size());
        List<Boolean> placeApart = new ArrayList<>(tokens.tokens().size());
        List<Boolean> placeBrand = new ArrayList<>(tokens.tokens().size());
        int n = tokens.tokens().size();
        boolean[] brandWord = brandWords(tokens.tokens(), brandHits);
        boolean hereAtAbsence = deicticInClause(tokens, intent.absenceAt());
        for (int i = 0; i < n; i++) {
            if (!positive[tokens.clause()[i]]) {
                placeTokens.add(tokens.tokens().get(i));
                // grammar says the word is a place: a place marker before it ("sa", "in") or a postposition after
                // it ("mein", "madhe"), as the intent lexicon marks them
                placeMarked.add(i > 0 && tokens.is(i - 1, Cue.PLACE_MARKER) || i + 1 < n && (tokens.is(i + 1, Cue.PLACE_AFTER)
                        || PlaceResolver.isPlacePostposition(tokens.tokens().get(i + 1))));
                placeApart.add(apartFromAbsence(tokens, i, intent.absenceAt(), hereAtAbsence));
                placeBrand.add(brandWord[i]);
            }
        }
        // deictic ("this shop", "here", "yahan", "dito"...) and area words, as the intent lexicon found them in the
        // post, outside the clauses that only say the product is there
        boolean deictic = false;
        boolean area = false;
        for (PhraseIndex.Match<Cue> m : tokens.cues()) {
            if (!positive[tokens.clause()[m.start()]]) {
                deictic |= m.value() == Cue.DEICTIC;
                area |= m.value() == Cue.AREA && !endsShopName(tokens.tokens(), m);
            }
        }
        return locate(mention, new PlaceTokens(placeTokens, placeMarked, placeApart, placeBrand), brand.name(), sku, intent,
                deictic, area);
    }

    /** Tokens after the brand a flavour word is read in as the product's, as the catalog reads product words. */
    static final int FLAVOUR_REACH = 3;

    /**
     * Per token, whether it names the product, never a town or locality: a word the catalog read as the brand or its
     * product (its name, alias, product words or size; not a near spelling, which may be another word), even when it
     * ends like a case ending ("Tikkolo" is no "Tiko" with Telugu "-lo"); and a flavour word of
     * {@code catalog/product-words.tsv} up to {@link #FLAVOUR_REACH} tokens after such a word ("ಮಾವು", mango, is not
     * the town of Mau).
     */
    private static boolean[] brandWords(List<String> tokens, List<CatalogMatcher.Hit> brandHits) {
        int n = tokens.size();
        boolean[] brandWord = new boolean[n];
        for (CatalogMatcher.Hit h : brandHits) {
            if (!h.near() && !h.handle()) {
                for (int i = Math.max(0, h.start()); i < Math.min(n, h.end()); i++) {
                    brandWord[i] = true;
                }
                for (int i = h.end(); i < Math.min(n, h.end() + FLAVOUR_REACH); i++) {
                    if (ProductWords.isFlavourWord(tokens.get(i))) {
                        brandWord[i] = true;
                    }
                }
            }
        }
        return brandWord;
    }

    /**
     * Whether an area word ("stores", "shops") is the last word of a shop's name with the word before it ("Sri Murugan
     * Stores here" names one shop; "checked three stores" speaks of an area): one word, after a word that is neither
     * generic nor a word of the lexicons, the two in this order in some registry outlet's name.
     */
    private boolean endsShopName(List<String> tokens, PhraseIndex.Match<Cue> m) {
        if (m.end() - m.start() != 1 || m.start() == 0) {
            return false;
        }
        List<String> keys = Names.keys(tokens.subList(m.start() - 1, m.end()));
        if (keys.size() != 2) {
            return false;
        }
        String before = keys.get(0);
        if (Names.GENERIC.contains(before) || OutletMatcher.LEXICON_KEYS.contains(before)) {
            return false;
        }
        return outlets.namesCarryPair(before, keys.get(1));
    }

    /** The tokens a report's place is read from, and per token whether grammar marks it as a place and stands apart. */
    private record PlaceTokens(List<String> tokens, List<Boolean> marked, List<Boolean> apart, List<Boolean> brand) {
    }

    /** Words a town's own clause may hold beyond the town and its place marker and still be where the absence is. */
    static final int APART_CLAUSE_WORDS = 3;

    /**
     * Whether the token at {@code i} stands apart from the absence the intent read at {@code absenceAt}: in another
     * sentence; or in another clause that compares ("like in Mumbai", a simile word up to two tokens before or
     * after), that says something of its own ({@link #APART_CLAUSE_WORDS} words or more: "Ludhiana mein bhi yahi
     * haal hai suna"), or while the absence's own clause has a word for "here" ("..., wala ring X dito"). A town so
     * placed is not where the absence is: it does not override the author's profile city or the device location.
     */
    private static boolean apartFromAbsence(IntentReader.Tokens t, int i, int absenceAt, boolean hereAtAbsence) {
        if (absenceAt < 0 || absenceAt >= t.tokens().size()) {
            return false;
        }
        if (t.sentence()[i] != t.sentence()[absenceAt]) {
            return true;
        }
        int clause = t.clause()[i];
        if (clause == t.clause()[absenceAt]) {
            return false;
        }
        if (hereAtAbsence) {
            return true;
        }
        int own = 0;
        for (int j = 0; j < t.tokens().size(); j++) {
            if (t.clause()[j] != clause) {
                continue;
            }
            if (j >= i - 2 && j < i && t.is(j, Cue.SIMILE_BEFORE) || j > i && j <= i + 2 && t.is(j, Cue.SIMILE_AFTER)) {
                return true;
            }
            if (j != i && !t.is(j, Cue.PLACE_MARKER) && !t.is(j, Cue.PLACE_AFTER)) {
                own++;
            }
        }
        return own >= APART_CLAUSE_WORDS;
    }

    /** Whether the clause of the absence at {@code absenceAt} holds a word for "here" ("dito", "yahan", "inga"). */
    private static boolean deicticInClause(IntentReader.Tokens t, int absenceAt) {
        if (absenceAt < 0 || absenceAt >= t.tokens().size()) {
            return false;
        }
        int clause = t.clause()[absenceAt];
        for (int j = 0; j < t.tokens().size(); j++) {
            if (t.clause()[j] == clause && t.is(j, Cue.DEICTIC)) {
                return true;
            }
        }
        return false;
    }

    /** The brand named most (a product counts twice); on a tie, the one named first. */
    private static Catalog.Brand mainBrand(List<CatalogMatcher.Hit> hits) {
        Map<Catalog.Brand, Integer> counts = new java.util.LinkedHashMap<>();
        for (CatalogMatcher.Hit h : hits) {
            counts.merge(h.brand(), h.product() != null ? 2 : 1, Integer::sum);
        }
        Catalog.Brand best = null;
        int most = 0;
        for (Map.Entry<Catalog.Brand, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Words in an account's name that say it posts jokes and memes, not reports. */
    private static final Set<String> HUMOUR = Set.of("meme", "memes", "joke", "jokes", "humor", "humour", "comedy",
            "funny", "satire", "parody", "trolls");
    private static final String[] HUMOUR_WORDS = HUMOUR.toArray(new String[0]);


    private static boolean isHumourAccount(org.restockradar.contracts.Author author) {
        for (String name : new String[] {author.displayName(), author.handle()}) {
            if (name == null || !mayHoldHumourWord(name)) {
                continue;
            }
            for (String t : Text.tokens(camelCaseApart(name))) {
                if (HUMOUR.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * False when no token of the name can be a word of {@link #HUMOUR}, told without cutting it into tokens: a name in
     * ASCII without apostrophes (which the tokenizer drops from inside a word) has as tokens runs of itself in lower
     * case, so a token that is such a word is found in it ignoring case. True when one is found, or the name is not
     * such a name.
     */
    static boolean mayHoldHumourWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || c == '\'' || c == '`') {
                return true;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            for (String word : HUMOUR_WORDS) {
                if (word.charAt(0) == c && name.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "DailyMemeHub" as "Daily Meme Hub": a space wherever a small Latin letter meets a capital. */
    static String camelCaseApart(String name) {
        StringBuilder apart = null;
        for (int i = 1; i < name.length(); i++) {
            char before = name.charAt(i - 1);
            char c = name.charAt(i);
            if (before >= 'a' && before <= 'z' && c >= 'A' && c <= 'Z') {
                if (apart == null) {
                    apart = new StringBuilder(name.length() + 4).append(name, 0, i);
                }
                apart.append(' ');
            }
            if (apart != null) {
                apart.append(c);
            }
        }
        return apart == null ? name : apart.toString();
    }

    private boolean isBrandsOwn(Mention mention, Catalog.Brand brand) {
        if (catalog.isBrandHandle(brand, mention.author().handle())) {
            return true;
        }
        String display = mention.author().displayName();
        if (display == null) {
            return false;
        }
        List<String> own = brandNameTokens.get(brand.name());
        List<String> name = own != null ? own : Text.tokens(brand.name());
        return mayBeTokensOf(display, name) && Text.tokens(display).equals(name);
    }

    /**
     * False when the tokens of {@code display} cannot be {@code tokens}, told without cutting it into tokens: the
     * tokens of a name in ASCII without apostrophes are runs of itself in lower case, so their first is in it,
     * ignoring case. True when it is, or the name is not such a name (then only its tokens tell).
     */
    static boolean mayBeTokensOf(String display, List<String> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (c >= 0x80 || c == '\'' || c == '`') {
                return true;
            }
        }
        String first = tokens.get(0);
        for (int i = 0; i + first.length() <= display.length(); i++) {
            if (display.regionMatches(true, i, first, 0, first.length())) {
                return true;
            }
        }
        return false;
    }

    private static String sku(IntentReader.Tokens t, List<CatalogMatcher.Hit> hits, int absenceAt) {
        CatalogMatcher.Hit first = null;
        for (CatalogMatcher.Hit h : hits) {
            if (h.product() == null) {
                continue;
            }
            if (absenceAt >= 0 && t.clause()[h.start()] == t.clause()[absenceAt]) {
                return h.product().sku();
            }
            if (first == null) {
                first = h;
            }
        }
        return first == null ? null : first.product().sku();
    }

    /**
     * Where a report is: the outlet named in the post within the place it gives, else the outlet the device stands
     * at; without a single outlet, the most trusted locality and city. In steps ({@link #whereabouts}, {@link
     * #byName}, {@link #matchIn}) that each compile whole: as one method of some 90 lines calling the matcher thrice,
     * C2's inlining budget ran out at a different call in each JVM, so that two forks of one build differed by half
     * (docs/benchmarks.md, session 16).
     */
    private Understanding locate(Mention mention, PlaceTokens placeTokens, String brand, String sku,
                                 IntentReader.Intent intent, boolean deictic, boolean area) {
        List<String> tokens = placeTokens.tokens();
        NameKeys words = nameKeys(tokens, placeTokens.marked(), placeTokens.apart(), placeTokens.brand());
        Whereabouts where = whereabouts(mention, words.withoutBrand(), deictic);
        if (where.prior()) {
            words = words.without(where.inText().strayApartKeys()); // "Parang sa Manila, ...": no word of "Manila Bakeshop"
        }
        ByName byName = byName(mention, tokens, words, where, brand);
        Located located = outletOf(where.geo(), byName.result(), deictic, area);
        if (located != null) {
            Outlet outlet = located.outlet();
            return new Understanding(true, clamp(intent.confidence() - located.confidenceCost()), brand, sku, outlet,
                    outlet.locality(), outlet.city(), intent.reason() + located.how(),
                    Evidence.ofReading(intent.reading()).withPlace(
                            (byName.result().outlet() != null ? BY_NAME : deictic ? BY_DEVICE_AND_HERE : BY_DEVICE_ALONE).place()));
        }
        return needsLocation(intent, brand, sku, byName.result().ambiguous(), where.device(), byName.localities(),
                where.pin(), where.cityKeys(), where.profile(), where.overruled());
    }

    /**
     * The places a post gives before its shop is looked for: those its text names ({@code inText}: cities,
     * localities, pincodes), the device's, the profile's; the device and its location are null when the text
     * overrules them ({@code overruled}). {@code prior}: the profile, the device or the profile's region says where
     * the author is.
     */
    private record Whereabouts(PlaceResolver.TextPlaces inText, GeoPoint geo, PlaceResolver.Place device,
                               PlaceResolver.Place profile, PlaceResolver.Place pin, Set<String> cityKeys,
                               NamedLocalities localities, PlaceResolver.Place overruled, boolean prior) {
    }

    private Whereabouts whereabouts(Mention mention, NameKeys townWords, boolean deictic) {
        PlaceResolver.TextPlaces inText = places.inText(townWords.keys(), townWords.indic(), townWords.sources(),
                townWords.marked(), townWords.apart());
        GeoPoint geo = mention.geo();
        PlaceResolver.Place device = geo == null ? null : places.around(geo).orElse(null);
        PlaceResolver.Place profile = places.ofProfile(mention.author().location()).orElse(null);
        // the profile city is a prior: a locality of another city that only a stray word names does not move it
        inText = ProfilePrior.withoutStrayLocalities(inText, profile,
                profile != null && outlets.city(profile.cityKey()).isPresent(), geo != null);
        PlaceResolver.Place pin = inText.pincodes().stream().map(places::ofPincode)
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        // a profile that names only a state or province ("Bihar") gives no city, but says where the author is as
        // much: a town the text names apart from the absence stays stray against it
        boolean regionPrior = profile == null && device == null && places.profileNamesRegion(mention.author().location());
        Set<String> cityKeys = cityKeys(inText, profile != null || device != null || regionPrior, pin);
        NamedLocalities localities = localities(inText, cityKeys, device, profile, pin);
        PlaceResolver.Place overruled = null;
        if (device != null && !deictic && textNamesOtherCity(cityKeys, localities, device)) {
            // the text names the city the absence is in, another than the device's: the text wins (a post written
            // after the trip, or about a shop elsewhere); the device location takes no part in the outlet either.
            // Not with a word for "here" or "this shop": the writer is where the device is
            overruled = device;
            device = null;
            geo = null;
        }
        boolean prior = profile != null || overruled != null || device != null || regionPrior;
        return new Whereabouts(inText, geo, device, profile, pin, cityKeys, localities, overruled, prior);
    }

    /** The outlet named in the post ({@link OutletMatcher.Result}) and the localities it was looked for in. */
    private record ByName(OutletMatcher.Result result, NamedLocalities localities) {
    }

    /** The outlet by name within the place, else the candidates of that name; by device location for "this shop" later. */
    private ByName byName(Mention mention, List<String> tokens, NameKeys words, Whereabouts where, String brand) {
        Set<String> acronyms = acronyms(mention.text(), tokens);
        Set<String> ownWords = productKeys(brand, words);
        Set<String> apartOnly = words.apartOnly();
        PlaceResolver.Place profile = where.profile();
        NamedLocalities localities = where.localities();
        OutletMatcher.Result byName = matchIn(words, where, localities, profile, acronyms, apartOnly, ownWords);
        if (byName.outlet() == null && localities.byProfile()) {
            // the author's profile city is a prior: it read a locality that several cities have in its own city, but
            // the shop's name and that locality together may fit one outlet of another city ("Nanay Ising Store
            // Poblacion" when the Poblacion of the profile's city has no such shop); the text outweighs the prior
            NamedLocalities open = localities(where.inText(), where.cityKeys(), where.device(), null, where.pin());
            OutletMatcher.Result byText = matchIn(words, where, open, null, acronyms, apartOnly, ownWords);
            if (byText.outlet() != null) {
                byName = byText;
                localities = open;
            }
        }
        PlaceResolver.TextPlaces inText = where.inText();
        if (byName.outlet() == null && !inText.firstWords().isEmpty()) {
            // the first word of a locality's name alone ("Krishna" of "Krishna Nagar") was read as the place for
            // want of another, but it is as often a word of the shop's name ("Sree Krishna Bakery", in another city):
            // the shop's name is read without it
            PlaceResolver.TextPlaces named = new PlaceResolver.TextPlaces(inText.localities(), inText.cityKeys(),
                    inText.pincodes(), List.of(), inText.strayCityKeys(), inText.strayApartKeys());
            NamedLocalities open = localities(named, where.cityKeys(), where.device(), profile, where.pin());
            OutletMatcher.Result byShop = matchIn(words, where, open, profile, acronyms, apartOnly, ownWords);
            if (byShop.outlet() != null) {
                byName = byShop;
                localities = open;
            }
        }
        if (byName.outlet() == null && byName.ambiguous().size() > 1 && profile == null && where.geo() == null
                && where.cityKeys().isEmpty() && localities.keys().isEmpty()) {
            byName = inProfileRegion(byName, mention.author().location());
        }
        if (byName.outlet() == null && localities.keys().isEmpty()) {
            Outlet one = ofLocalityLike(byName.ambiguous(), words.keys(), words.indic());
            if (one != null) {
                byName = new OutletMatcher.Result(one, List.of(), byName.score());
            }
        }
        return new ByName(byName, localities);
    }

    /** The outlet of the post's name keys within the cities and localities given, the profile's as a prior (may be null). */
    private OutletMatcher.Result matchIn(NameKeys words, Whereabouts where, NamedLocalities localities,
                                         PlaceResolver.Place profile, Set<String> acronyms, Set<String> apartOnly,
                                         Set<String> ownWords) {
        return matcher.match(words.keys(), words.indic(), words.sources(), new OutletMatcher.Constraint(
                citiesToMatchIn(where.cityKeys(), localities, where.device()), localities.keys(), where.geo(),
                profile == null ? null : profile.cityKey(), acronyms,
                profile == null ? null : profile.localityKey(), apartOnly, ownWords));
    }

    /**
     * Same-named shops of several states, the text naming no place and the profile no city but a state ("Tamil Nadu",
     * "AP", "Albay 🌋"): the author's state is a prior as the profile city is, so the shops of that state are kept, the
     * outlet when one is left; the others are the ambiguity of before. Unchanged when no candidate is in that state or
     * all are (the registry's {@code region} column, read by {@link Regions#ofRegistry}).
     */
    private OutletMatcher.Result inProfileRegion(OutletMatcher.Result ambiguous, String location) {
        String region = places.profileRegion(location);
        if (region == null) {
            return ambiguous;
        }
        List<Outlet> inRegion = new ArrayList<>(2);
        for (Outlet o : ambiguous.ambiguous()) {
            if (region.equals(Regions.ofRegistry(o.region()))) {
                inRegion.add(o);
            }
        }
        if (inRegion.isEmpty() || inRegion.size() == ambiguous.ambiguous().size()) {
            return ambiguous;
        }
        return inRegion.size() == 1
                ? new OutletMatcher.Result(inRegion.get(0), List.of(), ambiguous.score())
                : new OutletMatcher.Result(null, List.copyOf(inRegion), ambiguous.score());
    }

    /**
     * Whether the text names a city (by name, or by a locality read in one city) and the device location is in none
     * of the cities it names.
     */
    private static boolean textNamesOtherCity(Set<String> cityKeys, NamedLocalities localities, PlaceResolver.Place device) {
        if (cityKeys.isEmpty() && localities.cities().isEmpty()) {
            return false;
        }
        return !cityKeys.contains(device.cityKey()) && !localities.cities().contains(device.cityKey());
    }

    /** Same-named candidates looked through for a locality written loosely; more are left ambiguous. */
    static final int MAX_LOOSE_LOCALITY_CANDIDATES = 8;

    /**
     * Of a few same-named candidates, the one whose locality a word of the post names loosely, when only one's
     * does: the same consonants ("Marawuy" for "Marawoy"; a word of three consonants or more), or, for a word of an
     * Indian script, consonants within two edits of them (its letters for s, ch, v differ: "சத்துவாச்சாரி" for
     * "Sathuvachari"; five consonants or more); the registry's locality index did not read it. Null otherwise.
     */
    private static Outlet ofLocalityLike(List<Outlet> candidates, List<String> keys, List<Boolean> indic) {
        if (candidates.size() < 2 || candidates.size() > MAX_LOOSE_LOCALITY_CANDIDATES) {
            return null;
        }
        String[] skeletons = new String[keys.size()]; // made once per post, on this rare path only
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            skeletons[i] = k.length() < 3 || OutletMatcher.LEXICON_KEYS.contains(k) || Names.GENERIC.contains(k)
                    ? null : Names.skeleton(k);
        }
        Outlet found = null;
        for (Outlet o : candidates) {
            if (o.locality() == null) {
                continue;
            }
            String locality = Names.skeleton(OutletDirectory.placeKey(o.locality()).replace(" ", ""));
            if (locality.length() < 3) {
                continue;
            }
            for (int i = 0; i < keys.size(); i++) {
                String skeleton = skeletons[i];
                if (skeleton == null) {
                    continue;
                }
                boolean like = skeleton.equals(locality)
                        || indic.get(i) && locality.length() >= 5 && Text.distance(skeleton, locality, 2) <= 2;
                if (like) {
                    if (found != null && !found.equals(o)) {
                        return null;
                    }
                    found = o;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The cities a shop name is looked for in: those the text names and those of its localities; the device's city
     * when the text names no place.
     */
    private static Set<String> citiesToMatchIn(Set<String> cityKeys, NamedLocalities localities, PlaceResolver.Place device) {
        Set<String> cities = new LinkedHashSet<>(cityKeys);
        cities.addAll(localities.cities());
        if (cities.isEmpty() && device != null && localities.keys().isEmpty()) {
            cities.add(device.cityKey());
        }
        return cities;
    }

    /**
     * The name keys of the place tokens, as the directory files names: initials written apart and short forms
     * written in two ("7-11") joined first; per key, whether its token is in an Indic script, the token, and whether
     * grammar marks the token as a place.
     */
    private record NameKeys(List<String> keys, List<Boolean> indic, List<String> sources, List<Boolean> marked,
                            List<Boolean> apart, List<Boolean> brand) {
        /** A key that names no place: it stands where a brand word was, so that no place phrase spans the brand. */
        private static final String NO_PLACE = "\u0000";

        /**
         * The same with the brand's own words ({@link #brandWords}) made keys that name no town or locality (itself
         * when there are none); the shop's name is still read from all the keys ("Amul Parlour").
         */
        NameKeys withoutBrand() {
            if (!brand.contains(Boolean.TRUE)) {
                return this;
            }
            List<String> placeKeys = new ArrayList<>(keys);
            List<String> placeSources = new ArrayList<>(sources);
            List<Boolean> placeIndic = new ArrayList<>(indic);
            for (int i = 0; i < keys.size(); i++) {
                if (brand.get(i)) {
                    placeKeys.set(i, NO_PLACE);
                    placeSources.set(i, NO_PLACE);
                    placeIndic.set(i, false);
                }
            }
            return new NameKeys(placeKeys, placeIndic, placeSources, marked, apart, brand);
        }

        /** The same without the keys at {@code positions} (itself when there are none: the usual case). */
        NameKeys without(java.util.BitSet positions) {
            if (positions.isEmpty()) {
                return this;
            }
            NameKeys kept = new NameKeys(new ArrayList<>(keys.size()), new ArrayList<>(keys.size()),
                    new ArrayList<>(keys.size()), new ArrayList<>(keys.size()), new ArrayList<>(keys.size()),
                    new ArrayList<>(keys.size()));
            for (int i = 0; i < keys.size(); i++) {
                if (!positions.get(i)) {
                    kept.keys.add(keys.get(i));
                    kept.indic.add(indic.get(i));
                    kept.sources.add(sources.get(i));
                    kept.marked.add(marked.get(i));
                    kept.apart.add(apart.get(i));
                    kept.brand.add(brand.get(i));
                }
            }
            return kept;
        }

        /**
         * The keys written only in clauses apart from the absence (none, the usual case, when no key is apart): a
         * shop named there is not where the absence is, when another is named next to it.
         */
        Set<String> apartOnly() {
            if (!apart.contains(Boolean.TRUE)) {
                return Set.of();
            }
            Set<String> apartKeys = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if (apart.get(i)) {
                    apartKeys.add(keys.get(i));
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                if (!apart.get(i)) {
                    apartKeys.remove(keys.get(i));
                }
            }
            return apartKeys;
        }
    }

    private static NameKeys nameKeys(List<String> tokens, List<Boolean> placeMarked, List<Boolean> placeApart,
                                     List<Boolean> placeBrand) {
        List<String> keys = new ArrayList<>(tokens.size());
        List<Boolean> brand = new ArrayList<>(tokens.size());
        List<Boolean> indic = new ArrayList<>(tokens.size());
        List<String> sources = new ArrayList<>(tokens.size());
        List<Boolean> marked = new ArrayList<>(tokens.size());
        List<Boolean> apart = new ArrayList<>(tokens.size());
        for (int j = 0; j < tokens.size(); j++) {
            String t = tokens.get(j);
            boolean placeWord = placeMarked.get(j);
            boolean apartWord = placeApart.get(j);
            boolean brandWord = placeBrand.get(j);
            String glued = j + 1 < tokens.size() ? Names.gluedShortForm(t, tokens.get(j + 1)) : null;
            if (glued != null) {
                t = glued; // "7-11" is "711", a short form of the table
                j++;
            } else if (Names.isLetter(t) && j + 1 < tokens.size() && Names.isLetter(tokens.get(j + 1))) {
                // initials written apart ("R&J", "M G Road") are one word of a name, as the directory files them
                StringBuilder initials = new StringBuilder(t);
                while (j + 1 < tokens.size() && Names.isLetter(tokens.get(j + 1))) {
                    initials.append(tokens.get(++j));
                }
                t = initials.toString();
            }
            int before = keys.size();
            Names.addKeysOfToken(t, keys);
            Boolean isIndic = Phonetic.isIndicOrArabic(t);
            for (int i = before; i < keys.size(); i++) {
                indic.add(isIndic);
                sources.add(t);
                marked.add(placeWord);
                apart.add(apartWord);
                brand.add(brandWord);
            }
        }
        return new NameKeys(keys, indic, sources, marked, apart, brand);
    }

    /**
     * The cities the text names, without a stray word's town when the author's profile or the device gives a city
     * ({@code prior}), and only those
     * of a locality that exists in one city when the text names one; the pincode's city added.
     */
    private static Set<String> cityKeys(PlaceResolver.TextPlaces inText, boolean prior, PlaceResolver.Place pin) {
        Set<String> cityKeys = new LinkedHashSet<>(inText.cityKeys());
        if (prior && !inText.strayCityKeys().isEmpty()) {
            // the author's city and the device location are priors: a single word that happens to be a town's name,
            // or a town apart from the absence, does not override them
            cityKeys.removeAll(inText.strayCityKeys());
        }
        Set<String> oneCityLocalities = new LinkedHashSet<>();
        for (Map<String, OutletDirectory.PlaceStats> named : inText.localities()) {
            if (named.size() == 1) {
                oneCityLocalities.addAll(named.keySet());
            }
        }
        if (!oneCityLocalities.isEmpty()) {
            // a locality that exists in one city only decides the city: another city's name elsewhere in the post
            // (a stray word, a road named after it) does not
            cityKeys.retainAll(oneCityLocalities);
        }
        if (pin != null) {
            cityKeys.add(pin.cityKey());
        }
        return cityKeys;
    }

    /**
     * The localities a text names, as read in the cities it names: their keys, the display name of each key, and the
     * cities of those that the context narrowed to one city.
     */
    private record NamedLocalities(Set<String> keys, Map<String, String> display, Set<String> cities, boolean byProfile) {
    }

    /**
     * The localities the text names: a locality named in several cities is read in the city the post (or else the
     * device, else the author's profile) gives; the pincode's locality when the text names none.
     */
    private NamedLocalities localities(PlaceResolver.TextPlaces inText, Set<String> cityKeys, PlaceResolver.Place device,
                                       PlaceResolver.Place profile, PlaceResolver.Place pin) {
        Set<String> localityKeys = new LinkedHashSet<>();
        Map<String, String> localityDisplay = new HashMap<>();
        Set<String> localityCities = new LinkedHashSet<>();
        boolean byProfile = false;
        for (Map<String, OutletDirectory.PlaceStats> named : inText.allLocalities()) {
            Map<String, OutletDirectory.PlaceStats> usable = named;
            if (named.size() > 1) {
                Set<String> context = new HashSet<>(cityKeys);
                if (device != null) {
                    context.add(device.cityKey());
                }
                Map<String, OutletDirectory.PlaceStats> narrowed = new HashMap<>();
                for (String city : context) {
                    OutletDirectory.PlaceStats stats = named.get(city);
                    if (stats != null) {
                        narrowed.put(city, stats);
                    }
                }
                if (narrowed.isEmpty() && profile != null && named.containsKey(profile.cityKey())) {
                    narrowed.put(profile.cityKey(), named.get(profile.cityKey()));
                    byProfile = true;
                }
                if (!narrowed.isEmpty()) {
                    usable = narrowed;
                }
            }
            if (usable.size() == 1) {
                for (Map.Entry<String, OutletDirectory.PlaceStats> e : usable.entrySet()) {
                    localityKeys.add(e.getValue().key);
                    localityDisplay.put(e.getValue().key, e.getValue().display);
                    localityCities.add(e.getKey());
                }
            } else if (usable == named) {
                // a locality in dozens of cities, usually under one key: each key is added when a run of it begins,
                // and its display (the last one of the key stays) put when the run ends, for the same set and map;
                // the directory's map is walked once per change of the registry, not per post
                localityRuns.addTo(named, localityKeys, localityDisplay);
            } else {
                List<String> keys = new ArrayList<>(2);
                List<String> displays = new ArrayList<>(2);
                LocalityRuns.addRuns(usable.values(), keys, displays);
                for (int i = 0; i < keys.size(); i++) {
                    localityKeys.add(keys.get(i));
                    localityDisplay.put(keys.get(i), displays.get(i));
                }
            }
        }
        if (pin != null && pin.localityKey() != null && localityKeys.isEmpty()) {
            localityKeys.add(pin.localityKey());
            localityDisplay.put(pin.localityKey(), pin.locality());
        }
        return new NamedLocalities(localityKeys, localityDisplay, localityCities, byProfile);
    }

    /** The outlet of a report, what told it (for the reason) and what that costs the confidence. */
    private record Located(Outlet outlet, String how, double confidenceCost) {
    }

    /**
     * The outlet named, unless the post says "this shop" at a device location far from it; else the outlet the device
     * stands at, when no name was read or one of the outlets of the name read; null when no single outlet fits.
     */
    private Located outletOf(GeoPoint geo, OutletMatcher.Result byName, boolean deictic, boolean area) {
        Outlet named = byName.outlet();
        // the outlet the device stands at, looked up only when it may matter
        Outlet here = geo == null || area || named != null && !deictic ? null
                : nearestClearly(geo, deictic ? DEICTIC_METRES : BARE_GEO_METRES);
        if (named != null && deictic && here != null && !here.equals(named)
                && Geo.km(geo, named.location()) * 1000 > FAR_FROM_HERE_METRES) {
            // "this shop" where the device stands outranks a name read elsewhere in the post
            return new Located(here, "; outlet by device location over a name " + (int) (Geo.km(geo, named.location()) * 1000)
                    + " m away", 0.05);
        }
        if (named != null) {
            return new Located(named, "; outlet by name", 0);
        }
        if (here != null && byName.ambiguous().isEmpty()) {
            return new Located(here, "; outlet by device location", deictic ? 0.05 : 0.15);
        }
        if (geo != null && !area && !byName.ambiguous().isEmpty()) {
            // a name several outlets carry ("this 7-Eleven"): the one the device stands at, if one does
            Outlet at = nearestClearly(geo, DEICTIC_METRES);
            if (at != null && byName.ambiguous().contains(at)) {
                return new Located(at, "; outlet by name and device location", 0);
            }
        }
        return null;
    }

    /**
     * A report without a single outlet: it keeps the most trusted locality and city (the ambiguous candidates' own
     * when they share one, then the device's, the text's, the pincode's, the author's profile's) and goes to
     * "needs location". The explanation says which evidence decided the city ({@link PlaceExplanation}).
     */
    private Understanding needsLocation(IntentReader.Intent intent, String brand, String sku, List<Outlet> ambiguous,
                                        PlaceResolver.Place device, NamedLocalities localities, PlaceResolver.Place pin,
                                        Set<String> cityKeys, PlaceResolver.Place profile, PlaceResolver.Place overruled) {
        String locality = null;
        String city = null;
        PlaceExplanation.CitySource from = PlaceExplanation.CitySource.NONE;
        String reason = intent.reason();
        if (!ambiguous.isEmpty()) {
            // only whether the candidates share one city (and one locality) matters: stop at the second city
            Set<String> ambCities = new HashSet<>();
            Set<String> ambLocalities = new HashSet<>();
            for (Outlet o : ambiguous) {
                ambCities.add(o.city());
                if (ambCities.size() > 1) {
                    break;
                }
                ambLocalities.add(o.locality() == null ? "" : o.locality());
            }
            if (ambCities.size() == 1) {
                city = ambCities.iterator().next();
                from = PlaceExplanation.CitySource.CANDIDATES;
                if (ambLocalities.size() == 1 && !ambLocalities.contains("")) {
                    locality = ambLocalities.iterator().next();
                }
            }
            reason += "; outlet ambiguous (" + ambiguous.size() + " candidates" + closeNames(ambiguous) + ")";
        }
        if (device != null) {
            if (city == null) {
                city = device.city();
                from = PlaceExplanation.CitySource.DEVICE;
            }
            locality = locality == null ? device.locality() : locality;
        }
        if (locality == null && localities.keys().size() == 1) {
            locality = localities.display().get(localities.keys().iterator().next());
        }
        if (city == null && localities.cities().size() == 1) {
            city = places.cityName(localities.cities().iterator().next(), null);
            from = PlaceExplanation.CitySource.LOCALITY;
        }
        if (city == null && pin != null) {
            city = pin.city();
            from = PlaceExplanation.CitySource.PINCODE;
        }
        if (city == null && !cityKeys.isEmpty()) {
            city = places.cityDisplay(cityKeys.iterator().next());
            from = PlaceExplanation.CitySource.CITY_NAMED;
        }
        if (city == null && profile != null) {
            city = profile.city();
            from = PlaceExplanation.CitySource.PROFILE;
        }
        return new Understanding(true, clamp(intent.confidence() - 0.1), brand, sku, null, locality, city, reason + "; needs location",
                Evidence.ofReading(intent.reading()).withPlace(PlaceExplanation.withoutOutlet(ambiguous.size(), from,
                        device, localities.keys(), localities.display(), pin, cityKeys, profile, overruled)));
    }

    /**
     * For the reason: the outlets that the name read fits about as well, by name and locality, when there are two or
     * three ("" for more): ops sees which shops the post may mean.
     */
    private static String closeNames(List<Outlet> ambiguous) {
        if (ambiguous.size() < 2 || ambiguous.size() > 3) {
            return "";
        }
        StringBuilder b = new StringBuilder(": the name fits ");
        for (int i = 0; i < ambiguous.size(); i++) {
            Outlet o = ambiguous.get(i);
            b.append(i == 0 ? "" : i == ambiguous.size() - 1 ? " and " : ", ").append(o.name());
            if (o.locality() != null && !o.locality().isBlank()) {
                b.append(" (").append(o.locality()).append(')');
            }
        }
        return b.append(" about as well").toString();
    }

    /**
     * The outlet nearest a point within {@code metres}, when no other stands within {@link #RIVAL_METRES} of the point;
     * null otherwise.
     */
    private Outlet nearestClearly(GeoPoint point, double metres) {
        List<Outlet> near = outlets.near(point, Math.max(metres, RIVAL_METRES));
        if (near.size() != 1 || Geo.km(point, near.get(0).location()) * 1000 > metres) {
            return null;
        }
        return near.get(0);
    }

    /**
     * The keys of words that may be a shop's initials: words of three to five capital letters ("SLV"), unless the
     * whole post is in capitals (an SMS in capitals has no acronyms to tell), and, in any case, {@code tokens} of
     * three to five Latin letters without a vowel ("slv"), which no word of the posts' languages is.
     */
    static Set<String> acronyms(String text, List<String> tokens) {
        Set<String> found = acronyms(text);
        Set<String> out = null;
        for (String t : tokens) {
            if (t.length() >= 3 && t.length() <= 5 && withoutVowels(t)) {
                out = out == null ? new HashSet<>(found) : out;
                out.add(t);
            }
        }
        if (out == null) {
            return found;
        }
        out.removeIf(UnderstandingStage::aWordNotInitials);
        return out;
    }

    private static boolean withoutVowels(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words (in lower case) of three to five capital letters ("SLV") that may be a shop's initials; when the whole post is
     * in capitals (an SMS in capitals has no acronyms to tell), only those right before a generic shop word ("SLV
     * PROVISIONS").
     */
    static Set<String> acronyms(String text) {
        Set<String> out = null;
        Set<String> beforeShopWord = null;
        boolean lower = false;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                lower = true;
            }
            if (c >= 'A' && c <= 'Z') {
                run++;
                continue;
            }
            // a run of three to five capitals that a word's end follows (the run's length told first: most letters
            // end no such run)
            if (run >= 3 && run <= 5 && !Character.isLetterOrDigit(c)) {
                String word = text.substring(i - run, i);
                boolean startsWord = i - run == 0 || !Character.isLetterOrDigit(text.charAt(i - run - 1));
                if (startsWord) {
                    if (out == null) {
                        out = new HashSet<>(2);
                    }
                    String initials = word.toLowerCase(java.util.Locale.ROOT);
                    out.add(initials);
                    if (shopWordAt(text, i)) {
                        beforeShopWord = beforeShopWord == null ? new HashSet<>(2) : beforeShopWord;
                        beforeShopWord.add(initials);
                    }
                }
            }
            run = 0;
        }
        if (out != null && !lower) {
            // a post all in capitals: only a word right before a generic shop word ("SLV PROVISIONS") is initials
            out = beforeShopWord;
        }
        if (out == null) {
            return Set.of();
        }
        out.removeIf(UnderstandingStage::aWordNotInitials);
        return out;
    }

    /** True for a word of the lexicons, a filler or a generic shop word: such a word is no shop's initials. */
    private static boolean aWordNotInitials(String word) {
        // the word itself against the lexicons' keys: its own phonetic key may meet one by chance ("SBP" is "sp")
        String k = Names.canonicalKey(word);
        return OutletMatcher.LEXICON_KEYS.contains(word) || Names.FILLER.contains(k) || Names.GENERIC.contains(k);
    }

    /** True when the word after position {@code at} (past spaces) is a generic shop word ("provisions", "store"). */
    private static boolean shopWordAt(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            return false;
        }
        List<String> keys = Names.keys(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
        return keys.size() == 1 && Names.GENERIC.contains(keys.get(0));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
