package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

/**
 * Finds the registry outlet a post names: candidates come from the name index (exact and one-edit keys, rare
 * keys first, or the outlets of the named locality), each is scored by the weight of its name's words found in
 * the post, then kept only if it agrees with the place the post gives. Two equally good outlets left means the
 * post is ambiguous, and no outlet is returned rather than a guess.
 */
public final class OutletMatcher {
    /** Postings longer than this are not walked for candidates; the place narrows them instead. */
    static final int MAX_POSTING = 2_000;
    static final double MIN_SCORE = 0.5;
    /**
     * The least score of an outlet of the locality the post names when the post writes one of its name's distinctive
     * words as it is: a shop told by its owner's name and the locality ("Tak bhaisaab ki dukan Sanganer" for "Tak
     * Super Bazaar", "Sai anna kottu Ramnagar"); still only the single clear best of the candidates is taken.
     */
    static final double MIN_SCORE_IN_LOCALITY = 0.3;
    /** The shortest distinctive word that lets an outlet of the named locality pass at {@link #MIN_SCORE_IN_LOCALITY}. */
    static final int MIN_OWNER_WORD = 3;
    /** Candidates whose ranks are this close to the best one's are as good: the post does not tell them apart. */
    static final double TIE = 0.08;
    /**
     * How far below the best rank a candidate may score and still be read for carrying the same words of the post
     * ({@code alikeInThePost}): a name of two distinctive words and a generic one against the same with one more
     * distinctive word (the share of "Sri Durga Stores" in "Sri Durga Bhavani General Stores") scores about 0.3
     * lower; below 0.5 the names differ by more than the words the post leaves out.
     */
    static final double ALIKE_WINDOW = 0.5;
    /** The longest first part of a name written in two ("sri" of "Sri nivasa") that is joined to the next word. */
    static final int MAX_SPLIT_HEAD = 3;
    /** A device location outranks a shop name: an outlet farther than this from it is not the one meant. */
    static final double DEVICE_KM = 15;

    /** The outcome: an outlet, or ambiguous candidates (for their common place), or nothing. */
    public record Result(Outlet outlet, List<Outlet> ambiguous, double score) {
        static final Result NONE = new Result(null, List.of(), 0);
    }

    /**
     * What the text says about where, to filter candidates; {@code acronyms} are the keys of words the post writes
     * in capitals ("SLV"), which may be the initials of an outlet's name; {@code apartKeys} the keys the post writes
     * only in clauses apart from the absence ("..., Mercado Minimart still has"), which name a shop the absence is not
     * at when another candidate is named next to the absence; {@code productKeys} the keys of words that are the
     * tracked product's own (its brand, product and category words as the catalog writes them): a name may carry such
     * a word as written ("Amul Parlour"), but the post's product word is never read as a shop's word misspelt or
     * aligned with one ("Mayuka marie" is not "Maris Grocery").
     */
    public record Constraint(Set<String> cityKeys, Set<String> localityKeys, GeoPoint near, String profileCityKey,
                             Set<String> acronyms, String profileLocalityKey, Set<String> apartKeys,
                             Set<String> productKeys) {
        public Constraint(Set<String> cityKeys, Set<String> localityKeys, GeoPoint near, String profileCityKey,
                          Set<String> acronyms, String profileLocalityKey, Set<String> apartKeys) {
            this(cityKeys, localityKeys, near, profileCityKey, acronyms, profileLocalityKey, apartKeys, Set.of());
        }

        public Constraint(Set<String> cityKeys, Set<String> localityKeys, GeoPoint near, String profileCityKey) {
            this(cityKeys, localityKeys, near, profileCityKey, Set.of(), null, Set.of());
        }

        public Constraint(Set<String> cityKeys, Set<String> localityKeys, GeoPoint near, String profileCityKey,
                          Set<String> acronyms) {
            this(cityKeys, localityKeys, near, profileCityKey, acronyms, null, Set.of());
        }

        public Constraint(Set<String> cityKeys, Set<String> localityKeys, GeoPoint near, String profileCityKey,
                          Set<String> acronyms, String profileLocalityKey) {
            this(cityKeys, localityKeys, near, profileCityKey, acronyms, profileLocalityKey, Set.of());
        }
    }

    private final OutletDirectory outlets;
    /** Words of the cue lexicon: never shop names misspelled, so never looked up at one edit. */
    static final Set<String> LEXICON_KEYS = lexiconKeys();

    private static Set<String> lexiconKeys() {
        Set<String> keys = new HashSet<>();
        Cue.LEXICON.values().forEach(phrases -> phrases.forEach(p -> keys.addAll(Names.keys(p))));
        keys.removeIf(k -> Names.GENERIC.contains(k));
        return WordTable.setOf(keys);
    }

    public OutletMatcher(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    private double weight(String key, int registrySize, KeyWeights memo) {
        double known = memo.get(key);
        if (known != KeyWeights.ABSENT) {
            return known;
        }
        int df = Math.max(1, outlets.documentFrequency(key));
        double idf = Math.log(1 + (double) Math.max(registrySize, 1) / df);
        double w = Names.GENERIC.contains(key) ? idf * 0.25 : idf;
        memo.put(key, w);
        return w;
    }

    /** Matches the post's name keys against the registry. */
    public Result match(List<String> keys, List<Boolean> indic, Constraint place) {
        return match(keys, indic, null, place);
    }

    /**
     * Matches the post's name keys against the registry; {@code sources} (may be null) are the tokens the keys come
     * from, one per key: a word that no name carries is also read without a case ending ("ஸ்டோர்ஸில்", "কিরানাতে").
     */
    public Result match(List<String> keys, List<Boolean> indic, List<String> sources, Constraint place) {
        Query query = query(keys, indic, sources, place);
        Candidates candidates = new Candidates();
        addByInitials(place.acronyms(), candidates);
        if (query.keys.isEmpty() && candidates.isEmpty() && place.localityKeys().isEmpty()) {
            return Result.NONE;
        }
        addByName(query.keys, place, candidates);
        List<Scored> weak = new ArrayList<>();
        List<Scored> scored = score(candidates, query, place, weak);
        List<Scored> inPlace = scored.isEmpty() ? scored : filterByPlace(scored, place);
        if (inPlace.isEmpty() && !place.localityKeys().isEmpty()) {
            // no name of the index's keys in the place the post names: every outlet of that locality, each name
            // aligned word by word with the post ("shri blji gnrl strs" for "Shri Balaji General Stores")
            Candidates ofLocality = new Candidates();
            if (addLocalityOutlets(place, ofLocality)) {
                weak.clear();
                scored = score(ofLocality, query, place, weak);
                inPlace = scored.isEmpty() ? scored : filterByPlace(scored, place);
            }
        }
        if (inPlace.isEmpty()) {
            return Result.NONE;
        }
        if (inPlace.size() > 1 && !place.apartKeys().isEmpty() && inPlace.size() <= MAX_APART_CANDIDATES) {
            inPlace = namedAtAbsence(inPlace, query, place.apartKeys());
        }
        if (inPlace.size() > 1 && inPlace.size() <= MAX_APART_CANDIDATES) {
            inPlace = withoutOthersNameWords(inPlace, query);
        }
        return best(inPlace, place, query, weak);
    }

    /**
     * The candidates with their branch and address words counted again without the words that are another candidate's
     * name written in the post (session 20): in "Tried Kushpata Medical Hall, no X; Annapurna Bhandar had it" the word
     * "Kushpata" names the first shop, and is no evidence for "Annapurna Bhandar" of the locality Kushpata; nor is the
     * town's word of "Dharapuram Stores" evidence for another shop of Dharapuram ("No X at Kumaran Bakery or
     * Dharapuram Stores" named Kumaran Bakery by it). Unchanged when no candidate has such a hit.
     */
    private static List<Scored> withoutOthersNameWords(List<Scored> candidates, Query query) {
        List<Scored> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Scored s = candidates.get(i);
            if (s.branchHit == 0 && s.addressHit == 0) {
                continue;
            }
            int branch = hitsNotOthersNames(s.entry.branch, s, candidates, query);
            int address = hitsNotOthersNames(s.entry.extraAddress, s, candidates, query);
            if (branch != s.branchHit || address != s.addressHit) {
                if (out == null) {
                    out = new ArrayList<>(candidates);
                }
                out.set(i, new Scored(s.entry, s.score, branch, address));
            }
        }
        return out == null ? candidates : out;
    }

    /** How many of the keys the post carries that are not a distinctive word of another candidate's name. */
    private static int hitsNotOthersNames(String[] keys, Scored own, List<Scored> candidates, Query query) {
        int hit = 0;
        for (String k : keys) {
            if (query.mentionKeys.contains(k) && !otherNameWord(k, own, candidates)) {
                hit++;
            }
        }
        return hit;
    }

    private static boolean otherNameWord(String k, Scored own, List<Scored> candidates) {
        for (Scored c : candidates) {
            if (c == own || c.entry.names == own.entry.names) {
                continue;
            }
            Keys name = c.entry.names;
            for (int i = 0; i < name.keys.length; i++) {
                if (!name.generic[i] && name.keys[i].equals(k) && !ownNameWord(k, own.entry.names)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ownNameWord(String k, Keys name) {
        for (String n : name.keys) {
            if (n.equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** Candidates looked through for a name written next to the absence; more are left as they are. */
    static final int MAX_APART_CANDIDATES = 16;

    /**
     * Of several candidates, those named next to the absence: a distinctive word of the name, or a word of its
     * locality, written outside the clauses apart from it; the others are dropped when some are ("Durga Bhavani
     * Stores out of X, Srinivasa Supermarket had some"; "Ramesh Kirana Sikandarpur me X nahi; Juran Chhapra wale me
     * hai"). All are kept when none or every one is.
     */
    private static List<Scored> namedAtAbsence(List<Scored> candidates, Query query, Set<String> apartKeys) {
        boolean[] near = new boolean[candidates.size()];
        int count = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Scored s = candidates.get(i);
            near[i] = writtenNearAbsence(s.entry.names, query, apartKeys)
                    || localityNearAbsence(s.entry.localityKey(), query.mentionKeys, apartKeys)
                       && !namedOnlyApart(s.entry.names, query);
            count += near[i] ? 1 : 0;
        }
        if (count == 0 || count == candidates.size()) {
            return candidates;
        }
        List<Scored> kept = new ArrayList<>(candidates);
        keepWhere(kept, near);
        return kept;
    }

    /** True when the post writes a distinctive word of the name (or a misspelling of it) outside the apart clauses. */
    private static boolean writtenNearAbsence(Keys name, Query query, Set<String> apartKeys) {
        for (int i = 0; i < name.keys.length; i++) {
            if (name.generic[i]) {
                continue;
            }
            String k = name.keys[i];
            String written = query.mentionKeys.contains(k) ? k : query.fuzzyOf.get(k);
            if (written != null && !apartKeys.contains(written)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the post writes a distinctive word of the name (the caller knows none is outside the apart clauses): a
     * shop named where the product is, or where the author went instead ("Kushpata Medical Hall had none; Annapurna
     * Bhandar had it"), is not brought back next to the absence by its locality's word, which names the other shop
     * there (session 20).
     */
    private static boolean namedOnlyApart(Keys name, Query query) {
        for (int i = 0; i < name.keys.length; i++) {
            String k = name.keys[i];
            if (!name.generic[i] && (query.mentionKeys.contains(k) || query.fuzzyOf.containsKey(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when every word of the locality's key is written in the post and one of them outside the apart clauses. */
    private static boolean localityNearAbsence(String localityKey, Set<String> mentionKeys, Set<String> apartKeys) {
        if (localityKey == null || localityKey.isEmpty()) {
            return false;
        }
        boolean outside = false;
        for (String w : localityKey.split(" ")) {
            if (!mentionKeys.contains(w)) {
                return false;
            }
            outside |= !apartKeys.contains(w) && !Names.PLACE_QUALIFIERS.contains(w);
        }
        return outside;
    }

    /**
     * The keys to look up for a post: each of its keys that the registry's names carry, and for one they do not, the
     * name keys it may stand for (misspelled, glued, without its vowels, in another script's vowels). Every query key
     * is one of the post's keys ({@code mentionKeys}) or a stand-in's name key ({@code fuzzyOf}, to the post's key).
     */
    private record Query(List<String> keys, Set<String> mentionKeys, Map<String, String> fuzzyOf, String[] alignable,
                         boolean[] script, ShortOfTheShop shortOf, PlaceWordsOfName placeWords) {
    }

    /**
     * The post's keys a name's word may be aligned with ({@link NameAlignment}), in the post's order: three letters or
     * more, not filler, not a word of the place named (it is read as the place: "Garna Nagar" is not "Kirana"), and not
     * a word of the cue lexicon unless it stands next to a shop word ({@link #nextToShopWord}).
     */
    private static String[] alignable(List<String> keys, Constraint place) {
        int n = 0;
        String[] out = new String[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            if (isAlignable(keys, i, place)) {
                out[n++] = keys.get(i);
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Which of the {@link #alignable} keys, in their order, come from a word of an Indic script or Urdu (compared by
     * sound, {@link NameAlignment#similarity(String, String, boolean)}); null when none does.
     */
    private static boolean[] scriptWords(List<String> keys, List<Boolean> indic, Constraint place) {
        if (!indic.contains(Boolean.TRUE)) {
            return null;
        }
        int n = 0;
        boolean[] out = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            if (isAlignable(keys, i, place)) {
                out[n++] = indic.get(i);
            }
        }
        return out;
    }

    private static boolean isAlignable(List<String> keys, int i, Constraint place) {
        String k = keys.get(i);
        return k.length() >= 3 && !Names.FILLER.contains(k) && (!LEXICON_KEYS.contains(k) || nextToShopWord(keys, i))
                && !wordOfPlace(k, place) && !place.productKeys().contains(k);
    }

    /**
     * True when a key is next to a generic shop word ("sama mini mart", "tindahan ni lami"): a word of the cue lexicon
     * there is read as a shop's name misspelt too ("Shama" for "Sharma" is Tagalog "sama").
     */
    private static boolean nextToShopWord(List<String> keys, int i) {
        return i + 1 < keys.size() && Names.GENERIC.contains(keys.get(i + 1))
                || i > 0 && Names.GENERIC.contains(keys.get(i - 1));
    }

    /** True when a key is a word of a locality or city the post names (their keys are phrases of words). */
    private static boolean wordOfPlace(String k, Constraint place) {
        return phraseHasWord(place.localityKeys(), k) || phraseHasWord(place.cityKeys(), k);
    }

    private static boolean phraseHasWord(Set<String> phrases, String word) {
        for (String phrase : phrases) {
            int at = phrase.indexOf(word);
            while (at >= 0) {
                int end = at + word.length();
                if ((at == 0 || phrase.charAt(at - 1) == ' ') && (end == phrase.length() || phrase.charAt(end) == ' ')) {
                    return true;
                }
                at = phrase.indexOf(word, at + 1);
            }
        }
        return false;
    }

    private Query query(List<String> keys, List<Boolean> indic, List<String> sources, Constraint place) {
        Set<String> mentionKeys = new HashSet<>(keys);
        Map<String, String> fuzzyOf = new HashMap<>();
        List<String> queryKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (Names.FILLER.contains(k) || k.length() < 2) {
                continue;
            }
            if (outlets.documentFrequency(k) > 0) {
                queryKeys.add(k);
            } else if (wordOfPlace(k, place)) {
                continue; // the place named, not a shop's word misspelt ("Saka" is not "Sagar")
            } else if (place.productKeys().contains(k)) {
                continue; // the product's own word, not a shop's word misspelt ("marie" is not "Maris")
            } else if (sources != null && !LEXICON_KEYS.contains(k) && addCaseStems(sources.get(i), queryKeys, mentionKeys)) {
                continue; // a word of a name with a case ending: "ஸ்டோர்ஸில்", "কিরানাতে", "storeil"
            } else if (k.length() >= 7 && !indic.get(i) && !LEXICON_KEYS.contains(k) && glued(k, queryKeys, mentionKeys)) {
                continue; // two words of a name written as one: "jaibhavani"
            } else if (!indic.get(i) && Names.looksAbbreviated(k) && !LEXICON_KEYS.contains(k)
                    && addSkeletonKeys(k, queryKeys, fuzzyOf, false)) {
                continue; // a word written without its vowels: "lksmi" for "Lakshmi"
            } else if ((k.length() >= NameAlignment.MIN_FUZZY && !indic.get(i) || indic.get(i) && k.length() >= 5)
                    && (!LEXICON_KEYS.contains(k) || !indic.get(i) && nextToShopWord(keys, i))) {
                addMisspellings(k, indic.get(i), queryKeys, fuzzyOf);
            }
        }
        addSplitNames(keys, queryKeys, mentionKeys);
        return new Query(queryKeys, mentionKeys, fuzzyOf, alignable(keys, place), scriptWords(keys, indic, place),
                ShortOfTheShop.of(keys, indic, place.localityKeys(), fuzzyOf),
                PlaceWordsOfName.of(keys, place.cityKeys(), place.localityKeys()));
    }

    /**
     * The name keys one edit from a long key that no name carries; for a word of an Indic script also those of its
     * skeleton and the longest beginning of it that a name carries.
     */
    private void addMisspellings(String k, boolean indic, List<String> queryKeys, Map<String, String> fuzzyOf) {
        for (String near : outlets.nameKeysNear(k)) {
            fuzzyOf.putIfAbsent(near, k);
            queryKeys.add(near);
        }
        if (indic) {
            addSkeletonKeys(k, queryKeys, fuzzyOf, true); // the vowels of another script: "शिवाजीनगर"
            for (int len = k.length() - 1; len >= 3; len--) {
                String prefix = k.substring(0, len);
                if (outlets.documentFrequency(prefix) > 0) {
                    fuzzyOf.putIfAbsent(prefix, k);
                    queryKeys.add(prefix);
                    break;
                }
            }
        }
    }

    /**
     * Adds the stems of a token with a case ending ({@link Names#caseStemKeys}) that names carry, as words of the post;
     * false when there are none.
     */
    private boolean addCaseStems(String source, List<String> queryKeys, Set<String> mentionKeys) {
        boolean any = false;
        for (String stem : Names.caseStemKeys(source)) {
            if (!LEXICON_KEYS.contains(stem) && outlets.documentFrequency(stem) > 0) {
                queryKeys.add(stem);
                mentionKeys.add(stem);
                any = true;
                break; // the longest ending that leaves a name's word: "kiranavil" is "kirana", not "kiranav"
            }
        }
        return any;
    }

    /**
     * Adds the outlets of the localities the post names (in the cities it names, when it names any); false when there
     * are none or more than {@link #MAX_POSTING}, which are not worth aligning one by one.
     */
    private boolean addLocalityOutlets(Constraint place, Candidates candidates) {
        for (String cityKey : place.cityKeys().isEmpty() ? Set.of("") : place.cityKeys()) {
            for (String loc : place.localityKeys()) {
                Set<OutletDirectory.Entry> ofLocality = outlets.inLocality(cityKey, loc);
                if (candidates.size() + ofLocality.size() > MAX_POSTING) {
                    return false;
                }
                candidates.addAll(ofLocality);
            }
        }
        return !candidates.isEmpty();
    }

    /** The outlets whose initials the post writes ("SLV"), when not too many share them. */
    private void addByInitials(Set<String> acronyms, Candidates candidates) {
        for (String a : acronyms) {
            Set<OutletDirectory.Entry> ids = outlets.withAcronym(a);
            if (ids.size() <= MAX_POSTING) {
                candidates.addAll(ids);
            }
        }
    }

    /**
     * The outlets whose names carry a query key: within the named locality when its own name index has them, else
     * within the named cities, else over the registry; when a posting is too long to walk, every outlet of the
     * named locality instead.
     */
    private void addByName(List<String> queryKeys, Constraint place, Candidates candidates) {
        boolean inNamedLocality = !place.localityKeys().isEmpty() && addInNamedLocality(queryKeys, place, candidates);
        boolean capped = !inNamedLocality && addInCitiesOrRegistry(queryKeys, place.cityKeys(), candidates);
        if ((capped || candidates.size() > MAX_POSTING) && !place.localityKeys().isEmpty()) {
            for (String cityKey : place.cityKeys().isEmpty() ? Set.of("") : place.cityKeys()) {
                for (String loc : place.localityKeys()) {
                    candidates.addAll(outlets.inLocality(cityKey, loc));
                }
            }
        }
    }

    /**
     * The locality is known: its own name index, small at any registry size; when the city is known too, only that
     * city's locality of the name (outlets of other cities would be dropped when scoring in any case). True when a
     * key was found there.
     */
    private boolean addInNamedLocality(List<String> queryKeys, Constraint place, Candidates candidates) {
        boolean found = false;
        for (String loc : place.localityKeys()) {
            Map<String, Posting> inAnyCity = outlets.nameIndexOfLocality(loc);
            if (inAnyCity.isEmpty()) {
                continue;
            }
            List<Map<String, Posting>> inCities = new ArrayList<>(place.cityKeys().size());
            for (String cityKey : place.cityKeys()) {
                inCities.add(outlets.nameIndexOfLocality(cityKey, loc));
            }
            for (String k : queryKeys) {
                if (Names.GENERIC.contains(k)) {
                    continue;
                }
                Posting ids = inAnyCity.get(k);
                if (ids == null || ids.isEmpty() || ids.size() > MAX_POSTING) {
                    continue;
                }
                found = true;
                if (inCities.isEmpty()) {
                    candidates.addAll(ids);
                } else {
                    for (Map<String, Posting> inCity : inCities) {
                        Posting ofCity = inCity.get(k);
                        if (ofCity != null) {
                            candidates.addAll(ofCity);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * The outlets of the named cities (each city's own name index, small at any registry size), or of the registry
     * when no city is named, whose names carry a distinctive query key. True when a posting was too long to walk.
     */
    private boolean addInCitiesOrRegistry(List<String> queryKeys, Set<String> cityKeys, Candidates candidates) {
        boolean capped = false;
        for (String k : queryKeys) {
            if (Names.GENERIC.contains(k)) {
                continue;
            }
            if (!cityKeys.isEmpty()) {
                for (String cityKey : cityKeys) {
                    Posting ids = outlets.withNameKeyIn(cityKey, k);
                    if (ids.size() <= MAX_POSTING) {
                        candidates.addAll(ids);
                    } else {
                        capped = true;
                    }
                }
                continue;
            }
            Set<OutletDirectory.Entry> ids = outlets.withNameKey(k);
            if (ids.size() <= MAX_POSTING) {
                candidates.addAll(ids);
            } else {
                capped = true;
            }
        }
        return capped;
    }

    /**
     * The candidates of the named cities (all, when none is named) whose name scores at least {@link #MIN_SCORE},
     * with the branch and address words the post carries. A key of an outlet's name is worth its weight when the
     * post carries it, 0.85 of it when only a misspelling does.
     */
    private List<Scored> score(Candidates candidates, Query query, Constraint place, List<Scored> weak) {
        List<Scored> scored = new ArrayList<>();
        int registrySize = outlets.size();
        KeyWeights weights = new KeyWeights();
        // outlets of one name score alike: each distinct name (one shared Keys) is scored once per post
        NameScores byName = new NameScores();
        Set<String> cities = place.cityKeys();
        Set<String> acronyms = place.acronyms();
        Set<String> mentionKeys = query.mentionKeys;
        for (int c = 0; c < candidates.size(); c++) {
            OutletDirectory.Entry e = candidates.get(c);
            if (!cities.isEmpty() && !cities.contains(e.cityKey())) {
                continue; // the place filter keeps only outlets of the cities named
            }
            Keys names = e.names;
            boolean initials = e.acronyms != null && !acronyms.isEmpty() && writesInitials(e.acronyms, acronyms);
            double score;
            if (initials) {
                score = nameScore(names, true, query, registrySize, weights);
            } else {
                score = byName.get(names);
                if (score == NameScores.ABSENT) {
                    score = nameScore(names, false, query, registrySize, weights);
                    byName.put(names, score);
                }
            }
            if (Double.isNaN(score) || !initials && (shortOfTheShop(e, query, place) || namedAsPlace(e, query))) {
                continue;
            }
            if (score < MIN_SCORE
                    && !(score >= MIN_SCORE_IN_LOCALITY && place.localityKeys().contains(e.localityKey())
                         && writesDistinctiveWord(names, mentionKeys))) {
                if (weak.size() < MAX_WEAK) {
                    weak.add(new Scored(e, score, hits(e.branch, mentionKeys), hits(e.extraAddress, mentionKeys)));
                }
                continue;
            }
            scored.add(new Scored(e, score, hits(e.branch, mentionKeys), hits(e.extraAddress, mentionKeys)));
        }
        return scored;
    }

    /**
     * True when the post names this outlet only by words short of it ({@link ShortOfTheShop}) and not by its locality
     * or a word of its branch or address ("tindahan ni Manang Fe, Calle Real"):
     * a word of a locality it names elsewhere ("Gandhi Nagar" is not "Gandhi
     * Medicals" of Station Road), a common word one letter from a short name word ("desi" is not "Desai").
     */
    private static boolean shortOfTheShop(OutletDirectory.Entry e, Query query, Constraint place) {
        return query.shortOf != null && !place.localityKeys().contains(e.localityKey())
                && !writesAddressDetail(e, query.mentionKeys)
                && query.shortOf.fallsShort(e.names, query.mentionKeys, query.fuzzyOf);
    }

    /**
     * True when the post carries the outlet's name only by the name of a place written as a place ({@link
     * PlaceWordsOfName}): "no Zuno anywhere in Ranipet" is not "Ranipet Provision Stores", "Zuno missing in Kottar
     * shops" is not "Kottar Medicals" of Kottar (session 20).
     */
    private static boolean namedAsPlace(OutletDirectory.Entry e, Query query) {
        return query.placeWords.onlyAsPlace(e.names, e.cityKey(), e.localityKey(), query.mentionKeys, query.fuzzyOf);
    }

    /** True when the post writes a word of the outlet's branch, or of its address other than its locality and city. */
    private static boolean writesAddressDetail(OutletDirectory.Entry e, Set<String> mentionKeys) {
        if (hits(e.branch, mentionKeys) > 0) {
            return true;
        }
        for (String k : e.extraAddress) {
            if (mentionKeys.contains(k) && !phraseHasWord(Set.of(e.cityKey()), k)
                    && (e.localityKey() == null || !phraseHasWord(Set.of(e.localityKey()), k))) {
                return true;
            }
        }
        return false;
    }

    /** True when the post writes a distinctive word of the name, {@link #MIN_OWNER_WORD} letters or more, as it is. */
    private static boolean writesDistinctiveWord(Keys name, Set<String> mentionKeys) {
        for (int i = 0; i < name.keys.length; i++) {
            if (!name.generic[i] && name.keys[i].length() >= MIN_OWNER_WORD && mentionKeys.contains(name.keys[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean writesInitials(String[] ofName, Set<String> inPost) {
        for (String a : ofName) {
            if (inPost.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** How many of an outlet's keys the post carries. */
    private static int hits(String[] keys, Set<String> mentionKeys) {
        int hit = 0;
        for (String k : keys) {
            if (mentionKeys.contains(k)) {
                hit++;
            }
        }
        return hit;
    }

    /**
     * The outlet of the highest rank among candidates in the place; when others rank within {@link #TIE} of it, the
     * one whose name carries more of the post's words or is written whole, else the one of the author's city if it
     * alone is there and the post names no place, else none and the tied candidates, highest rank first (candidates
     * of one rank in the order found).
     */
    private Result best(List<Scored> inPlace, Constraint place, Query query, List<Scored> weak) {
        // only the candidates within TIE of the highest rank are read: no sort of the hundreds of others that a
        // common name brings in (sorted with them, the tied ones came first in this order too: the sort is stable)
        double top = inPlace.get(0).rank();
        for (int i = 1; i < inPlace.size(); i++) {
            top = Math.max(top, inPlace.get(i).rank());
        }
        List<Scored> tied = new ArrayList<>(4);
        for (Scored s : inPlace) {
            if (s.rank() >= top - TIE) {
                tied.add(s);
            }
        }
        tied.sort(HIGHEST_RANK_FIRST);
        Scored best = tied.get(0);
        if (tied.size() == 1 && best.score < 1.0 - 1e-9) {
            alikeInThePost(best, inPlace, query, tied);
        }
        if (tied.size() == 1 && best.score < 1.0 - 1e-9 && !weak.isEmpty()) {
            sameWordsBelowMinimum(best, weak, place, query, tied);
        }
        if (tied.size() > 1) {
            Scored explainsMost = explainingMore(tied, query);
            if (explainsMost != null) {
                return new Result(explainsMost.entry.outlet(), List.of(), explainsMost.score);
            }
            Scored whole = writtenWhole(tied);
            if (whole != null) {
                return new Result(whole.entry.outlet(), List.of(), whole.score);
            }
            if (place.profileCityKey() != null && place.cityKeys().isEmpty() && place.localityKeys().isEmpty()) {
                Scored inProfile = onlyOneIn(tied, place.profileCityKey());
                if (inProfile == null && place.profileLocalityKey() != null) {
                    // same-named shops of the author's city: the profile's locality, when it names one, settles it
                    inProfile = onlyOneInLocality(tied, place.profileCityKey(), place.profileLocalityKey());
                }
                if (inProfile != null) {
                    return new Result(inProfile.entry.outlet(), List.of(), inProfile.score);
                }
            }
            if (allStrayAgainstProfile(tied, place, query)) {
                return Result.NONE;
            }
            return new Result(null, outletsOf(tied), best.score);
        }
        if (strayAgainstProfile(best, place, query)) {
            return Result.NONE;
        }
        if (place.cityKeys().isEmpty() && place.localityKeys().isEmpty() && place.near() == null
                && place.profileCityKey() != null && !best.entry.cityKey().equals(place.profileCityKey())
                && outlets.size() > 1) {
            // a shop named without any place, in another city than the author's: only sure when the name is unique
            return new Result(best.entry.outlet(), List.of(), best.score * 0.8);
        }
        return new Result(best.entry.outlet(), List.of(), best.score);
    }

    /**
     * True when the author's profile names a registry city, the post names no city, locality or device location, and
     * this candidate is a shop of another city whose name the post does not write whole (session 20): a word of the
     * name ("Mahalaxmi puja", "Guru Nanak Jayanti", "Shyam bhaiya", "Durga ente kootukari") is as often a deity's, a
     * festival's or a person's name, and the profile city is a prior that such a word does not override (issue #14
     * item 5). A name written whole ({@link #writesWholeName}), or with its branch or address words, still moves it.
     */
    private boolean strayAgainstProfile(Scored candidate, Constraint place, Query query) {
        String profile = place.profileCityKey();
        return profile != null && place.cityKeys().isEmpty() && place.localityKeys().isEmpty() && place.near() == null
                && !candidate.entry.cityKey().equals(profile) && candidate.branchHit == 0 && candidate.addressHit == 0
                && outlets.city(profile).isPresent() && !writesWholeName(candidate.entry.names, query);
    }

    /** True when every tied candidate is {@link #strayAgainstProfile}: none of them outweighs the profile city. */
    private boolean allStrayAgainstProfile(List<Scored> tied, Constraint place, Query query) {
        for (Scored s : tied) {
            if (!strayAgainstProfile(s, place, query)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the post writes a shop's whole name: every distinctive word of it (as written, misspelt or aligned in
     * another script, as {@link #nameScore} counts a word found) and, when the name has generic words, one of them
     * too ("Mahalaxmi Kirana", "Durga Bhandar-e", not "Mahalaxmi" alone): a generic word says the words are a shop's.
     */
    private static boolean writesWholeName(Keys name, Query query) {
        String[] keys = name.keys;
        boolean hasGeneric = false;
        boolean genericHit = false;
        for (int i = 0; i < keys.length; i++) {
            boolean hit = query.mentionKeys.contains(keys[i]) || inexact(keys, i, query) > 0;
            if (name.generic[i]) {
                hasGeneric = true;
                genericHit |= hit;
            } else if (!hit) {
                return false;
            }
        }
        return !hasGeneric || genericHit;
    }

    /**
     * Adds to {@code tied} the other candidates whose names carry the very words of the post that the best one's does,
     * neither more nor fewer, with as many branch and address words: the post tells them apart by nothing it writes.
     * The best one led only by the words the post leaves out ("samar" for "Samar Mart" against "Samar Minimart": the
     * shorter name keeps a bigger share of its weight; "Sri Durga Stores" for "Sri Durga General Stores" against "Sri
     * Durga Bhavani General Stores"), and a guess between shops is a crew driven to the wrong one. Only a best name the
     * post does not write whole; a candidate matched by its initials alone is not compared (its words are not known).
     */
    private static void alikeInThePost(Scored best, List<Scored> inPlace, Query query, List<Scored> tied) {
        Set<String> bestWords = null;
        for (Scored s : inPlace) {
            if (s == best || s.rank() < best.rank() - ALIKE_WINDOW || s.branchHit != best.branchHit
                    || s.addressHit != best.addressHit || s.entry.names == best.entry.names) {
                continue;
            }
            if (bestWords == null) {
                bestWords = postWordsCarried(best.entry.names, query);
                if (bestWords.isEmpty()) {
                    return;
                }
            }
            if (bestWords.equals(postWordsCarried(s.entry.names, query))) {
                tied.add(s);
            }
        }
    }

    /** Candidates that carry a word of the post but score below the minimum, kept for {@link #sameWordsBelowMinimum}. */
    static final int MAX_WEAK = 64;

    /**
     * Adds to {@code tied} the outlets of the place the post gives whose names carry the very words of the post that
     * the best one's does, but score below {@link #MIN_SCORE} only because their names have more words the post
     * leaves out: "Thomas" in a town of "Thomas Provision Store" and "Thomas Bakery and Stores", "Bebs" for "Bebs
     * Sari-Sari Store" and "Bebs Bakeshop". The post names a word two shops share, not one of them (session 18).
     */
    private static void sameWordsBelowMinimum(Scored best, List<Scored> weak, Constraint place, Query query,
                                              List<Scored> tied) {
        Set<String> bestWords = postWordsCarried(best.entry.names, query);
        if (bestWords.isEmpty()) {
            return;
        }
        for (Scored s : filterByPlace(weak, place)) {
            if (s.branchHit == best.branchHit && s.addressHit == best.addressHit && s.entry.names != best.entry.names
                    && bestWords.equals(postWordsCarried(s.entry.names, query))) {
                tied.add(s);
            }
        }
    }

    /**
     * Of candidates that rank alike, the one whose name carries every word of the post that any other's carries, and
     * more ("Om Sai Medical" against "Om Sai Stores" for "om sai medical": a generic word weighs a quarter, so the
     * two score within {@link #TIE}, yet only one name has every word written); null when no candidate does (the
     * same name twice, or names that each carry a word the other lacks).
     */
    private static Scored explainingMore(List<Scored> tied, Query query) {
        List<Set<String>> carried = new ArrayList<>(tied.size());
        for (Scored s : tied) {
            Set<String> words = postWordsCarried(s.entry.names, query);
            if (words.isEmpty()) {
                return null; // matched by its initials: its words cannot be compared
            }
            carried.add(words);
        }
        for (int i = 0; i < tied.size(); i++) {
            boolean coversAll = true;
            for (int j = 0; j < tied.size() && coversAll; j++) {
                Set<String> other = carried.get(j);
                coversAll = i == j || carried.get(i).size() > other.size() && carried.get(i).containsAll(other);
            }
            if (coversAll) {
                return tied.get(i);
            }
        }
        return null;
    }

    /**
     * Of candidates that rank alike, the only one whose every word the post carries as written, while
     * each other's name has a word the post lacks: "Maa Tara Stores" for "maa tara stores", not "Maa Tara General
     * Store" (a generic word weighs a quarter, so the two score within {@link #TIE}); null when none or several are.
     */
    private static Scored writtenWhole(List<Scored> tied) {
        Scored found = null;
        for (Scored s : tied) {
            if (s.score >= 1.0 - 1e-9) {
                if (found != null) {
                    return null; // the same name twice, or two names written whole: the post does not tell
                }
                found = s;
            }
        }
        return found;
    }

    /** The post's words that a name carries, as written or misspelt. */
    private static Set<String> postWordsCarried(Keys name, Query query) {
        Set<String> words = new HashSet<>(name.keys.length * 2);
        String[] keys = name.keys;
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (query.mentionKeys.contains(k)) {
                words.add(k);
            } else {
                String misspelt = query.fuzzyOf.get(k);
                int j = misspelt == null ? aligned(keys, i, query.alignable, query.script) : -1;
                if (misspelt != null) {
                    words.add(misspelt);
                } else if (j >= 0) {
                    words.add(query.alignable[j % ALIGNED_JOINED]);
                }
            }
        }
        return words;
    }

    /** The candidate of the city, when it is the only one there; else null. */
    private static Scored onlyOneIn(List<Scored> candidates, String cityKey) {
        return onlyOneInLocality(candidates, cityKey, null);
    }

    /** The only candidate in the city (and, unless null, the locality), or null when none or several are. */
    private static Scored onlyOneInLocality(List<Scored> candidates, String cityKey, String localityKey) {
        Scored found = null;
        for (Scored s : candidates) {
            if (s.entry.cityKey().equals(cityKey) && (localityKey == null || s.entry.localityKey().equals(localityKey))) {
                if (found != null) {
                    return null;
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * The outlets of the candidates, read from their entries only when asked: the stage reads the size of a long list
     * of ambiguous candidates and the cities of its first few.
     */
    private static List<Outlet> outletsOf(List<Scored> candidates) {
        return new java.util.AbstractList<>() {
            @Override
            public Outlet get(int index) {
                return candidates.get(index).entry.outlet();
            }

            @Override
            public int size() {
                return candidates.size();
            }
        };
    }

    /**
     * The share of a name's weight that the post carries (see {@link #match}), or NaN when the name is not a candidate:
     * no keys, or only its generic words found while it has others. {@code initials}: the post writes the name's
     * initials, which carry every word but the generic ones.
     */
    private double nameScore(Keys name, boolean initials, Query query, int registrySize, KeyWeights weights) {
        String[] keys = name.keys;
        double total = 0;
        double hit = 0;
        int distinctiveHit = 0;
        int properHit = 0;
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            double w = weight(k, registrySize, weights);
            total += w;
            double factor = initials && !name.generic[i] || query.mentionKeys.contains(k) ? 1.0 : inexact(keys, i, query);
            if (factor > 0) {
                hit += factor == 1.0 ? w : w * factor;
                if (!name.generic[i]) {
                    distinctiveHit++;
                    properHit += initials || Names.isProper(k) ? 1 : 0;
                }
            }
        }
        if (total == 0 || distinctiveHit == 0 && name.distinctive > 0 || onlyItsKind(name, properHit)) {
            return Double.NaN;
        }
        return hit / total;
    }

    /**
     * True when the post carries none of the words that tell this shop from others of its kind, though the name has
     * some: "the bakery in Central Junction" or "the dairy parlour" names a kind of shop, "Mang's store" a person,
     * not "Thomas Bakery and Stores", "Navrang Dairy Parlour" or "Mang Isko Store" (session 18).
     */
    private static boolean onlyItsKind(Keys name, int properHit) {
        return properHit == 0 && name.proper > 0;
    }

    /**
     * The share of the weight of a name's word that the post carries other than as written: through a misspelling the
     * index found (edits scaled by the word's length; {@link #FUZZY} for a stand-in of another kind, a skeleton or a
     * beginning of a word in another script), else the post word that aligns best with it ({@link #aligned}); 0 when
     * none does.
     */
    private static double inexact(String[] keys, int i, Query query) {
        String misspelt = query.fuzzyOf.get(keys[i]);
        if (misspelt != null) {
            double similar = NameAlignment.similarity(keys[i], misspelt);
            return similar > 0 ? similar : FUZZY;
        }
        int j = aligned(keys, i, query.alignable, query.script);
        if (j < 0) {
            return 0;
        }
        return j >= ALIGNED_JOINED ? JOINED
                : NameAlignment.similarity(keys[i], query.alignable[j], query.script != null && query.script[j]);
    }

    /** What a name's word written glued to its neighbour, or split in two, is worth of it. */
    static final double JOINED = 0.95;
    /** What a stand-in found by the index but of no edit distance (a skeleton, a beginning) is worth. */
    static final double FUZZY = 0.85;
    /** {@link #aligned} adds this to the index of a post word that is the name's word glued to its neighbour or split. */
    private static final int ALIGNED_JOINED = 1 << 16;

    /**
     * The index in {@code post} of the word that best stands for the name's word {@code i}: plus
     * {@link #ALIGNED_JOINED} when it is that word glued to the name's next or previous word ("sairam") or the first of
     * two post words that together are it ("venkates wara"); -1 when none does.
     */
    private static int aligned(String[] keys, int i, String[] post, boolean[] script) {
        String k = keys[i];
        int best = -1;
        double bestSimilarity = 0;
        for (int j = 0; j < post.length; j++) {
            String p = post[j];
            if (i + 1 < keys.length && NameAlignment.joined(k, keys[i + 1], p)
                    || i > 0 && NameAlignment.joined(keys[i - 1], k, p)
                    || j + 1 < post.length && NameAlignment.joined(p, post[j + 1], k)) {
                return j + ALIGNED_JOINED;
            }
            double s = NameAlignment.similarity(k, p, script != null && script[j]);
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = j;
            }
        }
        return best;
    }

    /**
     * Splits a key that no outlet name carries into two that some do ("jaibhavani" into "jai" and "bhavani"), and
     * adds both to the query and the post's keys; false when there is no such split.
     */
    private boolean glued(String k, List<String> queryKeys, Set<String> mentionKeys) {
        for (int cut = 3; cut <= k.length() - 3; cut++) {
            String a = k.substring(0, cut);
            String b = k.substring(cut);
            if (!Names.GENERIC.contains(a) && !Names.GENERIC.contains(b)
                    && outlets.documentFrequency(a) > 0 && outlets.documentFrequency(b) > 0) {
                queryKeys.add(a);
                queryKeys.add(b);
                mentionKeys.add(a);
                mentionKeys.add(b);
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the registry's name keys of a word's skeleton as misspellings of it; false when there are none. A word
     * with its vowels ({@code close}) must be within two edits of the name key: the same consonants with other
     * vowels are another word ("patel" is not "potle").
     */
    private boolean addSkeletonKeys(String k, List<String> queryKeys, Map<String, String> fuzzyOf, boolean close) {
        boolean any = false;
        for (String near : outlets.nameKeysOfSkeleton(k)) {
            if (outlets.documentFrequency(near) > 0 && (!close || Text.distance(k, near, 2) <= 2
                    || Text.distance(k.replace('v', 'p'), near.replace('v', 'p'), 2) <= 2)) {
                fuzzyOf.putIfAbsent(near, k);
                queryKeys.add(near);
                any = true;
            }
        }
        return any;
    }

    /**
     * Two neighbouring words of the post, one of which no outlet name carries, that together are a word of a name
     * ("Sri nivasa" for "Srinivasa", "Jai bhavani" for "Jaibhavani"), or two that no name carries ("Shiva Shakti"
     * for "Shivashakti"): the joined word is added to the query and to the post's keys when a name carries it.
     */
    private void addSplitNames(List<String> keys, List<String> queryKeys, Set<String> mentionKeys) {
        for (int i = 0; i + 1 < keys.size(); i++) {
            String a = keys.get(i);
            String b = keys.get(i + 1);
            // a name split after its first syllable ("Sri nivasa", "Jai bhavani", "Om sai"): a short word, then a
            // longer one that no name carries; each lookup in the registry's index is a cache miss at a million
            // outlets, so only such pairs are tried
            boolean shortHead = a.length() <= MAX_SPLIT_HEAD;
            if (a.length() < 2 || b.length() < 3 || Names.FILLER.contains(a)
                    || Names.FILLER.contains(b) || LEXICON_KEYS.contains(a) || shortHead && LEXICON_KEYS.contains(b)
                    || outlets.documentFrequency(b) > 0 || !shortHead && outlets.documentFrequency(a) > 0) {
                // a longer first part counts only when no name carries it either, and then its second part may be
                // a word of the lexicons too: "Shiva Shakti" for "Shivashakti" ("shakti" is also Hindi "can")
                continue;
            }
            String joined = a + b;
            if (outlets.documentFrequency(joined) > 0) {
                queryKeys.add(joined);
                mentionKeys.add(joined);
            }
        }
    }

    private static final java.util.Comparator<Scored> HIGHEST_RANK_FIRST = (a, b) -> Double.compare(b.rank(), a.rank());

    /** A candidate's score, and its rank: the score with up to 0.2 each for branch and address words found. */
    private record Scored(OutletDirectory.Entry entry, double score, int branchHit, int addressHit, double rank) {
        Scored(OutletDirectory.Entry entry, double score, int branchHit, int addressHit) {
            // computed once: a sort of hundreds of candidates compares each many times
            this(entry, score, branchHit, addressHit, score + 0.1 * Math.min(branchHit, 2) + 0.1 * Math.min(addressHit, 2));
        }
    }

    /**
     * The scored candidates that agree with the place the post gives, in their order; filters {@code scored} in place
     * (the caller reads only the answer).
     */
    private static List<Scored> filterByPlace(List<Scored> scored, Constraint place) {
        List<Scored> kept = scored;
        if (!place.localityKeys().isEmpty()) {
            boolean[] inLocality = new boolean[kept.size()];
            boolean any = false;
            for (int i = 0; i < kept.size(); i++) {
                Scored s = kept.get(i);
                inLocality[i] = place.localityKeys().contains(s.entry.localityKey())
                        || s.branchHit > 0 && place.cityKeys().contains(s.entry.cityKey())
                        || branchInLocality(s.entry.branch, place.localityKeys());
                any |= inLocality[i];
            }
            if (any) {
                keepWhere(kept, inLocality);
            } else if (place.cityKeys().isEmpty()) {
                return List.of();
            }
        }
        if (!place.cityKeys().isEmpty()) {
            kept.removeIf(s -> !place.cityKeys().contains(s.entry.cityKey()));
        }
        if (place.near() != null) {
            kept.removeIf(s -> !(Geo.km(place.near(), s.entry.outlet().location()) <= DEVICE_KM));
        }
        if (place.near() != null && kept.size() > 1) {
            boolean[] close = new boolean[kept.size()];
            boolean any = false;
            for (int i = 0; i < kept.size(); i++) {
                close[i] = Geo.km(place.near(), kept.get(i).entry.outlet().location()) <= 3;
                any |= close[i];
            }
            if (any) {
                keepWhere(kept, close);
            }
        }
        return kept;
    }

    /** True when a branch key is part of one of the locality keys ("kothrud" of "kothrut depot"). */
    private static boolean branchInLocality(String[] branch, Set<String> localityKeys) {
        for (String k : branch) {
            for (String l : localityKeys) {
                if (l.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Keeps the elements whose flag is set, in order. */
    private static void keepWhere(List<Scored> list, boolean[] keep) {
        int to = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                list.set(to++, list.get(i));
            }
        }
        list.subList(to, list.size()).clear();
    }

    /**
     * The outlets worth scoring, each once, in the order found. Outlets are told apart by identity (one entry per
     * outlet in the directory), in an open-addressing table: no node per element, and a walk over an array, where a
     * {@code HashSet} allocated a node for each of the hundreds of outlets a common name brings in.
     */
    static final class Candidates {
        private OutletDirectory.Entry[] table = new OutletDirectory.Entry[32];
        private OutletDirectory.Entry[] order = new OutletDirectory.Entry[16];
        private int size;

        void addAll(Iterable<OutletDirectory.Entry> entries) {
            for (OutletDirectory.Entry e : entries) {
                add(e);
            }
        }

        void addAll(Posting entries) {
            entries.forEach(this::add);
        }

        void add(OutletDirectory.Entry e) {
            int mask = table.length - 1;
            int i = mix(System.identityHashCode(e)) & mask;
            for (OutletDirectory.Entry there = table[i]; there != null; there = table[i]) {
                if (there == e) {
                    return;
                }
                i = (i + 1) & mask;
            }
            table[i] = e;
            if (size == order.length) {
                order = java.util.Arrays.copyOf(order, size * 2);
            }
            order[size++] = e;
            if (size * 2 > table.length) {
                grow();
            }
        }

        private void grow() {
            table = new OutletDirectory.Entry[table.length * 2];
            int mask = table.length - 1;
            for (int n = 0; n < size; n++) {
                int i = mix(System.identityHashCode(order[n])) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = order[n];
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        OutletDirectory.Entry get(int i) {
            return order[i];
        }
    }

    /**
     * The score of each distinct name met while matching one post, by identity of its shared {@link Keys}: an
     * open-addressing table of a few dozen slots, where a {@code HashMap} would box every score.
     */
    static final class NameScores {
        /** What {@link #get} gives for a name not scored yet: no score is negative. */
        static final double ABSENT = -1;
        private Keys[] names = new Keys[16];
        private double[] scores = new double[16];
        private int size;

        double get(Keys name) {
            int mask = names.length - 1;
            for (int i = slot(name, mask); names[i] != null; i = (i + 1) & mask) {
                if (names[i] == name) {
                    return scores[i];
                }
            }
            return ABSENT;
        }

        /** Records the score of a name not recorded yet. */
        void put(Keys name, double score) {
            if ((size + 1) * 2 > names.length) {
                grow();
            }
            insert(name, score);
            size++;
        }

        int size() {
            return size;
        }

        private void insert(Keys name, double score) {
            int mask = names.length - 1;
            int i = slot(name, mask);
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = name;
            scores[i] = score;
        }

        private void grow() {
            Keys[] oldNames = names;
            double[] oldScores = scores;
            names = new Keys[oldNames.length * 2];
            scores = new double[oldNames.length * 2];
            for (int i = 0; i < oldNames.length; i++) {
                if (oldNames[i] != null) {
                    insert(oldNames[i], oldScores[i]);
                }
            }
        }

        private static int slot(Keys name, int mask) {
            int h = name.hashCode();
            return (h ^ (h >>> 16)) & mask;
        }
    }

    /**
     * The weight of each name key met while matching one post: an open-addressing table by the keys' equality, where
     * a {@code HashMap<String, Double>} allocated a node and a boxed weight for each of the dozens of keys.
     */
    static final class KeyWeights {
        /** What {@link #get} gives for a key not weighed yet: no weight is negative. */
        static final double ABSENT = -1;
        private String[] keys = new String[32];
        private double[] weights = new double[32];
        private int size;

        double get(String key) {
            int mask = keys.length - 1;
            for (int i = key.hashCode() & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].equals(key)) {
                    return weights[i];
                }
            }
            return ABSENT;
        }

        /** Records the weight of a key not recorded yet. */
        void put(String key, double weight) {
            if ((size + 1) * 2 > keys.length) {
                String[] oldKeys = keys;
                double[] oldWeights = weights;
                keys = new String[oldKeys.length * 2];
                weights = new double[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != null) {
                        insert(oldKeys[i], oldWeights[i]);
                    }
                }
            }
            insert(key, weight);
            size++;
        }

        int size() {
            return size;
        }

        private void insert(String key, double weight) {
            int mask = keys.length - 1;
            int i = key.hashCode() & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            weights[i] = weight;
        }
    }
}
