package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.restockradar.contracts.GeoPoint;

/**
 * Reads where a post is about from the registry's own localities and cities, the gazetteer, pincodes, the device
 * location and the author's profile, and names cities as the registry spells them (a post's "Gurgaon" is the
 * registry's "Gurugram").
 */
public final class PlaceResolver {

    /** A city and possibly a locality, with where they came from. */
    public record Place(String locality, String city, String cityKey, String localityKey, GeoPoint point, String evidence) {
    }

    /**
     * All place evidence of one text: registry localities (per city key), cities, pincodes. {@code firstWords} are
     * localities named only by the first word of their name ("Laxmi" of "Laxmi Nagar"), often a shop's name: weak
     * evidence, given only when the text names no other locality. {@code strayCityKeys} are the cities of
     * {@code cityKeys} named by a single word of the gazetteer that the registry does not hold (a town's name that
     * may be a person's, a road's or a word): they do not override the author's profile city. {@code strayApartKeys}
     * are the positions of the keys of stray towns that stand apart from the absence ("Parang sa Manila, ..."): a town
     * the writer compares with is no word of a shop's name ("Manila Bakeshop") either.
     */
    public record TextPlaces(List<Map<String, OutletDirectory.PlaceStats>> localities, List<String> cityKeys,
                             List<String> pincodes, List<Map<String, OutletDirectory.PlaceStats>> firstWords,
                             java.util.Set<String> strayCityKeys, java.util.BitSet strayApartKeys) {
        public TextPlaces(List<Map<String, OutletDirectory.PlaceStats>> localities, List<String> cityKeys,
                          List<String> pincodes) {
            this(localities, cityKeys, pincodes, List.of(), java.util.Set.of(), new java.util.BitSet(0));
        }

        boolean isEmpty() {
            return localities.isEmpty() && cityKeys.isEmpty() && pincodes.isEmpty() && firstWords.isEmpty();
        }

        /** The localities named, the weak ones last. */
        List<Map<String, OutletDirectory.PlaceStats>> allLocalities() {
            if (firstWords.isEmpty()) {
                return localities;
            }
            List<Map<String, OutletDirectory.PlaceStats>> all = new ArrayList<>(localities);
            all.addAll(firstWords);
            return all;
        }
    }

    /** A city's name before one of these names a road, not the city: "Solapur Road" is in Pune. */
    private static final java.util.Set<String> ROAD_KEYS = WordTable.setOf(Names.keys(Text.tokens(
            "road rd marg highway hwy expressway bypass street st avenue ave naka phata chowk gate")));

    /**
     * A town's name right before one of these, or before a name's word and one of these, names a shop, a hotel or an
     * office ("Udupi Fresh Mart", "Bombay Bakery", "Pune Darshan hotel"), not the town.
     */
    private static final java.util.Set<String> NAME_TAIL_KEYS = WordTable.setOf(Names.keys(Text.tokens(
            "store stores shop mart supermarket minimart bakery bakeshop bakers sweets mishthan bhandar house hotel"
                    + " restaurant cafe mess corner traders trading kirana provisions provision grocery pharmacy"
                    + " office hall dhaba"
                    // session 17: the institutions and trades that are named after a city anywhere ("Delhi Public
                    // School", "Bombay Hospital", "Madras Tailors", "Calcutta Medical Stores")
                    + " school college academy hospital clinic medical medicals chemist chemists talkies cinema"
                    + " tailors emporium lodge travels motors enterprises")));

    /** Words before or after a town's name that make it where the writer comes from ({@code names/origin-words.tsv}). */
    private static final java.util.Set<String> ORIGIN_BEFORE = new java.util.HashSet<>();
    private static final java.util.Set<String> ORIGIN_AFTER = new java.util.HashSet<>();
    /** Forms of address right after a town's name that make it a person's ("Anand bhai"), session 19. */
    private static final java.util.Set<String> PERSON_AFTER = new java.util.HashSet<>();

    static {
        readOriginWords("names/origin-words.tsv");
    }

    /**
     * Postpositions written apart after a town that place something in it ({@code names/place-postpositions.tsv}:
     * "Hapur me", "Madanapalle loni shops"), as the words are written and as name keys; for the place reading only.
     */
    private static final java.util.Set<String> PLACE_POSTPOSITIONS = new java.util.HashSet<>();
    private static final java.util.Set<String> PLACE_POSTPOSITION_KEYS = new java.util.HashSet<>();

    static {
        for (String line : Names.lines("names/place-postpositions.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2 || f[1].isBlank() || f[1].contains(" ")) {
                throw new IllegalStateException("names/place-postpositions.tsv: expected language<TAB>word, got '" + line + "'");
            }
            PLACE_POSTPOSITIONS.add(f[1].toLowerCase(java.util.Locale.ROOT));
            PLACE_POSTPOSITION_KEYS.addAll(Names.keys(List.of(f[1])));
        }
    }

    /**
     * Whether a token is a postposition that places the town before it ("me" of "Hapur me", "loni"), by
     * {@code names/place-postpositions.tsv} (session 19): such a town is marked as a place like one before an intent
     * lexicon's {@code place_after} word.
     */
    static boolean isPlacePostposition(String token) {
        return PLACE_POSTPOSITIONS.contains(token.toLowerCase(java.util.Locale.ROOT));
    }

    private static void readOriginWords(String resource) {
        for (String line : Names.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2 || !("before".equals(f[0]) || "after".equals(f[0]) || "person".equals(f[0]))) {
                throw new IllegalStateException(resource + ": expected before|after|person<TAB>word, got '" + line + "'");
            }
            if ("person".equals(f[0])) {
                PERSON_AFTER.addAll(Names.keys(Text.tokens(f[1])));
                continue;
            }
            ("before".equals(f[0]) ? ORIGIN_BEFORE : ORIGIN_AFTER).addAll(Names.keys(Text.tokens(f[1])));
        }
    }

    /** Edits allowed between a word of another script and a locality name of the same consonants. */
    static final int SKELETON_EDITS = 2;

    /** Profile locations remembered at most; authors repeat, but the strings are anyone's. */
    static final int MAX_CACHED_PROFILES = 50_000;

    private final OutletDirectory outlets;
    private final Gazetteer gazetteer;
    /**
     * Answers that depend only on their input and the registry, kept until the registry changes: the registry
     * locality of a gazetteer town (a search of up to 3 km of the spatial grid) and the place of a profile location.
     */
    private final Map<Gazetteer.Place, Cached<Map<String, OutletDirectory.PlaceStats>>> townLocalities = new ConcurrentHashMap<>();
    private final Map<String, Cached<Optional<Place>>> profiles = new ConcurrentHashMap<>();
    private final Map<Gazetteer.Place, Cached<String>> townCities = new ConcurrentHashMap<>();
    /** The registry's cities by skeleton ({@link #citySkeletons}); replaced whole when the registry changes. */
    private volatile Cached<Map<String, List<String>>> citySkeletons;
    /** The registry's cities by sound skeleton ({@link #citySounds}); replaced whole when the registry changes. */
    private volatile Cached<Map<String, List<String>>> citySounds;
    /** A gazetteer town and a registry city of the same sound this close are one city ("Tumkur", "Tumakuru"). */
    static final double SAME_CITY_KM = 15;

    private record Cached<T>(long version, T value) {
    }

    public PlaceResolver(OutletDirectory outlets, Gazetteer gazetteer) {
        this.outlets = outlets;
        this.gazetteer = gazetteer;
    }

    /** The key under which the registry files a city, for any of its names (Gurgaon, Gurugram, गुरुग्राम). */
    String cityKeyOf(String anyCityName) {
        String direct = OutletDirectory.placeKey(anyCityName);
        if (outlets.city(direct).isPresent()) {
            return direct;
        }
        String canonical = gazetteer.canonical(anyCityName);
        for (String alias : gazetteer.aliases(canonical)) {
            String key = OutletDirectory.placeKey(alias);
            if (outlets.city(key).isPresent()) {
                return key;
            }
        }
        String key = OutletDirectory.placeKey(canonical);
        return outlets.city(key).isPresent() ? key : key;
    }

    /**
     * The registry's city of a gazetteer town that the registry spells another way and the aliases do not list
     * ("Tumkur" in GeoNames, "Tumakuru" in the registry): the registry city within {@link #SAME_CITY_KM} of the town
     * whose name has the same skeleton; else {@code key}, the town's own key.
     */
    private String registryCityOf(Gazetteer.Place town, String key) {
        if (outlets.city(key).isPresent() || town.point() == null) {
            return key;
        }
        long version = outlets.version();
        Cached<String> known = townCities.get(town);
        if (known != null && known.version() == version) {
            return known.value();
        }
        String found = key;
        String skeleton = cityCore(key);
        double bestKm = SAME_CITY_KM;
        for (OutletDirectory.PlaceStats city : outlets.cities()) {
            double d = Geo.km(town.point(), city.centre());
            if (d < bestKm && cityCore(city.key).equals(skeleton)) {
                found = city.key;
                bestKm = d;
            }
        }
        townCities.put(town, new Cached<>(version, found));
        return found;
    }

    /**
     * The skeleton of a city key without its qualifier words ("Iligan City" and "Iligan" are one city; see
     * {@code names/place-qualifiers.txt}).
     */
    private static String cityCore(String key) {
        StringBuilder core = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (!Names.PLACE_QUALIFIERS.contains(word)) {
                core.append(word);
            }
        }
        return Names.skeleton(core.length() == 0 ? key.replace(" ", "") : core.toString());
    }

    /** The display name of a city key: the registry's spelling when it has the city. */
    String cityName(String cityKey, String fallback) {
        return outlets.city(cityKey).map(s -> s.display).orElse(fallback);
    }

    /** The places a text names, from phonetic name keys. */
    public TextPlaces inText(List<String> keys, List<Boolean> indic) {
        return inText(keys, indic, null, null);
    }

    /**
     * The places a text names, from phonetic name keys. {@code sources} (may be null) are the tokens the keys come
     * from, one per key: a token that names no place whole is also read without a case ending glued to it
     * ("पुण्यात", "சென்னையில்", {@link Names#caseStemKeys}) as a city. {@code marked} (may be null) tells per key
     * whether grammar marks the word as a place (a place marker before it: "sa Vigan", "in Latur"; a postposition
     * after it: "Latur mein"): a town's name so marked, or with a case ending, is not a stray word.
     */
    public TextPlaces inText(List<String> keys, List<Boolean> indic, List<String> sources, List<Boolean> marked) {
        return inText(keys, indic, sources, marked, null);
    }

    /**
     * The same, where {@code apart} (may be null) tells per key whether its word stands apart from the absence read
     * (another sentence, a clause that compares or says something of its own: "like in Mumbai, ...", "Ludhiana mein
     * bhi yahi haal hai suna, ..."): a town outside the registry so placed is stray even when grammar marks it as a
     * place.
     */
    public TextPlaces inText(List<String> keys, List<Boolean> indic, List<String> sources, List<Boolean> marked,
                             List<Boolean> apart) {
        List<Map<String, OutletDirectory.PlaceStats>> localities = new ArrayList<>();
        List<String> cityKeys = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        boolean[] inLocality = new boolean[keys.size()];
        List<Map<String, OutletDirectory.PlaceStats>> weak = new ArrayList<>(0);
        int i = 0;
        while (i < keys.size()) {
            String k = keys.get(i);
            if (k.length() == 6 && k.charAt(0) >= '1' && k.charAt(0) <= '9' && k.chars().allMatch(Character::isDigit)) {
                pins.add(k);
            }
            if (sources != null && indic.get(i) && registryCityWithCaseEnding(sources.get(i))) {
                i++; // "साताऱ्यात": the city with a case ending, not a locality of like consonants
                continue;
            }
            LocalityAt at = localityAt(keys, indic, sources, i);
            Map<String, OutletDirectory.PlaceStats> found = at == null ? null : at.localities();
            int longest = at == null ? 0 : at.length();
            if (found != null && longest == 1 && outlets.isHeadOfLocality(k)) {
                // the first word of a locality's name alone ("Laxmi" of "Laxmi Nagar") is often a shop's name:
                // it counts only when the text names no other locality
                weak.add(found);
                inLocality[i] = true;
                i++;
            } else if (found != null) {
                localities.add(found);
                for (int j = i; j < i + longest; j++) {
                    inLocality[j] = true;
                }
                i += longest;
            } else {
                i++;
            }
        }
        if (!localities.isEmpty()) {
            weak.clear();
        }
        java.util.Set<String> stray = java.util.Set.of();
        List<KeyRange> strayApart = null;
        boolean[] inCity = new boolean[keys.size()];
        for (PhraseIndex.Match<Gazetteer.Place> m : placesIn(keys)) {
            // a town of the gazetteer that is also a locality of the registry (Borivli, Borivali) is the locality
            if (inLocality[m.start()] || beforeRoad(keys, m.end()) || beforeNameTail(keys, sources, m.end())) {
                continue;
            }
            for (int j = m.start(); j < m.end(); j++) {
                inCity[j] = true;
            }
            String key = registryCityOf(m.value(), cityKeyOf(m.value().name()));
            Map<String, OutletDirectory.PlaceStats> locality = outlets.city(key).isPresent() ? null : localityAt(m.value());
            if (locality != null) {
                localities.add(locality);
            } else {
                cityKeys.add(key);
                boolean outside = outlets.city(key).isEmpty();
                boolean apartTown = outside && apart != null && apart.get(m.start());
                if (m.end() - m.start() == 1 && outside && (marked == null || !marked.get(m.start()))
                        || isOrigin(keys, m.start(), m.end()) || apartTown) {
                    stray = stray.isEmpty() ? new java.util.HashSet<>() : stray;
                    stray.add(key);
                }
                if (apartTown) {
                    strayApart = strayApart == null ? new ArrayList<>(2) : strayApart;
                    strayApart.add(new KeyRange(key, m.start(), m.end()));
                }
            }
        }
        for (int j = 0; j < keys.size(); j++) {
            int max = outlets.cityPhraseLength(keys.get(j));
            for (int len = Math.min(max, keys.size() - j); len >= 1; len--) {
                Optional<String> city = outlets.cityNamed(keys, j, j + len);
                if (city.isPresent() && (beforeRoad(keys, j + len) || beforeNameTail(keys, sources, j + len))) {
                    break;
                }
                if (city.isPresent()) {
                    if (!cityKeys.contains(city.get())) {
                        cityKeys.add(city.get());
                    }
                    if (isOrigin(keys, j, j + len)) {
                        stray = stray.isEmpty() ? new java.util.HashSet<>() : stray;
                        stray.add(city.get());
                    }
                    for (int c = j; c < j + len; c++) {
                        inCity[c] = true;
                    }
                    break;
                }
            }
        }
        if (sources != null) {
            for (int j = 0; j < keys.size(); j++) {
                if (!inCity[j] && !inLocality[j]) {
                    cityWithCaseEnding(keys, j, sources.get(j), cityKeys, localities);
                }
            }
        }
        if (cityKeys.isEmpty()) {
            for (int j = 0; j < keys.size(); j++) {
                String misspelt = inCity[j] || inLocality[j] || indic.get(j) ? null : misspeltCity(keys.get(j));
                if (misspelt != null && !cityKeys.contains(misspelt) && !beforeRoad(keys, j + 1)
                        && !beforeNameTail(keys, j + 1)) {
                    cityKeys.add(misspelt); // "tiruppr", "navsri": a registry city misspelt, when no city is named
                }
            }
            for (int j = 0; j < keys.size() && cityKeys.isEmpty(); j++) {
                String sounded = inCity[j] || inLocality[j] || !indic.get(j) ? null : cityBySound(keys, indic, j);
                if (sounded != null) {
                    cityKeys.add(sounded); // "علی گڑھ", "होशियारपुर": a registry city in another script's spelling
                }
            }
        }
        List<String> cities = cityKeys.size() < 2 ? List.copyOf(cityKeys) : cityKeys.stream().distinct().toList();
        if (!stray.isEmpty()) {
            stray.removeIf(k -> !cities.contains(k) || namedElsewhere(keys, k)); // named again, unmarked: not stray
        }
        java.util.BitSet apartKeys = new java.util.BitSet(0);
        if (strayApart != null) {
            for (KeyRange r : strayApart) {
                if (stray.contains(r.key())) {
                    apartKeys.set(r.start(), r.end());
                }
            }
        }
        return new TextPlaces(localities, cities, pins, weak, stray, apartKeys);
    }

    /** The keys {@code start} to {@code end} of a text that name the city of {@code key}. */
    private record KeyRange(String key, int start, int end) {
    }

    /**
     * The gazetteer's towns named in the keys: by their own names and aliases, and by GeoNames' other names unless
     * a word of such a name is a word of the posts' lexicon or of the registry's shop names ("Bandar" is an old name
     * of Machilipatnam and a word of "Barak Bhandar"), or overlaps a town's own name.
     */
    private List<PhraseIndex.Match<Gazetteer.Place>> placesIn(List<String> keys) {
        List<PhraseIndex.Match<Gazetteer.Place>> own = gazetteer.placesIn(keys);
        List<PhraseIndex.Match<Gazetteer.Place>> other = gazetteer.otherNamesIn(keys);
        if (other.isEmpty()) {
            return own;
        }
        List<PhraseIndex.Match<Gazetteer.Place>> all = new ArrayList<>(own);
        for (PhraseIndex.Match<Gazetteer.Place> m : other) {
            boolean usable = true;
            for (int j = m.start(); j < m.end() && usable; j++) {
                String k = keys.get(j);
                usable = !OutletMatcher.LEXICON_KEYS.contains(k) && !Names.GENERIC.contains(k)
                        && outlets.documentFrequency(k) == 0;
            }
            for (PhraseIndex.Match<Gazetteer.Place> o : own) {
                usable &= m.end() <= o.start() || m.start() >= o.end();
            }
            if (usable) {
                all.add(m);
            }
        }
        return all;
    }

    /**
     * A city written with a case ending glued to it ("पुण्यात", "சென்னையில்", "chennaila"): the registry's city or
     * the gazetteer's town its stem names, added to {@code cityKeys} (or, for a town the registry files as a
     * locality, to {@code localities}). Words of the posts' lexicon and generic shop words are not cut.
     */
    private void cityWithCaseEnding(List<String> keys, int at, String source, List<String> cityKeys,
                                    List<Map<String, OutletDirectory.PlaceStats>> localities) {
        if (source == null) {
            return;
        }
        // the stems first: most words have none, and a short Latin word is told so without a look-up
        List<String> stems = Names.caseStemKeys(source);
        String key = keys.get(at);
        if (stems.isEmpty() || OutletMatcher.LEXICON_KEYS.contains(key) || Names.GENERIC.contains(key)
                || Names.FILLER.contains(key) || Names.WRITTEN_OUT.contains(key) || beforeRoad(keys, at + 1)) {
            return;
        }
        boolean otherScript = !Text.isLatin(source);
        for (String stem : stems) {
            Optional<String> city = registryCityOfStem(stem, otherScript);
            if (city.isPresent()) {
                if (!cityKeys.contains(city.get())) {
                    cityKeys.add(city.get());
                }
                return;
            }
            Gazetteer.Place town = gazetteer.oneWordPlace(stem);
            if (town == null && !OutletMatcher.LEXICON_KEYS.contains(stem) && outlets.documentFrequency(stem) == 0) {
                town = gazetteer.oneWordOtherPlace(stem); // "வேலூரில்": GeoNames' Tamil name of Vellore
            }
            if (town != null && !stems.stream().anyMatch(other -> outlets.documentFrequency(other) > 0)) {
                // a word of a shop's name with a case ending ("ভাণ্ডারে", at the Bhandar) is not a town that one
                // of its shorter stems happens to name ("Banda")
                String cityKey = registryCityOf(town, cityKeyOf(town.name()));
                Map<String, OutletDirectory.PlaceStats> locality = outlets.city(cityKey).isPresent() ? null : localityAt(town);
                if (locality != null) {
                    localities.add(locality);
                } else if (!cityKeys.contains(cityKey)) {
                    cityKeys.add(cityKey);
                }
                return;
            }
        }
    }

    /**
     * Sounds a case ending's stem needs to be read as a registry city by sound alone: a whole word needs
     * {@link OutletDirectory#MIN_SOUNDS}, but the stems of every word of a post are many, and three sounds met
     * everyday words ("vara-", "marga-") on the readable sets (session 19).
     */
    static final int MIN_STEM_SOUNDS = 4;

    /**
     * The registry city a case ending's stem names: by its key; for a word of another script (session 19) also
     * without the inherent vowel its script writes at the stem's end ("ಕೋಲಾರ-ದಲ್ಲಿ" is "kolara", "આણંદ-માં" "ananta",
     * the registry's "Kolar", "Anand"), else the one registry city of its sound skeleton, as a whole word of another
     * script is read ({@link #cityBySound}: "കാസർഗോഡ്-ിൽ" is "kasarkot", the registry's "Kasaragod").
     */
    private Optional<String> registryCityOfStem(String stem, boolean otherScript) {
        Optional<String> city = outlets.cityNamed(stem);
        if (city.isPresent() || !otherScript) {
            return city;
        }
        if (stem.length() > 4 && stem.endsWith("a")) {
            city = outlets.cityNamed(stem.substring(0, stem.length() - 1));
            if (city.isPresent()) {
                return city;
            }
        }
        if (OutletMatcher.LEXICON_KEYS.contains(stem) || outlets.documentFrequency(stem) > 0) {
            return Optional.empty();
        }
        String sound = Names.soundSkeleton(stem);
        if (sound.length() < MIN_STEM_SOUNDS) {
            return Optional.empty(); // "ವಾರ-ದಿಂದ" (for a week) is not Wardha, "मार्ग-मा" not Margao
        }
        List<String> like = citySounds().get(sound);
        if (like != null && like.size() == 1 && Names.sameSound(like.get(0).replace(" ", ""), stem, OutletDirectory.MIN_SOUNDS)
                && soundsClose(stem, like.get(0).replace(" ", ""))) {
            return Optional.of(like.get(0));
        }
        return Optional.empty();
    }

    /**
     * Whether a word of another script is a registry city with a case ending glued to it ("साताऱ्यात", in Satara):
     * such a word names the city, and is not read as a locality whose skeleton it resembles (session 19).
     */
    private boolean registryCityWithCaseEnding(String source) {
        if (source == null || Text.isLatin(source)) {
            return false;
        }
        for (String stem : Names.caseStemKeys(source)) {
            if (registryCityOfStem(stem, true).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The registry's localities a text names from key {@code at} on, and how many keys name them. */
    private record LocalityAt(Map<String, OutletDirectory.PlaceStats> localities, int length) {
    }

    /**
     * The localities the keys from {@code i} on name, or null: the longest phrase of the registry's localities, else
     * one word read without a case ending, by the skeleton of another script, by its beginning, without a place word
     * glued before it, or written without its vowels (see {@link #inText}).
     */
    private LocalityAt localityAt(List<String> keys, List<Boolean> indic, List<String> sources, int i) {
        String k = keys.get(i);
        int longest = 0;
        Map<String, OutletDirectory.PlaceStats> found = null;
        int max = outlets.localityPhraseLength(k);
        for (int len = Math.min(max, keys.size() - i); len >= 1; len--) {
            if (len == 1 && (OutletMatcher.LEXICON_KEYS.contains(k) || Names.GENERIC.contains(k) || Names.FILLER.contains(k))) {
                break; // a one-word locality that is also a word of the posts ("Wala", "Sari") is not read as a place
            }
            Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(keys, i, i + len);
            if (!named.isEmpty()) {
                found = named;
                longest = len;
                break;
            }
        }
        if (found == null && indic.get(i) && Names.GENERIC_SKELETONS.contains(Names.skeleton(k))) {
            return null; // "మార్కెట్", "ஸ்டோர்ஸ்": a generic shop word in another script, not a locality spelt loosely
        }
        boolean twoIndic = indic.get(i) && i + 1 < keys.size() && indic.get(i + 1);
        if (found == null && sources != null && (max >= 2 || twoIndic)) {
            // "ବନ୍ଥ ଛକରେ", "गांधी नगरमें": a locality of several words with a case ending glued to its last word (in
            // another script, its first word may be spelt with other vowels: no phrase of the registry begins with it)
            LocalityAt glued = phraseWithCaseEnding(keys, sources, i, max >= 2 ? Math.min(max, keys.size() - i) : 2);
            if (glued != null) {
                found = glued.localities();
                longest = glued.length();
            }
        }
        if (found == null && sources != null) {
            found = localityWithCaseEnding(k, sources.get(i));
            longest = 1;
        }
        if (found == null && indic.get(i) && k.length() > 4 && !OutletMatcher.LEXICON_KEYS.contains(k)) {
            // a word of another script whose vowels differ ("பாளையங்கோட்டை"), before its beginnings are tried
            found = localityOfSkeleton(k, outlets.localityKeysOfSkeleton(k), false);
            longest = 1;
        }
        if (found == null && indic.get(i) && !OutletMatcher.LEXICON_KEYS.contains(k)) {
            // "جمال پور", "ਮਾਡਲ ਟਾਊਨ", "رام گھاٹ روڈ": up to three words of another script whose sounds, written
            // together, are a locality's (vowels, aspiration, dental or retroflex, ch or s as the script writes them)
            LocalityAt sounded = localityBySound(keys, indic, i);
            if (sounded != null) {
                found = sounded.localities();
                longest = sounded.length();
            }
        }
        if (found == null && indic.get(i) && k.length() > 4) {
            for (int len = k.length() - 1; len >= 4 && found == null; len--) {
                String prefix = k.substring(0, len);
                if (outlets.localityPhraseLength(prefix) > 0) {
                    Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(prefix);
                    if (!named.isEmpty()) {
                        found = named;
                        longest = 1;
                    }
                }
            }
        }
        if (found == null && sources != null && !indic.get(i)) {
            // "brgylahug": a place word glued before the locality's name
            String rest = Names.withoutPlacePrefix(sources.get(i));
            if (rest != null && !OutletMatcher.LEXICON_KEYS.contains(rest)) {
                Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(rest);
                if (!named.isEmpty()) {
                    found = named;
                    longest = 1;
                }
            }
        }
        if (found == null && !indic.get(i) && i + 1 < keys.size() && !indic.get(i + 1)) {
            // "Lunsi Kui": a one-word locality written in two
            found = splitLocality(k, keys.get(i + 1));
            longest = found == null ? 1 : 2;
        }
        if (found == null && !indic.get(i) && misspeltPlaceWord(k)) {
            // "Velampalyam", "Anuparpalayam": a Latin word of the same consonants as a locality, a letter or two off
            found = localityOfSkeleton(k, outlets.localityKeysOfSkeleton(k), MisspeltName.LETTERS);
            longest = 1;
        }
        if (found == null && (indic.get(i) ? k.length() > 4 : Names.looksAbbreviated(k))
                && !OutletMatcher.LEXICON_KEYS.contains(k)) {
            // "kthrd", "rjnagar": a locality written without its vowels; "शिवाजीनगर": the vowels of another
            // script; "शिवाजीनगरमध्ये": the same with a case ending
            longest = 1;
            // a word of another script was tried whole by skeleton above
            found = indic.get(i) ? null : localityOfSkeleton(k, outlets.localityKeysOfSkeleton(k), false);
            if (found == null && indic.get(i) && i + 1 < keys.size() && indic.get(i + 1)) {
                String two = k + keys.get(i + 1); // "राजौरी गार्डन": a two-word name, vowels of another script
                found = localityOfSkeleton(two, outlets.localityKeysOfSkeleton(two), false);
                longest = found == null ? 1 : 2;
            }
            if (found == null && indic.get(i)) {
                found = localityOfSkeleton(k, outlets.localityKeysOfSkeletonPrefix(k), true);
            }
        }
        return found == null ? null : new LocalityAt(found, longest);
    }

    /**
     * True when a word read by its sounds is also near the place's name in letters: within a third of the longer's
     * letters (two at least). The sounds of "गुढ़ियारी में" (kuriyari men) are those of "Carmen", its letters are not.
     */
    private static boolean soundsClose(String key, String place) {
        int budget = Math.max(2, Math.max(key.length(), place.length()) / 3);
        return Text.distance(key, place, budget) <= budget;
    }

    /** True for a word that may be part of a place read by its sounds: no generic shop word, no filler. */
    private static boolean partOfSoundedPlace(String key) {
        return !Names.GENERIC.contains(key) && !Names.FILLER.contains(key);
    }

    /** Words of another script joined to meet a locality by its sounds: "رام گھاٹ روڈ" is three. */
    private static final int MAX_SOUND_WORDS = 3;

    /**
     * The localities that one to {@link #MAX_SOUND_WORDS} neighbouring words of an Indic script or Urdu from
     * {@code i} on name by their sound skeleton ({@link Names#soundSkeleton}), longest first; null when none do.
     */
    private LocalityAt localityBySound(List<String> keys, List<Boolean> indic, int i) {
        if (!partOfSoundedPlace(keys.get(i))) {
            return null; // a generic shop word ("ਮਾਰਟ", mart) is not the beginning of a locality ("Marris Road")
        }
        int words = 1;
        while (words < MAX_SOUND_WORDS && i + words < keys.size() && indic.get(i + words)
                && partOfSoundedPlace(keys.get(i + words))) {
            words++;
        }
        for (int len = words; len >= 1; len--) {
            String joined = len == 1 ? keys.get(i) : String.join("", keys.subList(i, i + len));
            if (joined.length() < 4 || len == 1 && (OutletMatcher.LEXICON_KEYS.contains(joined)
                    || outlets.documentFrequency(joined) > 0)) {
                continue; // a word of the lexicons or of a shop's name may be part of a place's name ("ram"), not
                          // one alone ("ખોડિયાર", Khodiyar, is not Kottar)
            }
            Map<String, OutletDirectory.PlaceStats> named = null;
            for (String variant : outlets.localityKeysOfSound(joined)) {
                Map<String, OutletDirectory.PlaceStats> of = outlets.localitiesNamed(variant);
                if (of.isEmpty() || !soundsClose(joined, variant.replace(" ", ""))) {
                    continue;
                }
                if (named == null) {
                    named = of;
                } else {
                    Map<String, OutletDirectory.PlaceStats> merged = new HashMap<>(named);
                    of.forEach(merged::putIfAbsent);
                    named = merged;
                }
            }
            if (named != null) {
                return new LocalityAt(named, len);
            }
        }
        return null;
    }

    /**
     * A locality written with a case ending glued to it ("பெருமாள்புரத்தில்", in Perumalpuram; "ആശ്രാമത്തിലെ", of
     * Asramam; {@link Names#caseStemKeys}): the registry's localities its stem names, also by skeleton for a word of
     * another script; null when none does. Words of the posts' lexicon are not cut.
     */
    private Map<String, OutletDirectory.PlaceStats> localityWithCaseEnding(String key, String source) {
        List<String> stems = Names.caseStemKeys(source);
        if (stems.isEmpty() || OutletMatcher.LEXICON_KEYS.contains(key) || Names.GENERIC.contains(key)) {
            return null;
        }
        boolean indic = Phonetic.isIndicOrArabic(source);
        for (String stem : stems) {
            Map<String, OutletDirectory.PlaceStats> named = outlets.localityPhraseLength(stem) > 0
                    ? outlets.localitiesNamed(stem) : Map.of();
            if (!named.isEmpty()) {
                return named;
            }
            if (indic && stem.length() > 4) {
                named = localityOfSkeleton(stem, outlets.localityKeysOfSkeleton(stem), false);
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    /** How a word is compared with a locality name of the same skeleton. */
    private enum MisspeltName {
        /** Within {@link #SKELETON_EDITS} edits: the vowels of another script. */
        WHOLE,
        /** Its beginning within {@link #SKELETON_EDITS} edits: the same with a case ending. */
        PREFIX,
        /** A Latin word misspelt: within {@link #misspeltEdits} edits. */
        LETTERS
    }

    /** The registry's localities (per city key) of locality phrase keys, or null when none holds outlets. */
    private Map<String, OutletDirectory.PlaceStats> localityOfSkeleton(String key, java.util.Set<String> variants,
                                                                     boolean prefix) {
        return localityOfSkeleton(key, variants, prefix ? MisspeltName.PREFIX : MisspeltName.WHOLE);
    }

    private Map<String, OutletDirectory.PlaceStats> localityOfSkeleton(String key, java.util.Set<String> variants,
                                                                     MisspeltName how) {
        Map<String, OutletDirectory.PlaceStats> found = null;
        for (String variant : variants) {
            String joined = variant.replace(" ", "");
            boolean like = how == MisspeltName.LETTERS
                    ? Text.distance(key, joined, misspeltEdits(key)) <= misspeltEdits(key)
                    : Names.looksAbbreviated(key) || closeEnough(key, joined, how == MisspeltName.PREFIX);
            if (!like) {
                continue; // the same consonants, other vowels: "palikanje" is not "poplakion"
            }
            Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(variant);
            if (named.isEmpty()) {
                continue;
            }
            if (found == null) {
                found = named;
            } else {
                Map<String, OutletDirectory.PlaceStats> merged = new HashMap<>(found);
                named.forEach(merged::putIfAbsent);
                found = merged;
            }
        }
        return found;
    }

    /** Letters a Latin place word keeps at least to be read as a misspelt locality or city. */
    static final int MIN_MISSPELT_LETTERS = 6;

    /**
     * Edits allowed between a misspelt Latin place word and a name of the same skeleton: one up to seven letters
     * ("tiruppr", "navsri"), two from eight ("velampalyam", "anuparpalayam").
     */
    static int misspeltEdits(String key) {
        return key.length() >= 8 ? 2 : 1;
    }

    /**
     * Whether a Latin key may be a place name misspelt: {@link #MIN_MISSPELT_LETTERS} letters or more, no word of
     * the posts' lexicon, of the generic, filler or registry's shop-name words (those are read as themselves).
     */
    private boolean misspeltPlaceWord(String key) {
        return key.length() >= MIN_MISSPELT_LETTERS && partOfPlaceName(key);
    }

    /**
     * The localities of one word that two neighbouring Latin words write apart ("Lunsi Kui" for "Lunsikui"): the two
     * joined, by name or by the same skeleton within {@link #misspeltEdits} edits; null when neither word may be part
     * of a name (a word of the lexicon, a generic word, a shop name's word) or no locality is so named.
     */
    private Map<String, OutletDirectory.PlaceStats> splitLocality(String first, String second) {
        if (first.length() < 3 || second.length() < 2) {
            return null;
        }
        String joined = first + second;
        if (Names.PLACE_QUALIFIERS.contains(second) && !OutletMatcher.LEXICON_KEYS.contains(first)
                && !Names.GENERIC.contains(first) && !Names.FILLER.contains(first)) {
            // "Ram nagar", "Bhagya nagar": a one-word locality whose place word ("nagar", "pet", "puram") is written apart
            Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(joined);
            if (!named.isEmpty()) {
                return named;
            }
        }
        if (!partOfPlaceName(first) || !partOfPlaceName(second)) {
            return null;
        }
        Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(joined);
        if (!named.isEmpty()) {
            return named;
        }
        return joined.length() < MIN_MISSPELT_LETTERS ? null
                : localityOfSkeleton(joined, outlets.localityKeysOfSkeleton(joined), MisspeltName.LETTERS);
    }

    private boolean partOfPlaceName(String key) {
        return !OutletMatcher.LEXICON_KEYS.contains(key) && !Names.GENERIC.contains(key) && !Names.FILLER.contains(key)
                && !Names.PLACE_QUALIFIERS.contains(key) && outlets.documentFrequency(key) == 0;
    }

    /**
     * The localities of several words ({@code max} at most) from key {@code i} on whose last word carries a case
     * ending ("ବନ୍ଥ ଛକରେ", at Bonth Chhak): the phrase with that word's stems ({@link Names#caseStemKeys}); null
     * when none names a registry locality.
     */
    private LocalityAt phraseWithCaseEnding(List<String> keys, List<String> sources, int i, int max) {
        for (int len = max; len >= 2; len--) {
            List<String> stems = Names.caseStemKeys(sources.get(i + len - 1));
            if (stems.isEmpty()) {
                continue;
            }
            String head = String.join(" ", keys.subList(i, i + len - 1));
            boolean indic = Phonetic.isIndicOrArabic(sources.get(i));
            for (String stem : stems) {
                Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(head + " " + stem);
                if (named.isEmpty() && indic) {
                    // the vowels of another script: "ବନ୍ଥ ଛକରେ" reads "banth chhak" for "Bonth Chhak"
                    String joined = head.replace(" ", "") + stem;
                    named = localityOfSkeleton(joined, outlets.localityKeysOfSkeleton(joined), false);
                }
                if (named != null && !named.isEmpty()) {
                    return new LocalityAt(named, len);
                }
            }
        }
        return null;
    }

    /**
     * The registry city a misspelt Latin word names ("tiruppr", "navsri", "Mohalli"): the one city whose name has the
     * word's skeleton, within {@link #misspeltEdits} edits and with the same first letter; null otherwise.
     */
    private String misspeltCity(String key) {
        if (!misspeltPlaceWord(key)) {
            return null;
        }
        List<String> like = citySkeletons().get(Names.skeleton(key));
        if (like == null) {
            return null;
        }
        String found = null;
        for (String city : like) {
            String joined = city.replace(" ", "");
            if (joined.charAt(0) == key.charAt(0) && Text.distance(key, joined, misspeltEdits(key)) <= misspeltEdits(key)) {
                if (found != null) {
                    return null; // two cities alike: neither
                }
                found = city;
            }
        }
        return found;
    }

    /**
     * The registry city that a word of an Indic script or Urdu, or two such words written apart ("علی گڑھ",
     * "نظام آباد"), name by their sound skeleton ({@link Names#soundSkeleton}, three sounds at least, the same first
     * sound): the one registry city of that sound; null when none or several. Words of the lexicons, generic shop
     * words and words of the registry's shop names are no city.
     */
    private String cityBySound(List<String> keys, List<Boolean> indic, int j) {
        String k = keys.get(j);
        if (Names.GENERIC.contains(k)) {
            return null;
        }
        // a word of the lexicons or of a shop's name may begin a city written in two ("ali" of "علی گڑھ"), not be one
        boolean one = !OutletMatcher.LEXICON_KEYS.contains(k) && outlets.documentFrequency(k) == 0;
        boolean two = j + 1 < keys.size() && indic.get(j + 1) && partOfSoundedPlace(keys.get(j + 1))
                && !OutletMatcher.LEXICON_KEYS.contains(keys.get(j + 1));
        List<String> tries = two && one ? List.of(k + keys.get(j + 1), k) : two ? List.of(k + keys.get(j + 1))
                : one ? List.of(k) : List.of();
        for (String joined : tries) {
            String sound = Names.soundSkeleton(joined);
            if (sound.length() < OutletDirectory.MIN_SOUNDS) {
                continue;
            }
            List<String> like = citySounds().get(sound);
            if (like != null && like.size() == 1 && Names.sameSound(like.get(0).replace(" ", ""), joined,
                    OutletDirectory.MIN_SOUNDS) && soundsClose(joined, like.get(0).replace(" ", ""))) {
                return like.get(0);
            }
        }
        return null;
    }

    /** The registry's city keys by the sound skeleton of their name written as one word, once per registry version. */
    private Map<String, List<String>> citySounds() {
        long version = outlets.version();
        Cached<Map<String, List<String>>> known = citySounds;
        if (known != null && known.version() == version) {
            return known.value();
        }
        Map<String, List<String>> bySound = new HashMap<>();
        for (OutletDirectory.PlaceStats city : outlets.cities()) {
            bySound.computeIfAbsent(Names.soundSkeleton(city.key.replace(" ", "")), s -> new ArrayList<>(1)).add(city.key);
        }
        citySounds = new Cached<>(version, bySound);
        return bySound;
    }

    /** The registry's city keys by the skeleton of their name written as one word, built once per registry version. */
    private Map<String, List<String>> citySkeletons() {
        long version = outlets.version();
        Cached<Map<String, List<String>>> known = citySkeletons;
        if (known != null && known.version() == version) {
            return known.value();
        }
        Map<String, List<String>> bySkeleton = new HashMap<>();
        for (OutletDirectory.PlaceStats city : outlets.cities()) {
            bySkeleton.computeIfAbsent(Names.skeleton(city.key.replace(" ", "")), s -> new ArrayList<>(1)).add(city.key);
        }
        citySkeletons = new Cached<>(version, bySkeleton);
        return bySkeleton;
    }

    /**
     * Whether a word with vowels (or its beginning, for a word with a case ending) is within {@link #SKELETON_EDITS}
     * edits of a locality name of the same consonants: the inherent vowels one script writes and another drops.
     */
    private static boolean closeEnough(String key, String locality, boolean prefix) {
        if (!prefix) {
            return Text.distance(key, locality, SKELETON_EDITS) <= SKELETON_EDITS;
        }
        for (int len = locality.length() - SKELETON_EDITS; len <= locality.length() + SKELETON_EDITS; len++) {
            if (len > 0 && len <= key.length()
                    && Text.distance(key.substring(0, len), locality, SKELETON_EDITS) <= SKELETON_EDITS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gazetteer town that the registry files as a locality of a bigger city, written another way ("Borivli" in
     * GeoNames, "Borivali West" in the registry, "बोरिवली" in a post): the registry locality within 3 km whose
     * name sounds the same, or null.
     */
    private Map<String, OutletDirectory.PlaceStats> localityAt(Gazetteer.Place town) {
        if (town.point() == null) {
            return null;
        }
        long version = outlets.version();
        Cached<Map<String, OutletDirectory.PlaceStats>> known = townLocalities.get(town);
        if (known != null && known.version() == version) {
            return known.value();
        }
        Map<String, OutletDirectory.PlaceStats> found = findLocalityAt(town);
        townLocalities.put(town, new Cached<>(version, found));
        return found;
    }

    private Map<String, OutletDirectory.PlaceStats> findLocalityAt(Gazetteer.Place town) {
        Optional<org.restockradar.contracts.Outlet> near = outlets.nearest(town.point(), 3000);
        if (near.isEmpty() || near.get().locality() == null) {
            return null;
        }
        String locality = near.get().locality();
        List<String> words = Text.tokens(locality);
        List<String> townWords = Text.tokens(town.name());
        if (words.isEmpty() || townWords.isEmpty()
                || !CatalogMatcher.consonants(words.get(0)).equals(CatalogMatcher.consonants(townWords.get(0)))) {
            return null;
        }
        Map<String, OutletDirectory.PlaceStats> named = outlets.localitiesNamed(OutletDirectory.placeKey(locality));
        return named.isEmpty() ? null : named;
    }

    /**
     * Whether the keys from {@code at} on are the rest of a shop's, hotel's or office's name that the town's name
     * (its last key before {@code at}) begins: a word of {@link #NAME_TAIL_KEYS} ("Bombay Bakery"); or one word that
     * is no word of the posts' lexicon and then one of them, when a registry shop's name carries the town's word
     * ("Rajkot Farsan House") or the word between is no word of the registry's names ("Pune Darshan hotel"; but
     * "from Mangalore, Tunga Stores", where "Tunga Stores" is a registry shop, keeps the town).
     */
    private boolean beforeNameTail(List<String> keys, List<String> sources, int at) {
        return beforeNameTail(keys, at) && !townsShops(keys, sources, at);
    }

    /**
     * Whether the word at {@code at} is a word for shops in general (a one-word {@code area} phrase of the lexicon),
     * or for a kind of shop after a registry city ({@link #kindAfterRegistryCity}), written after a town that no
     * registry shop's name carries
     * ("Rajamundry shops have no X", "Pune stores are out"): the town's shops, an area, not one shop's name ("Bombay
     * Bakery", "Rajkot Farsan House"; "Sri Murugan Stores" is a registry name, and its town word would be carried).
     */
    private boolean townsShops(List<String> keys, List<String> sources, int at) {
        if (sources == null || sources.size() != keys.size() || at >= keys.size()) {
            return false;
        }
        return (AREA_WORDS.contains(sources.get(at)) || kindAfterRegistryCity(keys, at))
                && outlets.documentFrequency(keys.get(at - 1)) == 0;
    }

    /**
     * Whether the word at {@code at} is a word for a kind of shop ({@link Names#GENERIC}, {@link Names#KIND_WORDS})
     * right after a one-word registry city: "Bellary departmental store", "Pathanamthitta medical shop" is the town's
     * shop of that kind, not a shop named after the town, when no registry shop's name carries the town's word (the
     * caller's check; session 18).
     */
    private boolean kindAfterRegistryCity(List<String> keys, int at) {
        String k = keys.get(at);
        return (Names.GENERIC.contains(k) || Names.KIND_WORDS.contains(k)) && outlets.cityNamed(keys, at - 1, at).isPresent();
    }

    /** The one-word {@code area} phrases of the cue lexicon ("shops", "stores", "dukane"): a word for shops in general. */
    private static final java.util.Set<String> AREA_WORDS = areaWords();

    private static java.util.Set<String> areaWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String phrase : Cue.LEXICON.getOrDefault(Cue.AREA, List.of())) {
            List<String> tokens = Text.tokens(phrase);
            if (tokens.size() == 1) {
                words.add(tokens.get(0));
            }
        }
        return java.util.Set.copyOf(words);
    }

    private boolean beforeNameTail(List<String> keys, int at) {
        if (at >= keys.size() || at == 0) {
            return false;
        }
        if (NAME_TAIL_KEYS.contains(keys.get(at))) {
            return true;
        }
        String between = keys.get(at);
        // a postposition between the town and the shop word places the shops in the town ("Madanapalle loni shops")
        return at + 1 < keys.size() && NAME_TAIL_KEYS.contains(keys.get(at + 1)) && !PLACE_POSTPOSITION_KEYS.contains(between)
                && !OutletMatcher.LEXICON_KEYS.contains(between)
                && (outlets.documentFrequency(keys.get(at - 1)) > 0 || Names.GENERIC.contains(between)
                    || outlets.documentFrequency(between) == 0);
    }

    /** Whether the town named by keys {@code start} to {@code end} is marked as where the writer comes from. */
    private static boolean isOrigin(List<String> keys, int start, int end) {
        for (int i = Math.max(0, start - 2); i < start; i++) {
            if (ORIGIN_BEFORE.contains(keys.get(i))) {
                return true;
            }
        }
        for (int i = end; i < Math.min(keys.size(), end + 2); i++) {
            if (ORIGIN_AFTER.contains(keys.get(i))) {
                return true;
            }
        }
        // a form of address right after it: a person's name ("Anand bhai"); one word further it is someone from
        // the town, who may speak of it ("Bokaro wale chacha ne bola wahan ...")
        return end < keys.size() && PERSON_AFTER.contains(keys.get(end));
    }

    /**
     * Whether a city marked as stray is also named elsewhere in the keys by the registry's own name, unmarked: not
     * only as where the writer comes from. Counts whole-key matches of the city key's single word only.
     */
    private boolean namedElsewhere(List<String> keys, String cityKey) {
        if (cityKey.indexOf(' ') >= 0) {
            return false;
        }
        int named = 0;
        int origin = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(cityKey)) {
                named++;
                origin += isOrigin(keys, i, i + 1) ? 1 : 0;
            }
        }
        return named > origin && origin > 0;
    }

    private static boolean beforeRoad(List<String> keys, int at) {
        return at < keys.size() && ROAD_KEYS.contains(keys.get(at));
    }

    /** The city (and locality, when close enough) around a device location. */
    public Optional<Place> around(GeoPoint point) {
        Optional<org.restockradar.contracts.Outlet> nearest = outlets.nearest(point, 1500);
        if (nearest.isPresent()) {
            var o = nearest.get();
            boolean close = Geo.km(point, o.location()) <= 0.8;
            return Optional.of(new Place(close ? o.locality() : null, o.city(), OutletDirectory.placeKey(o.city()),
                    close ? OutletDirectory.placeKey(o.locality()) : null, point, "device location"));
        }
        return cityOfPoint(point, "device location");
    }

    private Optional<Place> cityOfPoint(GeoPoint point, String evidence) {
        OutletDirectory.PlaceStats best = null;
        double bestKm = 30;
        for (OutletDirectory.PlaceStats city : outlets.cities()) {
            double d = Geo.km(point, city.centre());
            if (d < bestKm) {
                best = city;
                bestKm = d;
            }
        }
        if (best != null) {
            return Optional.of(new Place(null, best.display, OutletDirectory.placeKey(best.display), null, point, evidence));
        }
        return gazetteer.cityAround(point).map(p -> {
            String key = cityKeyOf(p.name());
            return new Place(null, cityName(key, gazetteer.display(p.name())), key, null, point, evidence);
        });
    }

    /** The place of a pincode: the registry's when its outlets' addresses carry it, else the gazetteer's. */
    public Optional<Place> ofPincode(String pin) {
        Map<String, OutletDirectory.PlaceStats> places = outlets.pincode(pin);
        OutletDirectory.PlaceStats best = null;
        for (OutletDirectory.PlaceStats s : places.values()) {
            if (s.count.get() > 0 && (best == null || s.count.get() > best.count.get())) {
                best = s;
            }
        }
        if (best != null) {
            return Optional.of(new Place(best.display, best.city, OutletDirectory.placeKey(best.city),
                    OutletDirectory.placeKey(best.display), best.centre(), "pincode"));
        }
        return gazetteer.pincode(pin).flatMap(p -> cityOfPoint(p, "pincode"));
    }

    /** The city of a profile location ("Kothrud, Pune", "QC", "Bombay"), or empty. */
    public Optional<Place> ofProfile(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        long version = outlets.version();
        Cached<Optional<Place>> known = profiles.get(location);
        if (known != null && known.version() == version) {
            return known.value();
        }
        Optional<Place> found = findProfilePlace(location);
        if (profiles.size() >= MAX_CACHED_PROFILES) {
            profiles.clear();
        }
        profiles.put(location, new Cached<>(version, found));
        return found;
    }

    private final Map<String, Boolean> regionProfiles = new ConcurrentHashMap<>();

    /** True when a part of the profile location names a state or province ({@link Regions}): "Bihar", "MZP | Bihar". */
    public boolean profileNamesRegion(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        Boolean known = regionProfiles.get(location);
        if (known != null) {
            return known;
        }
        boolean region = ProfilePlace.parts(location).stream().anyMatch(p -> Regions.isRegion(p.tokens()));
        if (regionProfiles.size() >= MAX_CACHED_PROFILES) {
            regionProfiles.clear();
        }
        regionProfiles.put(location, region);
        return region;
    }

    /**
     * The key of the state or province a part of the profile location names ({@link Regions}: "Tamil Nadu", "TN",
     * "Albay 🌋"), the first when several do; null when none does.
     */
    public String profileRegion(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        for (ProfilePlace.Part part : ProfilePlace.parts(location)) {
            String region = Regions.of(part.tokens());
            if (region != null) {
                return region;
            }
        }
        return null;
    }

    /**
     * The place of a profile location: of its parts ({@link ProfilePlace}), the one marked as where the author lives
     * now, else the first unmarked one that names a place, else one marked as where the author comes from.
     */
    private Optional<Place> findProfilePlace(String location) {
        Place plain = null;
        Place origin = null;
        List<ProfilePlace.Part> parts = ProfilePlace.parts(location);
        for (ProfilePlace.Part part : parts) {
            if (Regions.isRegion(part.tokens())) {
                continue; // "Davao del Sur", "Tamil Nadu", "AP": a state or province names no city
            }
            Place found = placeOfProfilePart(part.tokens());
            if (found == null) {
                continue;
            }
            if (part.residence()) {
                return Optional.of(found);
            }
            if (part.origin()) {
                origin = origin == null ? found : origin;
            } else if (plain == null) {
                plain = localityOfLaterCity(part, found, parts);
            }
        }
        return Optional.ofNullable(plain != null ? plain : origin);
    }

    /**
     * A profile part read as a town that is also a registry locality of the city a later part names ("San Jose,
     * Digos City": the barangay San Jose of Digos, not the town San Jose) is that locality and city; else
     * {@code found}.
     */
    private Place localityOfLaterCity(ProfilePlace.Part part, Place found, List<ProfilePlace.Part> parts) {
        if (found.localityKey() != null || outlets.city(found.cityKey()).isPresent()) {
            return found;
        }
        Map<String, OutletDirectory.PlaceStats> asLocality = outlets.localitiesNamed(String.join(" ", Names.keys(part.tokens())));
        if (asLocality.isEmpty()) {
            return found;
        }
        for (ProfilePlace.Part later : parts.subList(parts.indexOf(part) + 1, parts.size())) {
            Place city = Regions.isRegion(later.tokens()) ? null : placeOfProfilePart(later.tokens());
            OutletDirectory.PlaceStats locality = city == null ? null : asLocality.get(city.cityKey());
            if (locality != null) {
                return new Place(locality.display, city.city(), city.cityKey(), locality.key, null, "profile");
            }
        }
        return found;
    }

    /**
     * The city one part of a profile location names: the part whole as a registry city or a town of the gazetteer
     * (its own name, an alias or another name: "Lipa", "Allahabad", "வேலூர்"); else the places in it as in a post;
     * else, the part being one or two words meant as a place, a registry city whose name has its consonants (three
     * consonants only with the letters within two edits: "Kakinda") or a town whose name has them ("Bhavnagr").
     */
    private Place placeOfProfilePart(List<String> tokens) {
        List<String> keys = Names.keys(tokens);
        if (keys.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", keys);
        Optional<String> registry = outlets.cityNamed(joined);
        if (registry.isPresent()) {
            return profilePlace(registry.get(), joined);
        }
        Gazetteer.Place town = gazetteer.placeNamedWholly(joined);
        if (town != null) {
            String key = registryCityOf(town, cityKeyOf(town.name()));
            Map<String, OutletDirectory.PlaceStats> asLocality = outlets.city(key).isPresent() ? null : localityAt(town);
            if (asLocality != null && asLocality.size() == 1) {
                // a neighbourhood alone ("Gajuwaka"): a gazetteer town that the registry files as a locality of a
                // bigger city is that locality and city, as in a post
                Map.Entry<String, OutletDirectory.PlaceStats> one = asLocality.entrySet().iterator().next();
                return new Place(one.getValue().display, cityName(one.getKey(), null), one.getKey(), one.getValue().key,
                        null, "profile");
            }
            return profilePlace(key, gazetteer.display(town.name()));
        }
        TextPlaces places = inText(keys, tokens.stream().map(Phonetic::isIndicOrArabic).toList(), tokens, null);
        if (!places.cityKeys().isEmpty()) {
            String key = places.cityKeys().get(0);
            return profilePlace(key, display(key, String.join(" ", tokens)));
        }
        for (Map<String, OutletDirectory.PlaceStats> loc : places.allLocalities()) {
            if (loc.size() == 1) {
                // "Subhash Nagar, Nizamabad": the locality is kept too, to settle a tie between same-named shops
                Map.Entry<String, OutletDirectory.PlaceStats> one = loc.entrySet().iterator().next();
                return new Place(one.getValue().display, cityName(one.getKey(), null), one.getKey(), one.getValue().key,
                        null, "profile");
            }
        }
        if (keys.size() > 2) {
            return null;
        }
        if (tokens.size() == 1) {
            Place of = placeOfDemonym(tokens.get(0));
            if (of != null) {
                return of; // "Solapurkar", "Tabaqueño": someone of the town
            }
        }
        String skeleton = cityCore(joined);
        if (skeleton.length() < 3) {
            return null;
        }
        for (OutletDirectory.PlaceStats city : outlets.cities()) {
            // three consonants are few: then the letters too must be within two edits ("Kakinda", "Kakinada")
            if (cityCore(city.key).equals(skeleton)
                    && (skeleton.length() >= 4 || Text.distance(joined, city.key, 2) <= 2)) {
                return profilePlace(city.key, city.display);
            }
        }
        Gazetteer.Place like = gazetteer.placeOfSkeleton(skeleton);
        return like == null ? null : profilePlace(registryCityOf(like, cityKeyOf(like.name())), gazetteer.display(like.name()));
    }

    /**
     * The town a word for someone of it names ("Solapurkar", "Dhanbadi", "Tabaqueño", {@link Demonyms}): a registry
     * city by its name, else a gazetteer town of {@link Gazetteer#PROFILE_MIN_POPULATION} people up; null for none.
     */
    private Place placeOfDemonym(String token) {
        for (String name : Demonyms.townNames(token)) {
            String joined = String.join(" ", Names.keys(name));
            if (joined.length() < Demonyms.MIN_TOWN_KEY) {
                continue;
            }
            Optional<String> registry = outlets.cityNamed(joined);
            if (registry.isPresent()) {
                return profilePlace(registry.get(), joined);
            }
            Gazetteer.Place town = gazetteer.placeNamedWholly(joined);
            if (town != null) {
                return profilePlace(registryCityOf(town, cityKeyOf(town.name())), gazetteer.display(town.name()));
            }
        }
        return null;
    }

    private Place profilePlace(String cityKey, String fallback) {
        return new Place(null, cityName(cityKey, fallback), cityKey, null, null, "profile");
    }

    private String display(String cityKey, String fallback) {
        return outlets.city(cityKey).map(s -> s.display).orElseGet(() -> gazetteerName(cityKey, fallback));
    }

    private String gazetteerName(String cityKey, String fallback) {
        List<String> tokens = List.of(cityKey.split(" "));
        for (PhraseIndex.Match<Gazetteer.Place> m : gazetteer.placesIn(tokens)) {
            return gazetteer.display(m.value().name());
        }
        return fallback;
    }

    /** The display name of a city key found in text. */
    public String cityDisplay(String cityKey) {
        return display(cityKey, cityKey);
    }
}
