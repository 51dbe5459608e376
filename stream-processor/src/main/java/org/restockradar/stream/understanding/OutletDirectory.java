package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;

/**
 * The outlet registry as the understanding stage searches it, indexed so that a lookup never scans the registry:
 * a token index of names (phonetic keys, with a one-edit deletion index for misspellings), a spatial grid of
 * about 110 m cells, and the registry's own localities, cities and pincodes. Written by the topology's
 * global-store updater as the outlets topic changes ({@link #put}, {@link #remove}), read concurrently by the
 * stream threads; every structure is concurrent, and a reader may see an outlet being added half-indexed, never
 * a broken index.
 */
public final class OutletDirectory {
    /**
     * Skeletons shorter than this are not indexed: three consonants ("ptl") are shared by too many unrelated words
     * ("patel", "bottle"); four ("ktrt", "rjnkr") rarely are.
     */
    static final int MIN_SKELETON = 4;
    /**
     * Sound skeletons ({@link Names#soundSkeleton}) shorter than this are not indexed: they blur more than skeletons,
     * so three sounds are the least that names a locality ("jmlpr" of Jamalpur is five, "tln" of Achal Tal three).
     */
    static final int MIN_SOUNDS = 3;
    /** A skeleton shared by more names or localities than this says nothing about which one is meant. */
    static final int MAX_SKELETON_KEYS = 3;
    /** Grid cell size in degrees: about 110 m north-south. */
    static final double CELL_DEG = 0.001;
    private static final Pattern PINCODE = Pattern.compile("\\b([1-9]\\d{5})\\b");

    /**
     * One indexed outlet with its precomputed keys. Only what the matcher reads per candidate is kept, in a small
     * object (seven references): a million of them are walked by name, and every field more was a wider object,
     * often over two cache lines, and more heap.
     */
    static final class Entry {
        private final Outlet outlet;
        private final String localityKey;
        private final String cityKey;
        /**
         * The name's keys (filler words left out) as the scoring loop of {@link OutletMatcher} reads them, shared with
         * every outlet that has the same ones ({@link Keys.Interner}); likewise the arrays of the branch's keys
         * ("Reliance Fresh - Kothrud") and of the address keys that are neither name nor branch keys, those that add
         * evidence of their own (held as arrays: one dereference less per candidate than through their Keys).
         */
        final Keys names;
        final String[] branch;
        final String[] extraAddress;
        /**
         * The keys of the name's initials ("slv" for "Sri Lakshmi Venkateshwara Provisions"; see {@link #acronymsOf}),
         * or null.
         */
        final String[] acronyms;

        Entry(Outlet outlet, List<String> nameKeys, List<String> branchKeys, List<String> addressKeys,
              String localityKey, String cityKey, String[] acronyms, Keys.Interner interner) {
            this.acronyms = acronyms;
            this.outlet = outlet;
            this.localityKey = localityKey;
            this.cityKey = cityKey;
            this.names = interner.intern(nameKeys);
            this.branch = interner.intern(branchKeys).keys;
            this.extraAddress = interner.intern(addressKeys.stream()
                    .filter(k -> !nameKeys.contains(k) && !branchKeys.contains(k)).toList()).keys;
        }

        Outlet outlet() {
            return outlet;
        }

        /** The keys of the name, each once ("Sai Sai Stores" is indexed under "sai" once). */
        List<String> distinctNameKeys() {
            return java.util.Arrays.stream(names.keys).distinct().toList();
        }

        String localityKey() {
            return localityKey;
        }

        String cityKey() {
            return cityKey;
        }

        /** The grid cell of the outlet's location. */
        long cell() {
            return cellOf(outlet.location().lat(), outlet.location().lon());
        }
    }

    /** What the registry knows about a place name: in which cities, around which point. */
    static final class PlaceStats {
        final String display;
        /** The place key of the display name: {@code placeKey(display)}. */
        final String key;
        final String city;
        final AtomicInteger count = new AtomicInteger();
        final DoubleAdder lat = new DoubleAdder();
        final DoubleAdder lon = new DoubleAdder();

        PlaceStats(String display, String city) {
            this.display = display;
            this.key = placeKey(display);
            this.city = city;
        }

        GeoPoint centre() {
            int n = Math.max(1, count.get());
            return new GeoPoint(lat.sum() / n, lon.sum() / n);
        }
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    /** Name key to the outlets (entries, so that a lookup needs no second map) whose name carries it. */
    private final Map<String, Set<Entry>> postings = new ConcurrentHashMap<>();
    /** The same postings per city: city key, then name key. */
    private final Map<String, Map<String, Posting>> cityPostings = new ConcurrentHashMap<>();
    /** The same postings per locality name, across cities: locality key, then name key. */
    private final Map<String, Map<String, Posting>> localityPostings = new ConcurrentHashMap<>();
    /**
     * The same postings per locality of one city: city key, then locality key, then name key. A locality name shared
     * by dozens of cities ("Gandhi Nagar") gives only the named city's outlets. Two look-ups of keys whose hashes the
     * strings keep, where one look-up of a "city|locality" string built per call hashed that string anew each time.
     */
    private final Map<String, Map<String, Map<String, Posting>>> cityLocalityPostings = new ConcurrentHashMap<>();
    /** City phrase keys (the registry's names and their variants) to the city key. */
    private final Map<String, String> cityPhrases = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> cityFirstKeys = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> deletions = new ConcurrentHashMap<>();
    /** The skeleton of a name key ({@link Names#skeleton}) to the name keys of that skeleton. */
    private final Map<String, Set<String>> nameSkeletons = new ConcurrentHashMap<>();
    /** The skeleton of a locality phrase key, spaces left out, to the locality phrase keys of that skeleton. */
    private final Map<String, Set<String>> localitySkeletons = new ConcurrentHashMap<>();
    /**
     * The sound skeleton ({@link Names#soundSkeleton}) of a locality phrase key, spaces left out, to the locality
     * phrase keys of that sound: a locality named in an Indic script or Urdu ("جمال پور", "ਮਾਡਲ ਟਾਊਨ").
     */
    private final Map<String, Set<String>> localitySounds = new ConcurrentHashMap<>();
    private static final String[] NO_ACRONYMS = new String[0];
    /** The key of a name's initials to the outlets of that name. */
    private final Map<String, Set<Entry>> acronyms = new ConcurrentHashMap<>();
    private final Map<Long, Set<Entry>> cells = new ConcurrentHashMap<>();
    /** The outlets of each locality of each city: city key, then locality key (as {@link #cityLocalityPostings}). */
    private final Map<String, Map<String, Set<Entry>>> byLocality = new ConcurrentHashMap<>();
    /** Locality phrase key, then city key, then stats. */
    private final Map<String, Map<String, PlaceStats>> localities = new ConcurrentHashMap<>();
    private final Map<String, PlaceStats> cities = new ConcurrentHashMap<>();
    /** Pincode, then "city|locality" key, then stats. */
    private final Map<String, Map<String, PlaceStats>> pincodes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> firstKeys = new ConcurrentHashMap<>();
    /** Locality phrase keys that are the first word of a longer locality name ("lajpat" of "Lajpat Nagar"). */
    private final Set<String> headVariants = ConcurrentHashMap.newKeySet();
    /** Locality phrase keys of which some city's stats have been emptied by a removal: those need a filter. */
    private final Set<String> localitiesEmptied = ConcurrentHashMap.newKeySet();

    /**
     * The keys that {@link #firstKeys}, {@link #cityFirstKeys}, {@link #cells}, {@link #deletions} and (for the
     * one-edit search) {@link #postings} may hold, asked before the look-ups that mostly miss: whether a post's word
     * begins a locality or city name (asked for every word), a grid cell around a point (most are empty), the
     * deletions of a word (most are no name's). Each such miss was a miss in a map of up to a million keys (a cache
     * miss or two, and a boxed number for a cell). Not asked where look-ups mostly hit ({@link #documentFrequency},
     * {@link #localitiesNamed}): there the bits were a miss more (session 14's profile, docs/benchmarks.md). Sizes:
     * 2^21 bits (256 KB) for the names' keys, of which a million outlets have some hundred thousand; 2^18 (32 KB) for
     * the places' first words; 2^22 (512 KB) for the grid's cells, of which a million outlets fill up to a million,
     * and for the deletions of the names' keys (about ten per key of four letters or more).
     */
    private final HashBits nameKeyBits = new HashBits(21);
    private final HashBits firstKeyBits = new HashBits(18);
    private final HashBits cityFirstKeyBits = new HashBits(18);
    private final HashBits cellBits = new HashBits(22);
    private final HashBits deletionBits = new HashBits(22);
    /**
     * The phrase keys of two words or more of the registry's localities ({@link #localities}) and cities ({@link
     * #cityPhrases}), asked by {@link #localitiesNamed(List, int, int)} and {@link #cityNamed(List, int, int)} before
     * a phrase of a post's words is built to be looked up: most of the phrases {@link PlaceResolver} tries are no
     * place's (session 16's profile: the phrase built per length tried, 1.4 % of the stage's samples, then a miss in
     * the map, 1.5 %). 2^20 bits (128 KB) for the localities' phrases, of which a million outlets in 400 cities of
     * 50 localities have some tens of thousands; 2^16 (8 KB) for the cities'.
     */
    private final HashBits localityPhraseBits = new HashBits(20);
    private final HashBits cityPhraseBits = new HashBits(16);

    /** Bumped by every change, so that answers derived from the registry can be cached until it changes. */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    public void put(Outlet outlet) {
        Entry old = byId.get(outlet.outletId());
        if (old != null) {
            unindex(old);
        }
        Entry entry = entryOf(outlet);
        byId.put(outlet.outletId(), entry);
        index(entry);
        version.incrementAndGet();
    }

    public void remove(String outletId) {
        Entry old = byId.remove(outletId);
        if (old != null) {
            unindex(old);
            version.incrementAndGet();
        }
    }

    /** Changes with every put and remove; equal values mean the registry has not changed in between. */
    long version() {
        return version.get();
    }

    public Optional<Outlet> get(String outletId) {
        Entry e = byId.get(outletId);
        return e == null ? Optional.empty() : Optional.of(e.outlet());
    }

    public Collection<Outlet> all() {
        return Collections.unmodifiableCollection(byId.values().stream().map(Entry::outlet).toList());
    }

    public int size() {
        return byId.size();
    }

    // ---- keys -------------------------------------------------------------------------------------------------

    /** The comparable key of a place name (locality or city), as the directory files it. */
    public static String placeKey(String name) {
        if (name == null) {
            return "";
        }
        String cached = PLACE_KEYS.get(name);
        if (cached == null) {
            cached = String.join(" ", Names.keys(name));
            if (PLACE_KEYS.size() >= 200_000) {
                PLACE_KEYS.clear();
            }
            PLACE_KEYS.put(name, cached);
        }
        return cached;
    }

    /** Place names repeat (every outlet of a city carries its name): their keys are kept, up to a bound. */
    private static final Map<String, String> PLACE_KEYS = new ConcurrentHashMap<>();

    /** Distinct arrays of keys of names and addresses kept shared at most (a million outlets have about 50,000). */
    static final int KEY_ARRAYS_SHARED = 500_000;
    /** One instance per distinct array of keys of the registry's names and addresses, up to a bound. */
    private final Keys.Interner keyArrays = new Keys.Interner(KEY_ARRAYS_SHARED);

    private Entry entryOf(Outlet o) {
        String name = o.name();
        String chain = name;
        String branch = "";
        int dash = name.indexOf(" - ");
        if (dash > 0) {
            chain = name.substring(0, dash);
            branch = name.substring(dash + 3);
        }
        List<String> nameKeys = Names.keys(chain).stream().filter(k -> !Names.FILLER.contains(k)).toList();
        List<String> branchKeys = Names.keys(branch);
        List<String> addressKeys = o.address() == null ? List.of() : Names.keys(o.address()).stream()
                .filter(k -> k.length() > 2 && !Names.FILLER.contains(k) && !Names.PLACE_QUALIFIERS.contains(k)
                        && !k.chars().allMatch(Character::isDigit))
                .distinct().toList();
        return new Entry(o, nameKeys, branchKeys, addressKeys, placeKey(o.locality()), placeKey(o.city()),
                acronymsOf(chain), keyArrays);
    }

    /**
     * The keys of the initials a name is written by: of its three to five words before its generic tail ("Sri
     * Lakshmi Venkateshwara Provisions" is "SLV"), of all but its last generic word ("Sree Bhadra Provision Store" is
     * "SBP"), and of all its words ("Om Sai Departmental Store" is "OSDS"), each of three to five letters; null when
     * there are none.
     */
    static String[] acronymsOf(String name) {
        List<String> words = Text.tokens(name);
        int end = words.size();
        while (end > 0 && Names.GENERIC.contains(Names.keys(List.of(words.get(end - 1))).stream().findFirst().orElse(""))) {
            end--;
        }
        List<String> found = new ArrayList<>(3);
        for (int upTo : new int[] {end, words.size() - (end < words.size() ? 1 : 0), words.size()}) {
            String key = acronymOf(words, upTo);
            if (key != null && !found.contains(key)) {
                found.add(key);
            }
        }
        return found.isEmpty() ? null : found.toArray(String[]::new);
    }

    /** The initials (lower case) of the first {@code end} words, when three to five; else null. */
    private static String acronymOf(List<String> words, int end) {
        if (end < 3 || end > 5) {
            return null;
        }
        StringBuilder initials = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = words.get(i).charAt(0);
            if (c < 'a' || c > 'z') {
                return null;
            }
            initials.append(c);
        }
        return initials.toString(); // the letters as written: a phonetic key would make "SBP" "sp"
    }

    static long cellOf(double lat, double lon) {
        return cellKey((long) Math.floor(lat / CELL_DEG), (long) Math.floor(lon / CELL_DEG));
    }

    /** A unique key per cell whose {@code Long.hashCode} spreads well (a shifted pair would collide in XOR). */
    private static long cellKey(long latIndex, long lonIndex) {
        return latIndex * 1_000_000_007L + lonIndex;
    }

    /** The keys under which a place name is found in text: the whole name and the name without its qualifier. */
    static List<String> placeVariants(String name) {
        List<String> keys = Names.keys(name);
        List<String> variants = new ArrayList<>(3);
        if (keys.isEmpty()) {
            return variants;
        }
        variants.add(String.join(" ", keys));
        List<String> core = keys.stream().filter(k -> !Names.PLACE_QUALIFIERS.contains(k)).toList();
        if (!core.isEmpty() && core.size() < keys.size()) {
            variants.add(String.join(" ", core));
        }
        if (keys.size() > 1 && Names.PLACE_QUALIFIERS.contains(keys.get(keys.size() - 1))) {
            variants.add(String.join(" ", keys.subList(0, keys.size() - 1)));
        }
        if (keys.size() >= 2) {
            // written as one word: "tnagar" for "T Nagar", "mgroad" for "MG Road", "அண்ணாநகரில்" for "Anna Nagar"
            variants.add(String.join("", keys));
            List<String> words = Text.tokens(name);
            if (words.size() >= 2) {
                variants.add(Names.canonicalKey(String.join("", words)));
            }
        }
        if (keys.size() >= 2) {
            // "Lajpat Nagar" is also said "Lajpat"; "Koregaon Park" is not said "Koregaon" alone often, but it is safe
            String head = keys.get(0);
            if (head.length() >= 5 && !Names.GENERIC.contains(head) && !Names.PLACE_QUALIFIERS.contains(head)) {
                variants.add(head);
            }
        }
        return variants.stream().distinct().toList();
    }

    // ---- index maintenance ------------------------------------------------------------------------------------

    private void index(Entry e) {
        for (String k : e.distinctNameKeys()) {
            nameKeyBits.add(k);
            postings.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(e);
            cityPostings.computeIfAbsent(e.cityKey(), x -> new ConcurrentHashMap<>())
                    .computeIfAbsent(k, x -> new Posting()).add(e);
            localityPostings.computeIfAbsent(e.localityKey(), x -> new ConcurrentHashMap<>())
                    .computeIfAbsent(k, x -> new Posting()).add(e);
            cityLocalityPostings.computeIfAbsent(e.cityKey(), x -> new ConcurrentHashMap<>())
                    .computeIfAbsent(e.localityKey(), x -> new ConcurrentHashMap<>())
                    .computeIfAbsent(k, x -> new Posting()).add(e);
            if (k.length() >= 4 && !Names.GENERIC.contains(k)) {
                for (String skeleton : skeletonsOf(k)) {
                    nameSkeletons.computeIfAbsent(skeleton, x -> ConcurrentHashMap.newKeySet()).add(k);
                }
            }
            if (k.length() >= NameAlignment.MIN_FUZZY) {
                for (String d : deletionsOf(k)) {
                    deletionBits.add(d);
                    deletions.computeIfAbsent(d, x -> ConcurrentHashMap.newKeySet()).add(k);
                }
            }
        }
        cellBits.add(e.cell());
        cells.computeIfAbsent(e.cell(), x -> ConcurrentHashMap.newKeySet()).add(e);
        for (String a : e.acronyms == null ? NO_ACRONYMS : e.acronyms) {
            acronyms.computeIfAbsent(a, x -> ConcurrentHashMap.newKeySet()).add(e);
        }
        Outlet o = e.outlet();
        byLocality.computeIfAbsent(e.cityKey(), x -> new ConcurrentHashMap<>())
                .computeIfAbsent(e.localityKey(), x -> ConcurrentHashMap.newKeySet()).add(e);
        PlaceStats city = cities.computeIfAbsent(e.cityKey(), x -> {
            for (String variant : placeVariants(o.city())) {
                if (variant.indexOf(' ') >= 0) {
                    cityPhraseBits.add(variant);
                }
                cityPhrases.putIfAbsent(variant, e.cityKey());
                cityFirstKeyBits.add(variant.split(" ")[0]);
                cityFirstKeys.computeIfAbsent(variant.split(" ")[0], y -> new AtomicInteger())
                        .accumulateAndGet(variant.split(" ").length, Math::max);
            }
            return new PlaceStats(o.city(), o.city());
        });
        add(city, o, 1);
        if (o.locality() != null && !o.locality().isBlank()) {
            List<String> localityKeys = Names.keys(o.locality());
            for (String variant : placeVariants(o.locality())) {
                if (localityKeys.size() >= 2 && variant.equals(localityKeys.get(0))) {
                    headVariants.add(variant);
                }
                firstKeyBits.add(variant.split(" ")[0]);
                if (variant.indexOf(' ') >= 0) {
                    localityPhraseBits.add(variant);
                }
                PlaceStats stats = localities.computeIfAbsent(variant, x -> new ConcurrentHashMap<>())
                        .computeIfAbsent(e.cityKey(), x -> new PlaceStats(o.locality(), o.city()));
                add(stats, o, 1);
                firstKeys.computeIfAbsent(variant.split(" ")[0], x -> new AtomicInteger()).accumulateAndGet(
                        variant.split(" ").length, Math::max);
                for (String skeleton : skeletonsOf(variant.replace(" ", ""))) {
                    localitySkeletons.computeIfAbsent(skeleton, x -> ConcurrentHashMap.newKeySet()).add(variant);
                }
                String sound = Names.soundSkeleton(variant.replace(" ", ""));
                if (sound.length() >= MIN_SOUNDS) {
                    localitySounds.computeIfAbsent(sound, x -> ConcurrentHashMap.newKeySet()).add(variant);
                }
            }
        }
        if (o.address() != null) {
            Matcher m = PINCODE.matcher(o.address());
            while (m.find()) {
                PlaceStats stats = pincodes.computeIfAbsent(m.group(1), x -> new ConcurrentHashMap<>())
                        .computeIfAbsent(e.cityKey() + "|" + e.localityKey(), x -> new PlaceStats(o.locality(), o.city()));
                add(stats, o, 1);
            }
        }
    }

    private void unindex(Entry e) {
        for (String k : e.distinctNameKeys()) {
            Set<Entry> all = postings.get(k);
            if (all != null) {
                all.remove(e);
            }
            removeFrom(cityPostings.get(e.cityKey()), k, e);
            removeFrom(localityPostings.get(e.localityKey()), k, e);
            removeFrom(cityLocalityPostings.getOrDefault(e.cityKey(), Map.of()).get(e.localityKey()), k, e);
        }
        Set<Entry> cell = cells.get(e.cell());
        if (cell != null) {
            cell.remove(e);
        }
        for (String a : e.acronyms == null ? NO_ACRONYMS : e.acronyms) {
            Set<Entry> same = acronyms.get(a);
            if (same != null) {
                same.remove(e);
            }
        }
        Set<Entry> loc = byLocality.getOrDefault(e.cityKey(), Map.of()).get(e.localityKey());
        if (loc != null) {
            loc.remove(e);
        }
        Outlet o = e.outlet();
        PlaceStats city = cities.get(e.cityKey());
        if (city != null) {
            add(city, o, -1);
        }
        if (o.locality() != null && !o.locality().isBlank()) {
            for (String variant : placeVariants(o.locality())) {
                Map<String, PlaceStats> byCity = localities.get(variant);
                if (byCity != null && byCity.get(e.cityKey()) != null) {
                    PlaceStats stats = byCity.get(e.cityKey());
                    add(stats, o, -1);
                    if (stats.count.get() <= 0) {
                        localitiesEmptied.add(variant);
                    }
                }
            }
        }
        if (o.address() != null) {
            Matcher m = PINCODE.matcher(o.address());
            while (m.find()) {
                Map<String, PlaceStats> byPlace = pincodes.get(m.group(1));
                if (byPlace != null && byPlace.get(e.cityKey() + "|" + e.localityKey()) != null) {
                    add(byPlace.get(e.cityKey() + "|" + e.localityKey()), o, -1);
                }
            }
        }
    }

    private static void removeFrom(Map<String, Posting> byKey, String key, Entry e) {
        if (byKey != null) {
            Posting entries = byKey.get(key);
            if (entries != null) {
                entries.remove(e);
            }
        }
    }

    private static void add(PlaceStats stats, Outlet o, int sign) {
        stats.count.addAndGet(sign);
        stats.lat.add(sign * o.location().lat());
        stats.lon.add(sign * o.location().lon());
    }

    /** The key without each of its characters in turn, in order: one string built per deletion, nothing else. */
    static List<String> deletionsOf(String key) {
        int n = key.length();
        List<String> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        char[] chars = key.toCharArray();
        char[] without = new char[n - 1];
        System.arraycopy(chars, 1, without, 0, n - 1);
        out.add(new String(without));
        for (int i = 1; i < n; i++) {
            without[i - 1] = chars[i - 1]; // now the key without character i
            out.add(new String(without));
        }
        return out;
    }

    /**
     * {@link String#hashCode} of the key without its character {@code at} ({@link #deletionsOf}'s string {@code at}),
     * worked out without building that string.
     */
    static int hashWithout(String key, int at) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            if (i != at) {
                h = 31 * h + key.charAt(i);
            }
        }
        return h;
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    Entry entry(String id) {
        return byId.get(id);
    }

    /** How many outlets carry a name key. */
    int documentFrequency(String key) {
        Set<Entry> ids = postings.get(key);
        return ids == null ? 0 : ids.size();
    }

    /** The outlets whose name carries the key. */
    Set<Entry> withNameKey(String key) {
        return postings.getOrDefault(key, Set.of());
    }

    /**
     * Outlets looked through by {@link #namesCarryPair}: a pair whose first word many names carry is found among the
     * first few of them, and a post is not worth a walk over thousands of names.
     */
    static final int PAIR_LOOKUP_LIMIT = 256;

    /** Whether some outlet's name carries key {@code first} right before key {@code second} ("murugan", "store"). */
    boolean namesCarryPair(String first, String second) {
        int seen = 0;
        for (Entry e : withNameKey(first)) {
            String[] k = e.names.keys;
            for (int i = 0; i + 1 < k.length; i++) {
                if (k[i].equals(first) && k[i + 1].equals(second)) {
                    return true;
                }
            }
            if (++seen >= PAIR_LOOKUP_LIMIT) {
                return false;
            }
        }
        return false;
    }

    /**
     * Name keys of the registry within one edit of a key, or two when either is {@link NameAlignment#TWO_EDITS_FROM}
     * letters or longer and they share a deletion (the key itself excluded), with the same first letter.
     */
    Set<String> nameKeysNear(String key) {
        if (key.length() < NameAlignment.MIN_FUZZY) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        Set<String> direct = deletionBits.mayContain(key) ? deletions.get(key) : null;
        if (direct != null) {
            out.addAll(direct);
        }
        int n = key.length();
        for (int i = 0; i < n; i++) {
            // the key without character i, built only when a bit says a map may hold it (most deletions are no key)
            int hash = hashWithout(key, i);
            boolean mayBeName = n - 1 >= 4 && nameKeyBits.mayContainHash(hash);
            if (!mayBeName && !deletionBits.mayContainHash(hash)) {
                continue;
            }
            String d = new StringBuilder(n - 1).append(key, 0, i).append(key, i + 1, n).toString();
            if (mayBeName && postings.containsKey(d)) {
                out.add(d);
            }
            Set<String> near = deletionBits.mayContain(d) ? deletions.get(d) : null;
            if (near != null) {
                out.addAll(near);
            }
        }
        out.remove(key);
        out.removeIf(k -> k.charAt(0) != key.charAt(0) || documentFrequency(k) == 0
                || NameAlignment.edits(k, 0, key, 0, 2) > (Math.max(k.length(), key.length()) >= NameAlignment.TWO_EDITS_FROM ? 2 : 1));
        return out;
    }

    /**
     * The name keys of the registry that a word written without vowels may stand for: those of its skeleton, when
     * there are at most {@link #MAX_SKELETON_KEYS} and they begin with the word's first letter; none otherwise.
     */
    Set<String> nameKeysOfSkeleton(String key) {
        return ofSkeleton(nameSkeletons, key);
    }

    /**
     * The locality phrase keys of the sound skeleton of a word of an Indic script or Urdu (or of neighbouring such
     * words written together), when there are at most {@link #MAX_SKELETON_KEYS} and they begin with its sound
     * ({@link Names#sameSound}); none otherwise.
     */
    Set<String> localityKeysOfSound(String key) {
        String sound = Names.soundSkeleton(key);
        if (sound.length() < MIN_SOUNDS) {
            return Set.of();
        }
        Set<String> keys = localitySounds.get(sound);
        if (keys == null || keys.isEmpty() || keys.size() > MAX_SKELETON_KEYS) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>(keys.size());
        for (String k : keys) {
            if (Names.sameSound(k.replace(" ", ""), key, MIN_SOUNDS)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The locality phrase keys that a word written without vowels (or glued) may stand for, as for names. */
    Set<String> localityKeysOfSkeleton(String key) {
        return ofSkeleton(localitySkeletons, key);
    }

    /**
     * The locality phrase keys whose skeleton is the longest beginning (four consonants at least) of a word's
     * skeleton: a locality with a case ending glued to it ("शिवाजीनगरमध्ये"), where the vowels written in one script
     * and the other disagree.
     */
    Set<String> localityKeysOfSkeletonPrefix(String key) {
        String skeleton = Names.skeleton(key);
        for (int len = skeleton.length() - 1; len >= MIN_SKELETON; len--) {
            Set<String> found = ofSkeleton(localitySkeletons, skeleton.substring(0, len), key.charAt(0));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Set.of();
    }

    /**
     * The skeletons a key is filed under ({@link Names#skeleton}, and {@link Names#nasalSkeleton} when it differs), of
     * {@link #MIN_SKELETON} consonants at least.
     */
    private static List<String> skeletonsOf(String key) {
        String skeleton = Names.skeleton(key);
        if (skeleton.length() < MIN_SKELETON) {
            return List.of();
        }
        String nasal = Names.nasalSkeleton(key);
        return nasal == null || nasal.equals(skeleton) ? List.of(skeleton) : List.of(skeleton, nasal);
    }

    /** True when a locality phrase key is only the first word of a longer locality's name somewhere. */
    boolean isHeadOfLocality(String phraseKey) {
        return headVariants.contains(phraseKey);
    }

    private static Set<String> ofSkeleton(Map<String, Set<String>> index, String key) {
        return key.isEmpty() ? Set.of() : ofSkeleton(index, Names.skeleton(key), key.charAt(0));
    }

    private static Set<String> ofSkeleton(Map<String, Set<String>> index, String skeleton, char first) {
        if (skeleton.length() < MIN_SKELETON) {
            return Set.of();
        }
        Set<String> keys = index.get(skeleton);
        if (keys == null || keys.isEmpty() || keys.size() > MAX_SKELETON_KEYS) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>(keys.size());
        for (String k : keys) {
            if (k.charAt(0) == first) {
                out.add(k);
            }
        }
        return out;
    }

    /** The outlets whose name's initials give this key. */
    Set<Entry> withAcronym(String key) {
        return acronyms.getOrDefault(key, Set.of());
    }

    /** The name index of the localities of this name in every city: name key, then outlets; empty when none. */
    Map<String, Posting> nameIndexOfLocality(String localityKey) {
        return localityPostings.getOrDefault(localityKey, Map.of());
    }

    /** The name index of one locality of one city: name key, then outlets; empty when none. */
    Map<String, Posting> nameIndexOfLocality(String cityKey, String localityKey) {
        Map<String, Map<String, Posting>> ofCity = cityLocalityPostings.get(cityKey);
        Map<String, Posting> found = ofCity == null ? null : ofCity.get(localityKey);
        return found == null ? Map.of() : found;
    }

    /** The outlets of one city whose name carries the key. */
    Posting withNameKeyIn(String cityKey, String key) {
        return cityPostings.getOrDefault(cityKey, Map.of()).getOrDefault(key, Posting.NONE);
    }

    /** The longest number of keys of a city phrase starting with this key, 0 when none starts with it. */
    int cityPhraseLength(String firstKey) {
        if (!cityFirstKeyBits.mayContain(firstKey)) {
            return 0;
        }
        AtomicInteger n = cityFirstKeys.get(firstKey);
        return n == null ? 0 : n.get();
    }

    /** The city key of a city phrase key of the registry ("kurkaon" for "Gurgaon"), when the city holds outlets. */
    Optional<String> cityNamed(String phraseKey) {
        String key = cityPhrases.get(phraseKey);
        return key == null || city(key).isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /**
     * {@link #cityNamed(String)} of the keys {@code from} (inclusive) to {@code to} (exclusive) joined by spaces; the
     * phrase is built only when a city's phrase may be it ({@link #cityPhraseBits}).
     */
    Optional<String> cityNamed(List<String> keys, int from, int to) {
        if (to - from == 1) {
            return cityNamed(keys.get(from));
        }
        if (!cityPhraseBits.mayContainHash(joinedHash(keys, from, to))) {
            return Optional.empty();
        }
        return cityNamed(String.join(" ", keys.subList(from, to)));
    }

    /**
     * {@link String#hashCode} of {@code String.join(" ", keys.subList(from, to))}, worked out without building that
     * string.
     */
    static int joinedHash(List<String> keys, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            if (i > from) {
                h = 31 * h + ' ';
            }
            String k = keys.get(i);
            for (int c = 0; c < k.length(); c++) {
                h = 31 * h + k.charAt(c);
            }
        }
        return h;
    }

    /** The outlets of one locality of one city. */
    Set<Entry> inLocality(String cityKey, String localityKey) {
        Map<String, Set<Entry>> ofCity = byLocality.get(cityKey);
        Set<Entry> found = ofCity == null ? null : ofCity.get(localityKey);
        return found == null ? Set.of() : found;
    }

    /** The outlets within {@code metres} of a point, nearest first. */
    public List<Outlet> near(GeoPoint point, double metres) {
        int reach = (int) Math.ceil(metres / 1000.0 / (CELL_DEG * 111.0 * Math.max(0.2, Math.cos(Math.toRadians(point.lat())))));
        reach = Math.min(reach, 50);
        List<Outlet> found = new ArrayList<>();
        long baseLat = (long) Math.floor(point.lat() / CELL_DEG);
        long baseLon = (long) Math.floor(point.lon() / CELL_DEG);
        for (long dy = -reach; dy <= reach; dy++) {
            for (long dx = -reach; dx <= reach; dx++) {
                long cell = cellKey(baseLat + dy, baseLon + dx);
                Set<Entry> entries = cellBits.mayContain(cell) ? cells.get(cell) : null;
                if (entries == null) {
                    continue;
                }
                for (Entry e : entries) {
                    if (Geo.km(point, e.outlet().location()) * 1000 <= metres) {
                        found.add(e.outlet());
                    }
                }
            }
        }
        found.sort((a, b) -> Double.compare(Geo.km(point, a.location()), Geo.km(point, b.location())));
        return found;
    }

    /**
     * The nearest outlet within {@code maxMetres}, searching rings of cells outwards and stopping as soon as no
     * closer outlet can lie further out.
     */
    public Optional<Outlet> nearest(GeoPoint point, double maxMetres) {
        double cellMetres = CELL_DEG * 111_000 * Math.max(0.2, Math.cos(Math.toRadians(point.lat())));
        int maxRing = Math.min(60, (int) Math.ceil(maxMetres / cellMetres) + 1);
        long baseLat = (long) Math.floor(point.lat() / CELL_DEG);
        long baseLon = (long) Math.floor(point.lon() / CELL_DEG);
        Outlet best = null;
        double bestMetres = maxMetres;
        for (int ring = 0; ring <= maxRing; ring++) {
            if (best != null && (ring - 1) * cellMetres > bestMetres) {
                break;
            }
            for (long dy = -ring; dy <= ring; dy++) {
                // the cells of this ring only: all of its top and bottom rows, the two ends of the rows between
                long step = dy == -ring || dy == ring ? 1 : Math.max(1, 2L * ring);
                for (long dx = -ring; dx <= ring; dx += step) {
                    long cell = cellKey(baseLat + dy, baseLon + dx);
                    Set<Entry> entries = cellBits.mayContain(cell) ? cells.get(cell) : null;
                    if (entries == null) {
                        continue;
                    }
                    for (Entry e : entries) {
                        {
                            double m = Geo.km(point, e.outlet().location()) * 1000;
                            if (m <= bestMetres) {
                                best = e.outlet();
                                bestMetres = m;
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest number of keys of a locality phrase starting with this key, 0 when none starts with it. */
    int localityPhraseLength(String firstKey) {
        if (!firstKeyBits.mayContain(firstKey)) {
            return 0;
        }
        AtomicInteger n = firstKeys.get(firstKey);
        return n == null ? 0 : n.get();
    }

    /** The registry's localities named by a phrase key, per city key; only those that still hold outlets. */
    Map<String, PlaceStats> localitiesNamed(String phraseKey) {
        Map<String, PlaceStats> byCity = localities.get(phraseKey);
        if (byCity == null) {
            return Map.of();
        }
        if (!localitiesEmptied.contains(phraseKey)) {
            return byCity; // no outlet of this locality was ever removed: every city of it holds outlets
        }
        for (PlaceStats stats : byCity.values()) {
            if (stats.count.get() <= 0) {
                return byCity.entrySet().stream().filter(e -> e.getValue().count.get() > 0)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        }
        return byCity;
    }

    /**
     * {@link #localitiesNamed(String)} of the keys {@code from} (inclusive) to {@code to} (exclusive) joined by spaces;
     * the phrase is built only when a locality's phrase may be it ({@link #localityPhraseBits}).
     */
    Map<String, PlaceStats> localitiesNamed(List<String> keys, int from, int to) {
        if (to - from == 1) {
            return localitiesNamed(keys.get(from));
        }
        if (!localityPhraseBits.mayContainHash(joinedHash(keys, from, to))) {
            return Map.of();
        }
        return localitiesNamed(String.join(" ", keys.subList(from, to)));
    }

    /** The registry's city with this key, when it holds outlets. */
    Optional<PlaceStats> city(String cityKey) {
        PlaceStats stats = cities.get(cityKey);
        return stats == null || stats.count.get() <= 0 ? Optional.empty() : Optional.of(stats);
    }

    /** Every city of the registry with outlets. */
    List<PlaceStats> cities() {
        return cities.values().stream().filter(s -> s.count.get() > 0).toList();
    }

    /** The registry's places (city, locality) of a pincode, read from outlet addresses. */
    Map<String, PlaceStats> pincode(String pin) {
        Map<String, PlaceStats> byPlace = pincodes.get(pin);
        return byPlace == null ? Map.of() : byPlace;
    }
}
