package org.restockradar.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small world with known outcomes: an outlet registry of shops whose names appear nowhere else, a catalog of
 * three products, and a file of mentions with unique ids, each of which is known to become a report for one outlet
 * and product, to become nothing (not a stock-out), or to be poison that must end in {@code dead-letters}.
 *
 * <p>Every {@value #NOT_A_REPORT_EVERY}th mention is not a report ("the baby hippo at the zoo"); poison replaces
 * mentions at the given share, spread evenly, cycling through the {@link PoisonKind}s. FaultWorldTest checks the
 * outcomes against the real understanding stage.
 */
public final class FaultWorld {
    static final int NOT_A_REPORT_EVERY = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BRAND = "Hippo";

    /** The products of the catalog: SKU, name, the name as shoppers write it. */
    record Product(String sku, String name) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("HIPPO-TANGY-TOMATO", "Hippo Tangy Tomato"),
            new Product("HIPPO-CHILLI-GARLIC", "Hippo Chilli Garlic"),
            new Product("HIPPO-ITALIAN-PIZZA", "Hippo Italian Pizza"));

    private static final String CATALOG = """
            {"brands": [
              {"brand": "Hippo",
               "aliases": ["hippo", "hippo chips", "#hungryforhippo"],
               "products": [
                 {"sku": "HIPPO-TANGY-TOMATO", "name": "Hippo Tangy Tomato", "aliases": ["tangy tomato hippo", "hippo tomato"]},
                 {"sku": "HIPPO-CHILLI-GARLIC", "name": "Hippo Chilli Garlic", "aliases": ["chilli garlic hippo"]},
                 {"sku": "HIPPO-ITALIAN-PIZZA", "name": "Hippo Italian Pizza", "aliases": ["hippo pizza"]}]}
            ]}
            """;

    /** Real cities and localities, so the gazetteer knows them. */
    private static final String[][] PLACES = {
            {"Jaipur", "Rajasthan", "Malviya Nagar", "26.8549", "75.8243"},
            {"Kolkata", "West Bengal", "Ballygunge", "22.5180", "88.3667"},
            {"Pune", "Maharashtra", "Kothrud", "18.5074", "73.8077"},
            {"Nagpur", "Maharashtra", "Dharampeth", "21.1400", "79.0600"},
            {"Lucknow", "Uttar Pradesh", "Hazratganj", "26.8500", "80.9460"},
            {"Indore", "Madhya Pradesh", "Vijay Nagar", "22.7533", "75.8937"}};
    private static final String[] OWNERS = {"Agarwal", "Dutta", "Kulkarni", "Deshmukh", "Srivastava", "Malviya",
            "Chaturvedi", "Banerjee", "Joshi", "Khandelwal", "Trivedi", "Mukherjee"};
    private static final String[] KINDS = {"Provision Store", "Bhandar", "General Stores", "Kirana Mart"};
    private static final String[] REPORT_TEMPLATES = {
            "can't find %s at %s, %s since Sunday",
            "%s out of stock again at %s %s",
            "%3$s: %2$s has no %1$s, please restock"};

    /** One outlet of the registry. */
    record Shop(String id, String name, String locality, String city, String region, double lat, double lon) {
    }

    /** A line of the mentions file and what must become of it. */
    record Line(int number, String mentionId, Outcome outcome, String outletId, String sku, PoisonKind poison) {
    }

    /** What must become of a line. */
    enum Outcome { REPORT, NOTHING, DEAD_LETTER }

    private final List<Shop> shops;
    private final List<Line> lines;
    private final List<byte[]> content;

    private FaultWorld(List<Shop> shops, List<Line> lines, List<byte[]> content) {
        this.shops = shops;
        this.lines = lines;
        this.content = content;
    }

    /**
     * Generates a world.
     *
     * @param outlets how many outlets (at most owners × kinds × places)
     * @param mentions how many lines in the mentions file
     * @param poisonPercent the share of poison lines, in whole per cent (0 for none)
     * @param createdAt the creation time of every mention
     */
    public static FaultWorld generate(int outlets, int mentions, int poisonPercent, Instant createdAt) {
        int most = OWNERS.length * KINDS.length * PLACES.length;
        if (outlets < 1 || outlets > most) {
            throw new IllegalArgumentException("outlets must be within [1, " + most + "]: " + outlets);
        }
        if (poisonPercent < 0 || poisonPercent > 50) {
            throw new IllegalArgumentException("poisonPercent must be within [0, 50]: " + poisonPercent);
        }
        List<Shop> shops = new ArrayList<>(outlets);
        for (int i = 0; i < outlets; i++) {
            String[] place = PLACES[i % PLACES.length];
            String name = OWNERS[(i / PLACES.length) % OWNERS.length] + " " + KINDS[(i / (PLACES.length * OWNERS.length)) % KINDS.length];
            shops.add(new Shop(String.format(Locale.ROOT, "FLT-%04d", i), name, place[2], place[0], place[1],
                    Double.parseDouble(place[3]) + (i / PLACES.length) * 0.0005, Double.parseDouble(place[4])));
        }
        int poisonEvery = poisonPercent == 0 ? Integer.MAX_VALUE : 100 / poisonPercent;
        List<Line> lines = new ArrayList<>(mentions);
        List<byte[]> content = new ArrayList<>(mentions);
        int poisoned = 0;
        for (int i = 0; i < mentions; i++) {
            int number = i + 1;
            String id = "x-fault-" + number;
            if (i % poisonEvery == poisonEvery - 1) {
                PoisonKind kind = PoisonKind.values()[poisoned++ % PoisonKind.values().length];
                lines.add(new Line(number, id, Outcome.DEAD_LETTER, null, null, kind));
                content.add(kind.line(id, createdAt));
            } else if (i % NOT_A_REPORT_EVERY == NOT_A_REPORT_EVERY - 1) {
                Shop shop = shops.get(i % shops.size());
                lines.add(new Line(number, id, Outcome.NOTHING, null, null, null));
                content.add(mention(id, createdAt, i, "the baby hippo at the zoo near " + shop.locality() + " is adorable"));
            } else {
                Shop shop = shops.get(i % shops.size());
                Product product = PRODUCTS.get((i / shops.size()) % PRODUCTS.size());
                String template = REPORT_TEMPLATES[i % REPORT_TEMPLATES.length];
                lines.add(new Line(number, id, Outcome.REPORT, shop.id(), product.sku(), null));
                content.add(mention(id, createdAt, i, String.format(Locale.ROOT, template, product.name(), shop.name(), shop.locality())));
            }
        }
        return new FaultWorld(List.copyOf(shops), List.copyOf(lines), content);
    }

    static byte[] mention(String id, Instant createdAt, int i, String text) {
        return ("{\"id\": \"" + id + "\", \"source\": \"x\", \"created_at\": \"" + createdAt + "\", \"author\": {\"id\": \"fu-"
                + (i % 97) + "\", \"handle\": \"shopper" + (i % 97) + "\", \"display_name\": \"Shopper\", \"location\": null, \"followers\": 10}, "
                + "\"text\": " + quote(text) + ", \"lang\": \"en\", \"geo\": null, \"is_repost\": false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot quote a string as JSON", e);
        }
    }

    public List<Shop> shops() {
        return shops;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Writes {@code catalog.json}, {@code outlets.csv} and {@code mentions.jsonl} into {@code dir}. */
    public WorldFiles written(Path dir) {
        try {
            Files.createDirectories(dir);
            Path catalog = Files.writeString(dir.resolve("catalog.json"), CATALOG, StandardCharsets.UTF_8);
            StringBuilder csv = new StringBuilder("outlet_id,name,address,locality,city,region,country,lat,lon\n");
            for (Shop shop : shops) {
                csv.append(shop.id()).append(',').append(shop.name()).append(",\"Main Road, ").append(shop.locality())
                        .append("\",").append(shop.locality()).append(',').append(shop.city()).append(',').append(shop.region())
                        .append(",India,").append(String.format(Locale.ROOT, "%.5f,%.5f", shop.lat(), shop.lon())).append('\n');
            }
            Path outlets = Files.writeString(dir.resolve("outlets.csv"), csv, StandardCharsets.UTF_8);
            Path mentions = dir.resolve("mentions.jsonl");
            try (OutputStream out = Files.newOutputStream(mentions)) {
                for (byte[] line : content) {
                    out.write(line);
                    out.write('\n');
                }
            }
            return new WorldFiles(catalog, outlets, mentions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the fault world to " + dir, e);
        }
    }

    /** The files of a written world. */
    public record WorldFiles(Path catalog, Path outlets, Path mentions) {
    }
}
