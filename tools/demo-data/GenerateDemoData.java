import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generates the demo data set that the all-in-one launcher replays, into {@code launcher/src/main/resources/demo}:
 * {@code outlets.csv} from {@code localities.txt} and {@code outlets.txt}, {@code mentions.jsonl} and
 * {@code labels.jsonl} from the hand-written {@code mentions.txt}; {@code catalog.json} is hand-written and only read.
 * Then it checks every file of the set against the labelled-set format of docs/understanding.md and prints what the set holds.
 *
 * <p>The random choices (outlet positions, filler names, timestamps, device locations) use a fixed seed, so every
 * run writes the same bytes. Run from the repository root, with no build:
 * <pre>
 *   java tools/demo-data/GenerateDemoData.java           # generate, then check
 *   java tools/demo-data/GenerateDemoData.java --check   # check the committed files only
 * </pre>
 */
public final class GenerateDemoData {
    private static final long SEED = 20261123L;
    private static final Path SPEC = Path.of("tools", "demo-data");
    private static final Path OUT = Path.of("launcher", "src", "main", "resources", "demo");
    private static final String OUTLETS_HEADER = "outlet_id,name,address,locality,city,region,country,lat,lon";
    private static final List<String> SOURCES = List.of("x", "mastodon", "bluesky", "sms", "whatsapp");
    private static final Map<String, Integer> FIRST_ID = Map.of(
            "x", 20001, "mastodon", 22001, "bluesky", 24001, "sms", 30001, "whatsapp", 32001);
    private static final Instant START = Instant.parse("2026-11-23T01:20:00Z");
    /** Posting hours in UTC: 06:10 to 22:15 in India, 08:40 to 00:45 in the Philippines. */
    private static final LocalTime DAY_STARTS = LocalTime.of(0, 40);
    private static final LocalTime DAY_ENDS = LocalTime.of(16, 45);
    private static final double METRES_PER_DEGREE = 111_320.0;
    private static final double MIN_OUTLET_SPACING_M = 60.0;
    private static final int EXPECTED_MALFORMED = 2;
    /** Cities outside the registry that reports may come from; the list guards the labels against typos. */
    private static final Set<String> OTHER_CITIES = Set.of("Nashik", "Davao City");

    private GenerateDemoData() {
    }

    public static void main(String[] args) throws IOException {
        boolean checkOnly = List.of(args).contains("--check");
        if (!Files.isDirectory(SPEC) || !Files.isDirectory(OUT)) {
            fail("run me from the repository root: java tools/demo-data/GenerateDemoData.java");
        }
        try {
            if (!checkOnly) {
                generate();
            }
            new Checker().check();
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------------ generation

    record Locality(String city, String region, String country, String prefix, String name, double lat, double lon,
                    double radiusM, String postcode, int outlets, List<String> streets, List<String> landmarks) {
    }

    /** A hand-written outlet; {@code position} is null when the generator places it. */
    record Featured(String city, String locality, String name, String addressStem, double[] position) {
    }

    /** An outlet of one locality before it gets its id. */
    record Shop(String name, String addressStem, double[] position) {
    }

    record Outlet(String id, String name, String address, Locality locality, double lat, double lon) {
        String city() {
            return locality.city();
        }
    }

    record Author(String source, String handle, String id, String displayName, String location, Integer followers) {
    }

    private static void generate() throws IOException {
        Random random = new Random(SEED);
        List<Locality> localities = readLocalities();
        List<Outlet> outlets = buildOutlets(localities, random);
        writeOutlets(outlets);
        Set<String> skus = new Checker().catalogSkus();
        new MentionWriter(outlets, localities, skus, random).write();
    }

    private static List<Locality> readLocalities() throws IOException {
        List<Locality> localities = new ArrayList<>();
        for (String line : specLines("localities.txt")) {
            String[] f = line.split("\\|");
            if (f.length != 11) {
                fail("localities.txt: expected 11 fields: " + line);
            }
            List<String> streets = new ArrayList<>();
            List<String> landmarks = new ArrayList<>();
            for (String stem : f[10].split(";")) {
                String s = stem.trim();
                (s.startsWith("nr. ") || s.startsWith("opp. ") ? landmarks : streets).add(s);
            }
            localities.add(new Locality(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(),
                    Double.parseDouble(f[5].trim()), Double.parseDouble(f[6].trim()), Double.parseDouble(f[7].trim()),
                    f[8].trim(), Integer.parseInt(f[9].trim()), streets, landmarks));
        }
        return localities;
    }

    private static List<Outlet> buildOutlets(List<Locality> localities, Random random) throws IOException {
        List<Featured> featured = new ArrayList<>();
        Map<String, List<String>> pools = new LinkedHashMap<>();
        String section = null;
        for (String line : specLines("outlets.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            if ("featured".equals(section)) {
                String[] f = line.split("\\|");
                String[] place = f[0].trim().split("/");
                double[] position = null;
                if (f.length == 4) {
                    String[] latLon = f[3].split(",");
                    position = new double[] {Double.parseDouble(latLon[0].trim()), Double.parseDouble(latLon[1].trim())};
                }
                featured.add(new Featured(place[0], place[1], f[1].trim(), f[2].trim(), position));
            } else if (section != null && section.startsWith("names ")) {
                pools.computeIfAbsent(section.substring("names ".length()), k -> new ArrayList<>()).add(line);
            } else {
                fail("outlets.txt: line outside a section: " + line);
            }
        }
        for (Featured f : featured) {
            if (localities.stream().noneMatch(l -> l.city().equals(f.city()) && l.name().equals(f.locality()))) {
                fail("outlets.txt: no such locality " + f.city() + "/" + f.locality());
            }
        }

        List<Outlet> outlets = new ArrayList<>();
        Map<String, Set<String>> namesByCity = new HashMap<>();
        Map<String, List<String>> fillerByCity = new HashMap<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        for (Locality locality : localities) {
            Set<String> cityNames = namesByCity.computeIfAbsent(locality.city(), c -> new HashSet<>());
            List<String> filler = fillerByCity.computeIfAbsent(locality.city(), c -> {
                List<String> names = new ArrayList<>(pools.getOrDefault(c, List.of()));
                names.addAll(pools.getOrDefault(locality.country(), List.of()));
                Collections.shuffle(names, random);
                List<String> featuredHere = featured.stream().filter(f -> f.city().equals(c)).map(Featured::name).toList();
                // A filler name never contains a featured name of its city (nor the other way round): labels stay unambiguous.
                names.removeIf(n -> featuredHere.stream().anyMatch(fn -> clash(n, fn)));
                return names;
            });
            List<Shop> shops = new ArrayList<>();
            featured.stream()
                    .filter(f -> f.city().equals(locality.city()) && f.locality().equals(locality.name()))
                    .forEach(f -> shops.add(new Shop(f.name(), f.addressStem(), f.position())));
            while (shops.size() < locality.outlets()) {
                String name = filler.stream().filter(n -> !cityNames.contains(n)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("name pool too small for " + locality.city()));
                filler.remove(name);
                shops.add(new Shop(name, fillerAddress(locality, random), null));
            }
            // Hand-placed shops first, so that the generated ones keep their distance from them.
            Map<Shop, double[]> positions = new LinkedHashMap<>();
            List<double[]> taken = new ArrayList<>();
            for (Shop shop : shops) {
                if (!cityNames.add(shop.name())) {
                    fail("two outlets named '" + shop.name() + "' in " + locality.city());
                }
                if (shop.position() != null) {
                    if (metres(locality.lat(), locality.lon(), shop.position()[0], shop.position()[1]) > locality.radiusM() + 100) {
                        fail(shop.name() + " is placed outside " + locality.name());
                    }
                    positions.put(shop, shop.position());
                    taken.add(shop.position());
                }
            }
            for (Shop shop : shops) {
                if (shop.position() == null) {
                    double[] position = placeOutlet(locality, taken, random);
                    positions.put(shop, position);
                    taken.add(position);
                }
            }
            Collections.shuffle(shops, random);
            for (Shop shop : shops) {
                double[] position = positions.get(shop);
                int number = nextNumber.merge(locality.prefix(), 1, Integer::sum);
                String id = String.format(Locale.ROOT, "%s-%04d", locality.prefix(), number);
                String address = shop.addressStem() + ", " + locality.name() + ", " + locality.city() + " " + locality.postcode();
                outlets.add(new Outlet(id, shop.name(), address, locality, position[0], position[1]));
            }
        }
        return outlets;
    }

    private static boolean clash(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static String fillerAddress(Locality locality, Random random) {
        String street = locality.streets().get(random.nextInt(locality.streets().size()));
        boolean withLandmark = !locality.landmarks().isEmpty() && random.nextInt(100) < 45;
        String landmark = withLandmark ? ", " + locality.landmarks().get(random.nextInt(locality.landmarks().size())) : "";
        if (locality.country().equals("India")) {
            return switch (random.nextInt(3)) {
                case 0 -> "Shop " + (1 + random.nextInt(40)) + ", " + street + landmark;
                case 1 -> "Shop No. " + (1 + random.nextInt(25)) + ", " + street + landmark;
                default -> (1 + random.nextInt(300)) + ", " + street + landmark;
            };
        }
        return (1 + random.nextInt(2400)) + " " + street + landmark;
    }

    /** A point uniformly inside the locality's disc, at least {@link #MIN_OUTLET_SPACING_M} from its other outlets, 4 decimals. */
    private static double[] placeOutlet(Locality locality, List<double[]> taken, Random random) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            double distance = locality.radiusM() * Math.sqrt(random.nextDouble());
            double bearing = 2 * Math.PI * random.nextDouble();
            double lat = round4(locality.lat() + distance * Math.cos(bearing) / METRES_PER_DEGREE);
            double lon = round4(locality.lon()
                    + distance * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(locality.lat()))));
            if (taken.stream().allMatch(p -> metres(p[0], p[1], lat, lon) >= MIN_OUTLET_SPACING_M)) {
                return new double[] {lat, lon};
            }
        }
        throw new IllegalStateException("cannot place another outlet in " + locality.name());
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static void writeOutlets(List<Outlet> outlets) throws IOException {
        StringBuilder csv = new StringBuilder(OUTLETS_HEADER).append('\n');
        for (Outlet o : outlets) {
            Locality l = o.locality();
            csv.append(String.join(",", o.id(), csvField(o.name()), csvField(o.address()), csvField(l.name()),
                    csvField(l.city()), csvField(l.region()), csvField(l.country()),
                    String.format(Locale.ROOT, "%.4f", o.lat()), String.format(Locale.ROOT, "%.4f", o.lon()))).append('\n');
        }
        Files.writeString(OUT.resolve("outlets.csv"), csv, StandardCharsets.UTF_8);
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Reads {@code mentions.txt} and writes the mentions and their labels. The line format is described in that file. */
    private static final class MentionWriter {
        private final List<Outlet> outlets;
        private final List<Locality> localities;
        private final Set<String> skus;
        private final Random random;
        private final Map<String, Author> authors = new HashMap<>();
        private final Map<String, Integer> nextId = new HashMap<>(FIRST_ID);
        private final Set<String> cities = new HashSet<>();
        private Instant clock = START;

        MentionWriter(List<Outlet> outlets, List<Locality> localities, Set<String> skus, Random random) {
            this.outlets = outlets;
            this.localities = localities;
            this.skus = skus;
            this.random = random;
            localities.forEach(l -> cities.add(l.city()));
        }

        void write() throws IOException {
            StringBuilder mentions = new StringBuilder();
            StringBuilder labels = new StringBuilder();
            int lineNumber = 0;
            for (String raw : Files.readAllLines(SPEC.resolve("mentions.txt"), StandardCharsets.UTF_8)) {
                lineNumber++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    if (line.equals("!next-day")) {
                        clock = nextMorning(clock);
                    } else if (line.startsWith("!raw ")) {
                        mentions.append(line.substring(5).replace("{ts}", tick().toString())).append('\n');
                    } else {
                        String[] pair = mention(line);
                        mentions.append(pair[0]).append('\n');
                        labels.append(pair[1]).append('\n');
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException("mentions.txt line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
            Files.writeString(OUT.resolve("mentions.jsonl"), mentions, StandardCharsets.UTF_8);
            Files.writeString(OUT.resolve("labels.jsonl"), labels, StandardCharsets.UTF_8);
        }

        private Instant tick() {
            clock = clock.plusSeconds(50 + random.nextInt(470));
            LocalTime time = LocalTime.ofInstant(clock, ZoneOffset.UTC);
            if (time.isAfter(DAY_ENDS)) {
                clock = nextMorning(clock);
            }
            return clock;
        }

        private Instant nextMorning(Instant from) {
            ZonedDateTime day = from.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1);
            return day.with(DAY_STARTS).toInstant().plusSeconds(random.nextInt(900));
        }

        private String[] mention(String line) {
            String[] f = line.split("\\|", 6);
            if (f.length != 6) {
                throw new IllegalArgumentException("expected 6 fields: source | author | lang | flags | label | text");
            }
            String source = f[0].trim();
            if (!SOURCES.contains(source)) {
                throw new IllegalArgumentException("unknown source " + source);
            }
            Author author = author(source, f[1].trim());
            String lang = f[2].trim().equals("-") ? null : f[2].trim();
            String text = f[5].trim().replace("\\n", "\n");
            boolean repost = false;
            double[] geo = null;
            Outlet geoOutlet = null;
            for (String flag : f[3].trim().split(",")) {
                flag = flag.trim();
                if (flag.equals("-") || flag.isEmpty()) {
                    continue;
                } else if (flag.equals("rt")) {
                    repost = true;
                } else if (flag.startsWith("geo@")) {
                    geoOutlet = outlet(flag.substring(4));
                    geo = near(geoOutlet.lat(), geoOutlet.lon(), 3, 12);
                } else if (flag.startsWith("geo~")) {
                    Locality l = locality(flag.substring(4));
                    geo = awayFromOutlets(l);
                } else {
                    throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
            int number = nextId.merge(source, 1, Integer::sum) - 1;
            String id = source + "-" + number;
            Instant at = tick();

            String mentionJson = "{\"id\": " + str(id) + ", \"source\": " + str(source)
                    + ", \"created_at\": " + str(at.toString())
                    + ", \"author\": {\"id\": " + str(author.id()) + ", \"handle\": " + str(author.handle())
                    + ", \"display_name\": " + str(author.displayName()) + ", \"location\": " + str(author.location())
                    + ", \"followers\": " + (author.followers() == null ? "null" : author.followers()) + "}"
                    + ", \"text\": " + str(text) + ", \"lang\": " + str(lang)
                    + ", \"geo\": " + (geo == null ? "null"
                            : String.format(Locale.ROOT, "{\"lat\": %.5f, \"lon\": %.5f}", geo[0], geo[1]))
                    + ", \"is_repost\": " + repost + "}";
            return new String[] {mentionJson, label(id, f[4].trim(), repost, author, geoOutlet)};
        }

        private String label(String id, String spec, boolean repost, Author author, Outlet geoOutlet) {
            String[] parts = spec.split(";");
            boolean stockout = switch (parts[0].trim()) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException("label must start with yes or no: " + spec);
            };
            String sku = null;
            Outlet outlet = null;
            String city = null;
            String locality = null;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                switch (kv[0].trim()) {
                    case "o" -> outlet = kv[1].trim().equals("geo") ? requireGeo(geoOutlet) : outlet(kv[1].trim());
                    case "sku" -> sku = kv[1].trim();
                    case "city" -> city = kv[1].trim();
                    case "loc" -> locality = kv[1].trim();
                    default -> throw new IllegalArgumentException("unknown label key " + kv[0]);
                }
            }
            if (!stockout && parts.length > 1) {
                throw new IllegalArgumentException("a label 'no' carries nothing else: " + spec);
            }
            if (repost && stockout) {
                throw new IllegalArgumentException("a repost is never a stock-out report");
            }
            if (sku != null && !skus.contains(sku)) {
                throw new IllegalArgumentException("sku not in the catalog: " + sku);
            }
            if (outlet != null) {
                if (city != null && !city.equals(outlet.city())) {
                    throw new IllegalArgumentException("city " + city + " is not the outlet's city " + outlet.city());
                }
                city = outlet.city();
                locality = locality == null ? outlet.locality().name() : locality;
            }
            if (city != null && !cities.contains(city) && !OTHER_CITIES.contains(city)) {
                throw new IllegalArgumentException("city neither in the registry nor in OTHER_CITIES: " + city);
            }
            if (stockout && city == null && author.location() != null && cityOfProfile(author.location()) != null) {
                throw new IllegalArgumentException("label has no city but the profile says " + cityOfProfile(author.location()));
            }
            return "{\"id\": " + str(id) + ", \"stockout\": " + stockout + ", \"sku\": " + str(sku)
                    + ", \"outlet_id\": " + str(outlet == null ? null : outlet.id()) + ", \"city\": " + str(city)
                    + ", \"locality\": " + str(locality) + "}";
        }

        private Outlet requireGeo(Outlet geoOutlet) {
            if (geoOutlet == null) {
                throw new IllegalArgumentException("o=geo needs a geo@ flag");
            }
            return geoOutlet;
        }

        /** The registry city a profile location names, by the names people write: Bombay, Bangalore, QC, New Delhi, Cebu. */
        private String cityOfProfile(String location) {
            String l = location.toLowerCase(Locale.ROOT);
            Map<String, String> names = new LinkedHashMap<>();
            names.put("quezon city", "Quezon City");
            names.put("qc", "Quezon City");
            names.put("mumbai", "Mumbai");
            names.put("bombay", "Mumbai");
            names.put("pune", "Pune");
            names.put("delhi", "Delhi");
            names.put("bengaluru", "Bengaluru");
            names.put("bangalore", "Bengaluru");
            names.put("cebu", "Cebu City");
            names.put("manila", "Manila");
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(l).find()) {
                    return e.getValue();
                }
            }
            return null;
        }

        /** {@code handle} for a known author, or {@code handle = display name ; location ; followers} the first time. */
        private Author author(String source, String spec) {
            int eq = spec.indexOf('=');
            String handle = (eq < 0 ? spec : spec.substring(0, eq)).trim();
            String key = source + " " + handle;
            if (eq < 0) {
                Author known = authors.get(key);
                if (known == null) {
                    throw new IllegalArgumentException("unknown author " + key + " (define it with handle = name ; location ; followers)");
                }
                return known;
            }
            if (authors.containsKey(key)) {
                throw new IllegalArgumentException("author defined twice: " + key);
            }
            String[] p = (spec.substring(eq + 1) + " ; ; ").split(";", -1);
            String display = emptyToNull(p[0]);
            String location = emptyToNull(p[1]);
            String followersText = emptyToNull(p[2]);
            Integer followers = followersText == null ? null : Integer.valueOf(followersText);
            Author author = new Author(source, handle, authorId(source, handle), display, location, followers);
            authors.put(key, author);
            return author;
        }

        private Outlet outlet(String ref) {
            int slash = ref.indexOf('/');
            String city = ref.substring(0, slash).trim();
            String prefix = ref.substring(slash + 1).trim().toLowerCase(Locale.ROOT);
            List<Outlet> exact = outlets.stream()
                    .filter(o -> o.city().equals(city) && o.name().toLowerCase(Locale.ROOT).equals(prefix)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            List<Outlet> matches = outlets.stream()
                    .filter(o -> o.city().equals(city) && o.name().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
            if (matches.size() != 1) {
                throw new IllegalArgumentException("outlet reference " + ref + " matches " + matches.size() + " outlets");
            }
            return matches.get(0);
        }

        private Locality locality(String ref) {
            String[] p = ref.split("/");
            return localities.stream().filter(l -> l.city().equals(p[0].trim()) && l.name().equals(p[1].trim()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no such locality " + ref));
        }

        /** A device position in the locality but at least 100 m from every outlet: "around here", not "this shop". */
        private double[] awayFromOutlets(Locality l) {
            for (int attempt = 0; attempt < 1_000; attempt++) {
                double[] p = near(l.lat(), l.lon(), 30, 300);
                if (outlets.stream().allMatch(o -> metres(o.lat(), o.lon(), p[0], p[1]) >= 100)) {
                    return p;
                }
            }
            throw new IllegalStateException("no spot in " + l.name() + " 100 m away from every outlet");
        }

        /** A device position between {@code min} and {@code max} metres from a point, 5 decimals as phones report. */
        private double[] near(double lat, double lon, double min, double max) {
            double distance = min + (max - min) * random.nextDouble();
            double bearing = 2 * Math.PI * random.nextDouble();
            double dLat = distance * Math.cos(bearing) / METRES_PER_DEGREE;
            double dLon = distance * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
            return new double[] {lat + dLat, lon + dLon};
        }
    }

    private static String authorId(String source, String handle) {
        String hash = sha256(source + ":" + handle);
        return switch (source) {
            case "x" -> "u-" + (Long.parseLong(hash.substring(0, 8), 16) % 900_000 + 100_000);
            case "mastodon" -> Long.toString(Long.parseLong(hash.substring(0, 12), 16) % 900_000_000_000L + 100_000_000_000L);
            case "bluesky" -> "did:plc:" + hash.substring(0, 24);
            case "sms" -> "tel-" + hash.substring(0, 6);
            case "whatsapp" -> "wa-" + hash.substring(0, 6);
            default -> throw new IllegalArgumentException("unknown source " + source);
        };
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format(Locale.ROOT, "%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String str(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static List<String> specLines(String file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SPEC.resolve(file), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                lines.add(s);
            }
        }
        return lines;
    }

    private static void fail(String message) {
        System.err.println("demo data: " + message);
        System.exit(1);
    }

    // ------------------------------------------------------------------------------------------------ checking

    /** Checks the four files of the set as the launcher and the evaluate command will read them. */
    private static final class Checker {
        private final List<String> problems = new ArrayList<>();

        Set<String> catalogSkus() throws IOException {
            Object catalog = new JsonReader(Files.readString(OUT.resolve("catalog.json"), StandardCharsets.UTF_8)).readDocument();
            Set<String> skus = new HashSet<>();
            for (Object brand : list(map(catalog).get("brands"))) {
                Map<String, Object> b = map(brand);
                if (!(b.get("brand") instanceof String) || list(b.get("aliases")).isEmpty()) {
                    throw new IllegalArgumentException("catalog brand without a name or aliases: " + b.get("brand"));
                }
                List<Object> products = list(b.get("products"));
                if (products.size() < 2 || products.size() > 5) {
                    throw new IllegalArgumentException("brand " + b.get("brand") + " has " + products.size() + " products");
                }
                for (Object product : products) {
                    Map<String, Object> p = map(product);
                    if (!(p.get("sku") instanceof String sku) || !skus.add(sku) || !(p.get("name") instanceof String)) {
                        throw new IllegalArgumentException("catalog product without a unique sku or a name: " + p);
                    }
                    list(p.get("aliases"));
                }
            }
            return skus;
        }

        void check() throws IOException {
            Set<String> skus = catalogSkus();
            Map<String, String[]> outlets = checkOutlets();
            List<String> mentionIds = new ArrayList<>();
            Map<String, Map<String, Object>> mentions = new HashMap<>();
            int malformed = checkMentions(mentionIds, mentions);
            List<Map<String, Object>> labels = checkLabels(mentionIds, mentions, outlets, skus);
            if (malformed != EXPECTED_MALFORMED) {
                problems.add("expected " + EXPECTED_MALFORMED + " malformed mention lines, found " + malformed);
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println("demo data: " + p));
                System.exit(1);
            }
            summarise(outlets, mentions, labels, malformed);
        }

        private Map<String, String[]> checkOutlets() throws IOException {
            String text = Files.readString(OUT.resolve("outlets.csv"), StandardCharsets.UTF_8);
            List<List<String>> rows = parseCsv(text);
            if (rows.isEmpty() || !String.join(",", rows.get(0)).equals(OUTLETS_HEADER)) {
                problems.add("outlets.csv: header must be " + OUTLETS_HEADER);
                return Map.of();
            }
            Map<String, String[]> outlets = new LinkedHashMap<>();
            Pattern id = Pattern.compile("[A-Z]{3}-\\d{4}");
            Pattern coordinate = Pattern.compile("-?\\d{1,3}\\.\\d{4}");
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                String where = "outlets.csv row " + (i + 1);
                if (row.size() != 9) {
                    problems.add(where + ": " + row.size() + " columns");
                    continue;
                }
                if (!id.matcher(row.get(0)).matches() || outlets.containsKey(row.get(0))) {
                    problems.add(where + ": bad or repeated outlet id " + row.get(0));
                }
                for (int c = 1; c <= 6; c++) {
                    if (row.get(c).isBlank()) {
                        problems.add(where + ": empty column " + (c + 1));
                    }
                }
                if (!coordinate.matcher(row.get(7)).matches() || !coordinate.matcher(row.get(8)).matches()) {
                    problems.add(where + ": lat/lon must have 4 decimals: " + row.get(7) + "," + row.get(8));
                } else {
                    double lat = Double.parseDouble(row.get(7));
                    double lon = Double.parseDouble(row.get(8));
                    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                        problems.add(where + ": lat/lon out of range");
                    }
                    boolean inIndia = lat > 8 && lat < 36 && lon > 68 && lon < 97;
                    boolean inPhilippines = lat > 4.5 && lat < 21 && lon > 116 && lon < 127;
                    if (!(row.get(6).equals("India") ? inIndia : row.get(6).equals("Philippines") && inPhilippines)) {
                        problems.add(where + ": position " + lat + "," + lon + " is not in " + row.get(6));
                    }
                }
                outlets.put(row.get(0), row.toArray(String[]::new));
            }
            return outlets;
        }

        private int checkMentions(List<String> ids, Map<String, Map<String, Object>> mentions) throws IOException {
            int malformed = 0;
            Instant previous = Instant.MIN;
            int lineNumber = 0;
            for (String line : Files.readAllLines(OUT.resolve("mentions.jsonl"), StandardCharsets.UTF_8)) {
                lineNumber++;
                Map<String, Object> m;
                try {
                    m = map(new JsonReader(line).readDocument());
                    requireMention(m);
                } catch (IllegalArgumentException e) {
                    malformed++;
                    System.out.println("malformed line " + lineNumber + " (meant for the dead-letter topic): " + e.getMessage());
                    continue;
                }
                String id = (String) m.get("id");
                if (mentions.put(id, m) != null) {
                    problems.add("mentions.jsonl line " + lineNumber + ": repeated id " + id);
                }
                ids.add(id);
                Instant at = Instant.parse((String) m.get("created_at"));
                if (at.isBefore(previous)) {
                    problems.add("mentions.jsonl line " + lineNumber + ": out of time order");
                }
                previous = at;
            }
            return malformed;
        }

        private static void requireMention(Map<String, Object> m) {
            for (String key : List.of("id", "source", "created_at", "author", "text", "lang", "geo", "is_repost")) {
                if (!m.containsKey(key)) {
                    throw new IllegalArgumentException("missing field " + key);
                }
            }
            if (!(m.get("id") instanceof String id) || id.isBlank()) {
                throw new IllegalArgumentException("id must be text");
            }
            if (!(m.get("source") instanceof String source) || !SOURCES.contains(source)) {
                throw new IllegalArgumentException("unknown source " + m.get("source"));
            }
            if (!id.startsWith(source + "-")) {
                throw new IllegalArgumentException("id " + id + " does not start with its source code");
            }
            try {
                Instant.parse((String) m.get("created_at"));
            } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
                throw new IllegalArgumentException("created_at is not an ISO-8601 instant: " + m.get("created_at"));
            }
            Map<String, Object> author = map(m.get("author"));
            if (!(author.get("id") instanceof String) || !(author.get("handle") instanceof String)) {
                throw new IllegalArgumentException("author needs an id and a handle");
            }
            if (!(m.get("text") instanceof String)) {
                throw new IllegalArgumentException("text must be text");
            }
            if (m.get("lang") != null && !(m.get("lang") instanceof String)) {
                throw new IllegalArgumentException("lang must be text or null");
            }
            if (m.get("geo") != null) {
                Map<String, Object> geo = map(m.get("geo"));
                if (!(geo.get("lat") instanceof BigDecimal lat) || !(geo.get("lon") instanceof BigDecimal lon)
                        || Math.abs(lat.doubleValue()) > 90 || Math.abs(lon.doubleValue()) > 180) {
                    throw new IllegalArgumentException("geo needs a lat and a lon in range");
                }
            }
            if (!(m.get("is_repost") instanceof Boolean)) {
                throw new IllegalArgumentException("is_repost must be true or false");
            }
        }

        private List<Map<String, Object>> checkLabels(List<String> mentionIds, Map<String, Map<String, Object>> mentions,
                                                      Map<String, String[]> outlets, Set<String> skus) throws IOException {
            List<Map<String, Object>> labels = new ArrayList<>();
            List<String> labelIds = new ArrayList<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(OUT.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
                lineNumber++;
                String where = "labels.jsonl line " + lineNumber;
                Map<String, Object> label;
                try {
                    label = map(new JsonReader(line).readDocument());
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                    continue;
                }
                if (!label.keySet().equals(Set.of("id", "stockout", "sku", "outlet_id", "city", "locality"))) {
                    problems.add(where + ": fields must be id, stockout, sku, outlet_id, city, locality");
                    continue;
                }
                labels.add(label);
                labelIds.add((String) label.get("id"));
                boolean stockout = Boolean.TRUE.equals(label.get("stockout"));
                Object sku = label.get("sku");
                Object outletId = label.get("outlet_id");
                if (!stockout && (sku != null || outletId != null || label.get("city") != null || label.get("locality") != null)) {
                    problems.add(where + ": a label that is not a stock-out carries no sku, outlet or place");
                }
                if (sku != null && !skus.contains(sku)) {
                    problems.add(where + ": sku not in catalog.json: " + sku);
                }
                if (outletId != null) {
                    String[] outlet = outlets.get(outletId);
                    if (outlet == null) {
                        problems.add(where + ": outlet not in outlets.csv: " + outletId);
                    } else if (!outlet[4].equals(label.get("city"))) {
                        problems.add(where + ": city " + label.get("city") + " is not the city of " + outletId);
                    }
                }
                Map<String, Object> mention = mentions.get(label.get("id"));
                if (mention != null && stockout && Boolean.TRUE.equals(mention.get("is_repost"))) {
                    problems.add(where + ": a repost labelled as a stock-out");
                }
            }
            if (!labelIds.equals(mentionIds)) {
                problems.add("labels.jsonl must label every well-formed mention, in the same order, and nothing else");
            }
            return labels;
        }

        private void summarise(Map<String, String[]> outlets, Map<String, Map<String, Object>> mentions,
                               List<Map<String, Object>> labels, int malformed) {
            Map<String, Integer> byCity = new TreeMap<>();
            outlets.values().forEach(o -> byCity.merge(o[4], 1, Integer::sum));
            System.out.println("outlets: " + outlets.size() + " " + byCity);
            long stockouts = labels.stream().filter(l -> Boolean.TRUE.equals(l.get("stockout"))).count();
            long withOutlet = labels.stream().filter(l -> l.get("outlet_id") != null).count();
            long placeOnly = labels.stream().filter(l -> Boolean.TRUE.equals(l.get("stockout")) && l.get("outlet_id") == null
                    && (l.get("city") != null || l.get("locality") != null)).count();
            long withSku = labels.stream().filter(l -> l.get("sku") != null).count();
            System.out.printf(Locale.ROOT, "mentions: %d well-formed + %d malformed; stock-outs %d (%d%%): %d with an outlet (%d%%),"
                            + " %d with only a place, %d with nothing; %d name a product%n",
                    labels.size(), malformed, stockouts, 100 * stockouts / labels.size(), withOutlet,
                    100 * withOutlet / labels.size(), placeOnly, stockouts - withOutlet - placeOnly, withSku);
            Map<String, Integer> reportsPerOutlet = new HashMap<>();
            labels.stream().filter(l -> l.get("outlet_id") != null)
                    .forEach(l -> reportsPerOutlet.merge((String) l.get("outlet_id"), 1, Integer::sum));
            long several = reportsPerOutlet.values().stream().filter(n -> n >= 2).count();
            int most = reportsPerOutlet.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            System.out.println("outlets reported: " + reportsPerOutlet.size() + ", by two or more reports: " + several
                    + ", most reports on one outlet: " + most);
            Map<String, Integer> sources = new TreeMap<>();
            Map<String, Integer> langs = new TreeMap<>();
            int reposts = 0;
            int geo = 0;
            for (Map<String, Object> m : mentions.values()) {
                sources.merge((String) m.get("source"), 1, Integer::sum);
                langs.merge(String.valueOf(m.get("lang")), 1, Integer::sum);
                reposts += Boolean.TRUE.equals(m.get("is_repost")) ? 1 : 0;
                geo += m.get("geo") != null ? 1 : 0;
            }
            System.out.println("sources " + sources + ", lang " + langs + ", reposts " + reposts + ", with geo " + geo);
            System.out.println("demo data: all checks passed");
        }

        private static List<List<String>> parseCsv(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (fieldStarted || field.length() > 0) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("expected a JSON array, found " + value);
        }
        return (List<Object>) value;
    }

    /** A strict JSON reader (RFC 8259) for the checks: objects, arrays, strings, numbers, true, false, null. */
    private static final class JsonReader {
        private final String text;
        private int at;

        JsonReader(String text) {
            this.text = text;
        }

        Object readDocument() {
            Object value = readValue();
            skipSpace();
            if (at != text.length()) {
                throw error("text after the JSON value");
            }
            return value;
        }

        private Object readValue() {
            skipSpace();
            if (at >= text.length()) {
                throw error("unexpected end of input");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return readObject();
                case '[':
                    return readArray();
                case '"':
                    return readString();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return readNumber();
            }
        }

        private Map<String, Object> readObject() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek() == '}') {
                at++;
                return object;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a field name");
                }
                String key = readString();
                skipSpace();
                expect(':');
                if (object.containsKey(key)) {
                    throw error("repeated field " + key);
                }
                object.put(key, readValue());
                skipSpace();
                char c = next();
                if (c == '}') {
                    return object;
                }
                if (c != ',') {
                    throw error("expected , or }");
                }
            }
        }

        private List<Object> readArray() {
            List<Object> array = new ArrayList<>();
            at++;
            skipSpace();
            if (peek() == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(readValue());
                skipSpace();
                char c = next();
                if (c == ']') {
                    return array;
                }
                if (c != ',') {
                    throw error("expected , or ]");
                }
            }
        }

        private String readString() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return s.toString();
                }
                if (c < 0x20) {
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private BigDecimal readNumber() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                throw error("bad value '" + number + "'");
            }
            return new BigDecimal(number);
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("bad literal");
            }
            at += word.length();
            return value;
        }

        private void skipSpace() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("unexpected end of input");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected " + c);
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("JSON: " + message + " at character " + at);
        }
    }
}
