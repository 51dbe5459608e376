package org.restockradar.stream.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.restockradar.contracts.GeoPoint;

/**
 * The offline gazetteer: the cities and towns of India and the Philippines (GeoNames), their other names and
 * spellings, and India's pincode centroids; loaded once from the class path ({@code gazetteer/}), with a user's own
 * files of more places, names and postal codes laid beside them ({@link #withFilesIn}); immutable once built,
 * thread-safe. Finds the places a text names and the city around a point, without any network call.
 */
public final class Gazetteer {

    /** A populated place. {@code name} is its canonical name. */
    public record Place(String name, String country, int population, GeoPoint point, boolean city) {
    }

    /** Places named in free text only from this population up, so that villages named like words stay out. */
    static final int NAMED_IN_TEXT_MIN_POPULATION = 100_000;
    /**
     * Places named by a whole part of an author's profile location ("📍Lipa", "Kakinada, AP"), or by a misspelling of
     * one that keeps its consonants ("Kakinda"), from this population up: a profile's part is meant as a place.
     */
    static final int PROFILE_MIN_POPULATION = 50_000;
    /** A row of the alternate names belongs to the place of its name this close to its point. */
    private static final double SAME_PLACE_KM = 20;
    /** Places that are also common words in the languages of the posts. */
    private static final Set<String> COMMON_WORDS = Set.of("gaya", "bago", "mango", "bid", "mau", "ara", "bari",
            "puri", "una", "naga", "mati", "santol", "libertad", "budta", "jolo", "toledo", "cadiz", "silang",
            "durg", "anand", "sagar", "moga", "orai", "loni", "kota", "rewa", "guna", "tonk", "khanna", "hassan",
            "deoli", "rohini", "salem", "santiago", "san jose", "san juan", "santa cruz", "san pedro", "bali",
            "pali", "dam dam", "seoni", "korba", "bhind", "damoh", "jind", "morena", "satna", "erode", "nangi");
    private static final double CELL = 0.5;

    private final PhraseIndex<Place> names = new PhraseIndex<>();
    /** GeoNames' other names of the towns named in free text (read with guards, see {@link #otherNamesIn}). */
    private final PhraseIndex<Place> otherNames = new PhraseIndex<>();
    private final Map<String, Place> otherOneWord = new HashMap<>();
    private final Map<String, Place> byKey = new HashMap<>();
    /** The places named in text by a single key, by that key (the first indexed wins, as in {@link #names}). */
    private final Map<String, Place> oneWord = new HashMap<>();
    private final Map<String, List<String>> aliasesOf = new HashMap<>();
    private final Map<String, String> canonicalOfAlias = new HashMap<>();
    private final Map<String, String> displayOf = new HashMap<>();
    private final Map<Long, List<Place>> grid = new HashMap<>();
    private final Map<String, GeoPoint> pincodes = new HashMap<>();
    /** The towns of {@link #PROFILE_MIN_POPULATION} up by the joined keys of each of their names, and by skeleton. */
    private final Map<String, Place> wholeNames = new HashMap<>();
    private final Map<String, Place> skeletons = new HashMap<>();

    private Gazetteer() {
    }

    /** The kinds of gazetteer file, in the order they are read: a name needs its place first. */
    private enum Kind {
        PLACES("places", "places-added"), CITY_ALIASES("city-aliases"), ALTERNATE_NAMES("alternate-names"),
        PINCODES("pincodes");

        private final String prefix;
        /** The bundled files of the kind: the prefix's own and a few more. */
        private final List<String> bundled;

        Kind(String prefix, String... more) {
            this.prefix = prefix;
            List<String> files = new ArrayList<>();
            files.add(prefix);
            files.addAll(List.of(more));
            this.bundled = List.copyOf(files);
        }
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer fromClassPath() {
        Gazetteer g = new Gazetteer();
        g.readBundled();
        return g;
    }

    /**
     * The gazetteer shipped in the jar, then the files of {@code dir} (setting {@code gazetteer.dir}): each
     * {@code places*.tsv}, {@code city-aliases*.tsv} and {@code pincodes*.tsv} in name order, in the columns of the
     * bundled files of the same name (see docs/understanding.md, "Adding a country"). A name already known keeps
     * naming the place it named first; a bad row stops the load with its file and line.
     */
    public static Gazetteer withFilesIn(Path dir) {
        Gazetteer g = new Gazetteer();
        g.readBundled();
        for (Kind kind : Kind.values()) {
            for (Path file : filesOf(dir, kind)) {
                try {
                    g.read(kind, Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read gazetteer file " + file, e);
                }
            }
        }
        return g;
    }

    private static List<Path> filesOf(Path dir, Kind kind) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(kind.prefix) && name.endsWith(".tsv") && Files.isRegularFile(file);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the gazetteer folder " + dir, e);
        }
    }

    private void readBundled() {
        for (Kind kind : Kind.values()) {
            for (String file : kind.bundled) {
                String resource = "gazetteer/" + file + ".tsv";
                read(kind, open(resource), resource);
            }
        }
    }

    private void read(Kind kind, BufferedReader reader, String origin) {
        switch (kind) {
            case PLACES -> readPlaces(reader, origin);
            case CITY_ALIASES -> readAliases(reader, origin);
            case ALTERNATE_NAMES -> readAlternateNames(reader, origin);
            case PINCODES -> readPincodes(reader, origin);
            default -> throw new IllegalStateException("unknown gazetteer file kind " + kind);
        }
    }

    /** An empty gazetteer, for tests that want the outlet registry alone. */
    public static Gazetteer empty() {
        return new Gazetteer();
    }

    private static BufferedReader open(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from the class path: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A row of a gazetteer file, with where it is for a message. */
    private record Row(String[] cells, String origin, int line) {
        IllegalArgumentException bad(String expected, RuntimeException cause) {
            return new IllegalArgumentException("gazetteer " + origin + " line " + line + ": expected " + expected + ", got '"
                    + String.join("\t", cells) + "'", cause);
        }
    }

    private static List<Row> rows(BufferedReader reader, String origin) {
        List<Row> rows = new ArrayList<>();
        try (reader) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(line.split("\t"), origin, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + origin, e);
        }
        return rows;
    }

    private void readPlaces(BufferedReader reader, String origin) {
        for (Row row : rows(reader, origin)) {
            String[] r = row.cells();
            Place place;
            try {
                boolean section = "PPLX".equals(r[3]);
                place = new Place(r[0], r[1], Integer.parseInt(r[4]), new GeoPoint(Double.parseDouble(r[5]), Double.parseDouble(r[6])), !section);
            } catch (RuntimeException e) {
                throw row.bad("name, country, admin1, feature code, population, lat, lon", e);
            }
            int population = place.population();
            boolean section = !place.city();
            String key = Text.key(r[0]);
            byKey.putIfAbsent(key, place);
            grid.computeIfAbsent(cell(place.point().lat(), place.point().lon()), c -> new ArrayList<>()).add(place);
            if (!section && population >= NAMED_IN_TEXT_MIN_POPULATION && !COMMON_WORDS.contains(key)) {
                index(Names.keys(Text.tokens(r[0])), place);
            }
            if (!section) {
                addWholeName(r[0], place);
            }
        }
    }

    private void readAliases(BufferedReader reader, String origin) {
        for (Row row : rows(reader, origin)) {
            String[] r = row.cells();
            Place place = byKey.get(Text.key(r[0]));
            if (place == null) {
                continue;
            }
            addName(r[0], place);
            List<String> all = new ArrayList<>();
            for (String marked : r) {
                String alias = marked.startsWith("*") ? marked.substring(1) : marked;
                if (marked.startsWith("*")) {
                    displayOf.put(place.name(), alias);
                }
                all.add(alias);
                addName(alias, place);
                canonicalOfAlias.put(Text.key(alias), place.name());
            }
            aliasesOf.put(place.name(), all);
            for (String alias : all) {
                addWholeName(alias, place);
            }
        }
    }

    /**
     * Reads GeoNames' other names of towns ({@code alternate-names.tsv}: name, lat, lon, other names...): old names
     * ("Allahabad" for Prayagraj, "Gulbarga"), other spellings and names in the scripts of India. Each is an alias of
     * the town of that name within {@link #SAME_PLACE_KM} of the point; named in free text as the town's own name is
     * (from {@link #NAMED_IN_TEXT_MIN_POPULATION} up); a name another town already bears keeps naming that one.
     */
    private void readAlternateNames(BufferedReader reader, String origin) {
        for (Row row : rows(reader, origin)) {
            String[] r = row.cells();
            GeoPoint point;
            try {
                point = new GeoPoint(Double.parseDouble(r[1]), Double.parseDouble(r[2]));
            } catch (RuntimeException e) {
                throw row.bad("name, lat, lon, other names", e);
            }
            Place place = placeNamedAt(Text.key(r[0]), point);
            if (place == null) {
                continue;
            }
            List<String> all = new ArrayList<>(aliasesOf.getOrDefault(place.name(), List.of(place.name())));
            boolean inText = place.population() >= NAMED_IN_TEXT_MIN_POPULATION;
            for (int i = 3; i < r.length; i++) {
                String alias = r[i];
                String key = Text.key(alias);
                if (key.isEmpty() || byKey.containsKey(key) || canonicalOfAlias.containsKey(key)) {
                    continue; // another town's own name, or a name already given
                }
                all.add(alias);
                canonicalOfAlias.put(key, place.name());
                addWholeName(alias, place);
                if (inText && !COMMON_WORDS.contains(key)) {
                    List<String> keys = Names.keys(Text.tokens(alias));
                    if (String.join("", keys).length() >= 4) {
                        otherNames.addTokens(keys, place);
                        if (keys.size() == 1) {
                            otherOneWord.putIfAbsent(keys.get(0), place);
                        }
                    }
                }
            }
            aliasesOf.put(place.name(), all);
        }
    }

    /** The place of a name near a point, or null. */
    private Place placeNamedAt(String key, GeoPoint point) {
        Place named = byKey.get(key);
        if (named != null && Geo.km(named.point(), point) <= SAME_PLACE_KM) {
            return named;
        }
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                for (Place p : grid.getOrDefault(cell(point.lat() + dy * CELL, point.lon() + dx * CELL), List.of())) {
                    if (p.city() && Text.key(p.name()).equals(key) && Geo.km(p.point(), point) <= SAME_PLACE_KM) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** Files a name of a town of {@link #PROFILE_MIN_POPULATION} up for {@link #placeNamedWholly}. */
    private void addWholeName(String name, Place place) {
        if (place.population() < PROFILE_MIN_POPULATION) {
            return;
        }
        List<String> keys = Names.keys(Text.tokens(name));
        String joined = String.join(" ", keys);
        if (joined.length() >= 2) {
            wholeNames.putIfAbsent(joined, place);
        }
        if (keys.size() > 1 && Names.PLACE_QUALIFIERS.contains(keys.get(keys.size() - 1))) {
            // "Lipa City" is also "Lipa"
            wholeNames.putIfAbsent(String.join(" ", keys.subList(0, keys.size() - 1)), place);
        }
        String skeleton = Names.skeleton(joined.replace(" ", ""));
        if (skeleton.length() >= 4 && !Phonetic.isIndic(name)) {
            skeletons.putIfAbsent(skeleton, place);
        }
    }

    /**
     * The town that a whole part of a profile location names ("Lipa", "QC", "Kakinada"), by the joined name keys of
     * that part, from {@link #PROFILE_MIN_POPULATION} people up; or null.
     */
    Place placeNamedWholly(String joinedKeys) {
        return wholeNames.get(joinedKeys);
    }

    /**
     * The town of {@link #PROFILE_MIN_POPULATION} up whose name has these consonants (a misspelling that keeps them:
     * "Kakinda", "Bhavnagr"), the most populous first; or null.
     */
    Place placeOfSkeleton(String skeleton) {
        return skeleton.length() >= 4 ? skeletons.get(skeleton) : null;
    }

    /** Indexes a name by its keys, unless they are too short to tell apart from a word ("QC" keys to "k"). */
    private void addName(String name, Place place) {
        List<String> keys = Names.keys(Text.tokens(name));
        if (String.join("", keys).length() >= 3) {
            index(keys, place);
        }
    }

    private void index(List<String> keys, Place place) {
        names.addTokens(keys, place);
        if (keys.size() == 1) {
            oneWord.putIfAbsent(keys.get(0), place);
        }
    }

    /** The place that one key names by one of GeoNames' other names ({@link #otherNamesIn}), or null. */
    Place oneWordOtherPlace(String key) {
        return otherOneWord.get(key);
    }

    /** The place that one key names in text ("pune", a word of another script's key), or null. */
    Place oneWordPlace(String key) {
        return oneWord.get(key);
    }

    private void readPincodes(BufferedReader reader, String origin) {
        for (Row row : rows(reader, origin)) {
            String[] r = row.cells();
            try {
                pincodes.put(r[0], new GeoPoint(Double.parseDouble(r[1]), Double.parseDouble(r[2])));
            } catch (RuntimeException e) {
                throw row.bad("postal code, lat, lon", e);
            }
        }
    }

    private static long cell(double lat, double lon) {
        return (long) Math.floor(lat / CELL) * 1_000_000_007L + (long) Math.floor(lon / CELL);
    }

    /** The places named in phonetic tokens (see {@link Phonetic#keys}). */
    public List<PhraseIndex.Match<Place>> placesIn(List<String> phoneticTokens) {
        return names.findLongest(phoneticTokens);
    }

    /**
     * The places named in phonetic tokens by GeoNames' other names ({@code alternate-names.tsv}: "Gulbarga",
     * "Allahabad", "வேலூர்"). Many are everyday words or shop words too ("Bandar", "Krishna"): the caller decides.
     */
    public List<PhraseIndex.Match<Place>> otherNamesIn(List<String> phoneticTokens) {
        return otherNames.findLongest(phoneticTokens);
    }

    /** The canonical gazetteer name of a city name or alias (Gurugram gives Gurgaon), or the name itself. */
    public String canonical(String cityName) {
        return canonicalOfAlias.getOrDefault(Text.key(cityName), cityName);
    }

    /** The name a canonical city is reported by: the one in use now (Mysuru for Mysore), else its own. */
    public String display(String canonicalName) {
        return displayOf.getOrDefault(canonicalName, canonicalName);
    }

    /** The other names of a canonical city, itself included; empty when the gazetteer has none. */
    public List<String> aliases(String canonicalName) {
        return aliasesOf.getOrDefault(canonicalName, List.of());
    }

    /** The centroid of a postal code: an Indian pincode, or one of a {@code pincodes*.tsv} of {@code gazetteer.dir}. */
    public Optional<GeoPoint> pincode(String pin) {
        return Optional.ofNullable(pincodes.get(pin));
    }

    /**
     * The city around a point: the nearest town of at least 100,000 people within 30 km, else the nearest place
     * within 10 km.
     */
    public Optional<Place> cityAround(GeoPoint point) {
        Place best = null;
        double bestKm = Double.MAX_VALUE;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            int minPop = pass == 0 ? NAMED_IN_TEXT_MIN_POPULATION : 0;
            double radius = pass == 0 ? 30 : 10;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    List<Place> places = grid.get(cell(point.lat() + dy * CELL, point.lon() + dx * CELL));
                    if (places == null) {
                        continue;
                    }
                    for (Place p : places) {
                        if (p.population() < minPop || !p.city()) {
                            continue;
                        }
                        double d = Geo.km(point, p.point());
                        if (d <= radius && d < bestKm) {
                            best = p;
                            bestKm = d;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
