package org.restockradar.benchmarks.load;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.restockradar.benchmarks.SyntheticWorld;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Source;

/**
 * Mentions that match a {@link SyntheticWorld} registry, in the shares a brand's stream has: {@link #REPORT_PERCENT}
 * stock-out reports naming an outlet (one in nine a "this shop" post with a device location instead), the rest
 * found-it posts, questions, the zoo and chatter about the brand that names no shop; and one mention in
 * {@link #HOT_PERCENT} about a small set of hot outlets, so that an outlet's reports repeat and join one job.
 */
final class LoadStream {
    /** Share of reports: the demo stream of issue 16 had 43,000 reports in 100,000 mentions. */
    static final int REPORT_PERCENT = 45;
    /** Share of the non-reports that name no outlet at all. */
    static final int CHATTER_PERCENT_OF_OTHERS = 40;
    /** Share of mentions about the hot outlets. */
    static final int HOT_PERCENT = 20;
    /** The hot outlets: one in a thousand of the registry, at least ten. */
    static final int HOT_PER_MILLE = 1;
    private static final List<String> CHATTER = List.of(
            "hippo chilli garlic with chai is the best evening snack",
            "appy fizz party tonight 🎉",
            "anyone tried the new hippo flavour?",
            "#hungryforhippo contest when??",
            "Appy Fizz ka ad dekha? mast hai");
    private static final List<Integer> OTHER_PHRASINGS = java.util.stream.IntStream
            .range(0, SyntheticWorld.PHRASINGS.size()).boxed()
            .filter(i -> !SyntheticWorld.REPORT_PHRASINGS.contains(i)).toList();

    private final List<Outlet> outlets;
    private final int hotOutlets;
    private final SplittableRandom random;

    LoadStream(List<Outlet> outlets, long seed) {
        if (outlets.isEmpty()) {
            throw new IllegalArgumentException("no outlets to mention");
        }
        this.outlets = List.copyOf(outlets);
        this.hotOutlets = Math.min(outlets.size(), Math.max(10, outlets.size() * HOT_PER_MILLE / 1000));
        this.random = new SplittableRandom(seed);
    }

    /** The next mention, with the given id and time. */
    Mention next(String id, Instant time) {
        Outlet outlet = random.nextInt(100) < HOT_PERCENT ? outlets.get(random.nextInt(hotOutlets))
                : outlets.get(random.nextInt(outlets.size()));
        String text;
        GeoPoint geo = null;
        if (random.nextInt(100) < REPORT_PERCENT) {
            if (random.nextInt(9) == 0) {
                text = SyntheticWorld.THIS_SHOP;
                geo = new GeoPoint(outlet.location().lat() + 0.0001, outlet.location().lon());
            } else {
                text = phrase(SyntheticWorld.REPORT_PHRASINGS.get(random.nextInt(SyntheticWorld.REPORT_PHRASINGS.size())), outlet);
            }
        } else if (random.nextInt(100) < CHATTER_PERCENT_OF_OTHERS) {
            text = CHATTER.get(random.nextInt(CHATTER.size()));
        } else {
            text = phrase(OTHER_PHRASINGS.get(random.nextInt(OTHER_PHRASINGS.size())), outlet);
        }
        int reporter = random.nextInt(1_000_000);
        return new Mention(id, Source.X, time,
                new Author("u-" + reporter, "user" + reporter, "User", random.nextBoolean() ? outlet.city() : null, 100),
                text, null, geo, false);
    }

    private static String phrase(int phrasing, Outlet outlet) {
        return String.format(SyntheticWorld.PHRASINGS.get(phrasing), outlet.name(), outlet.locality());
    }
}
