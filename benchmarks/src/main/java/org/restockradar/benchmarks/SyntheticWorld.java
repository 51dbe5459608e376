package org.restockradar.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;
import org.restockradar.stream.understanding.Catalog;

/**
 * A deterministic synthetic world for benchmarks: a registry of outlets spread over cities and localities, with
 * shop names drawn from a small vocabulary so that names repeat across the country as they do in real life
 * ("Shree Ganesh Kirana" in hundreds of cities), and a stream of mentions that name those shops in the phrasings
 * and scripts the stage reads.
 */
public final class SyntheticWorld {
    private static final String[] OWNERS = {"Sharma", "Gupta", "Patel", "Agarwal", "Jain", "Shree Ganesh", "Sai",
            "Balaji", "Laxmi", "Om Sai", "Mahavir", "Krishna", "Jai Ambe", "Shiv Shakti", "Hanuman", "Murugan",
            "Annapurna", "Durga", "Kaveri", "Manjunatha", "Aling Nena", "Mang Jose", "Tita Baby", "Kuya Ben",
            "Jalaram", "Umiya", "Saoji", "Deshpande", "Ghosh", "Bansal", "Goel", "Yadav", "Chawla", "Khanna",
            "Bhatia", "Thomas", "Selvam", "Ratnadeep", "Nandini", "Siddhivinayak", "Maa Tara", "Jai Malhar",
            "Kohinoor", "Noble", "Apna", "Royal", "Ganga", "Sagar", "Venkateshwara", "Tirupati"};
    private static final String[] KINDS = {"General Store", "Kirana Store", "Provision Store", "Stores",
            "Kirana", "Sari-Sari Store", "Mini Mart", "Supermarket", "Departmental Store", "Medical"};
    private static final String[] CHAINS = {"Reliance Fresh", "More Supermarket", "Apollo Pharmacy", "7-Eleven",
            "Mercury Drug", "MedPlus", "Wellness Forever", "Ministop"};
    private static final String[] SYLLABLES = {"ka", "ra", "pur", "na", "gar", "vi", "la", "ban", "ko", "thi",
            "ma", "li", "sa", "de", "va", "ji", "an", "dh", "ri", "to", "pa", "lo", "bag", "wa"};

    /** The phrasings of the mentions, each with two slots: the outlet's name and its locality. */
    public static final List<String> PHRASINGS = List.of(
            "can't find Hippo at %s, %s :( @hungryforhippo",
            "no hippo chilli garlic at %s nr %s since monday 😤",
            "%s %s pe Appy Fizz 600 nahi hai bhai",
            "Wala nang Hippo sa %s sa %s 😭",
            "%s (%s) has Hippo back in stock, finally!",
            "Is Hippo available at %s %s?",
            "%s, %s: out of Hippo Italian Pizza AGAIN",
            "watched a hippo at the zoo near %s %s today",
            "%s %s में हिप्पो नहीं मिल रहा 😩",
            "please restock appy fizz 250 at %s in %s");
    /** Which of {@link #PHRASINGS} are stock-out reports (the others: found it, a question, the zoo). */
    public static final List<Integer> REPORT_PHRASINGS = List.of(0, 1, 2, 3, 6, 8, 9);
    /** A report without a place: with a device location near the outlet it names the outlet by the point. */
    public static final String THIS_SHOP = "this shop never has Hippo 😑";

    private SyntheticWorld() {
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** {@code count} outlets over {@code cities} cities of 50 localities each. */
    public static List<Outlet> outlets(int count, int cities, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> cityNames = new ArrayList<>(cities);
        List<double[]> centres = new ArrayList<>(cities);
        List<List<String>> localities = new ArrayList<>(cities);
        for (int c = 0; c < cities; c++) {
            cityNames.add(word(r, 3) + (c % 7 == 0 ? " City" : ""));
            centres.add(new double[]{8 + r.nextDouble() * 20, 72 + r.nextDouble() * 16});
            List<String> locs = new ArrayList<>(50);
            for (int l = 0; l < 50; l++) {
                locs.add(word(r, 2) + (l % 3 == 0 ? " Nagar" : l % 5 == 0 ? " West" : ""));
            }
            localities.add(locs);
        }
        List<Outlet> outlets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int c = r.nextInt(cities);
            int l = r.nextInt(50);
            String locality = localities.get(c).get(l);
            String name = r.nextInt(6) == 0
                    ? CHAINS[r.nextInt(CHAINS.length)] + " - " + locality
                    : OWNERS[r.nextInt(OWNERS.length)] + " " + KINDS[r.nextInt(KINDS.length)];
            double[] centre = centres.get(c);
            double lat = centre[0] + (l / 7 - 3) * 0.02 + r.nextDouble() * 0.02;
            double lon = centre[1] + (l % 7 - 3) * 0.02 + r.nextDouble() * 0.02;
            String pin = String.valueOf(100000 + c * 100 + l);
            outlets.add(new Outlet(String.format("SYN-%07d", i), name, "Main Road, " + locality + ", " + cityNames.get(c) + " " + pin,
                    locality, cityNames.get(c), null, "India", new GeoPoint(lat, lon)));
        }
        return outlets;
    }

    /** The catalog of the benchmark, as the stream processor's {@code catalog.file} holds it: two brands, five products. */
    public static final String CATALOG_JSON = """
                {"brands": [
                  {"brand": "Hippo", "aliases": ["hippo", "hippo chips", "#hungryforhippo", "@hungryforhippo", "हिप्पो"],
                   "products": [
                     {"sku": "H-CG", "name": "Hippo Chilli Garlic", "aliases": ["chilli garlic hippo"]},
                     {"sku": "H-PZ", "name": "Hippo Italian Pizza", "aliases": ["hippo pizza"]},
                     {"sku": "H-TH", "name": "Hippo Thai Sweet Chilli", "aliases": ["hippo thai chilli"]}]},
                  {"brand": "Appy Fizz", "aliases": ["appy fizz", "appyfizz", "#appyfizz"],
                   "products": [
                     {"sku": "AF-250", "name": "Appy Fizz 250 ml", "aliases": ["appy fizz 250"]},
                     {"sku": "AF-600", "name": "Appy Fizz 600 ml", "aliases": ["appy fizz 600"]}]}
                ]}""";

    /** The catalog of the benchmark: two brands, five products. */
    public static Catalog catalog() {
        return Catalog.parse(CATALOG_JSON);
    }

    /** {@code count} mentions about outlets of the registry, in a mix of phrasings, languages and outcomes. */
    public static List<Mention> mentions(List<Outlet> outlets, int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Outlet o = outlets.get(r.nextInt(outlets.size()));
            String text = String.format(PHRASINGS.get(i % PHRASINGS.size()), o.name(), o.locality());
            GeoPoint geo = i % 9 == 0 ? new GeoPoint(o.location().lat() + 0.0001, o.location().lon()) : null;
            if (i % 9 == 0) {
                text = THIS_SHOP;
            }
            mentions.add(new Mention("bench-" + i, Source.X, Instant.parse("2026-11-01T00:00:00Z"),
                    new Author("u-" + i, "user" + i, "User", i % 2 == 0 ? o.city() : null, 100),
                    text, null, geo, false));
        }
        return mentions;
    }
}
