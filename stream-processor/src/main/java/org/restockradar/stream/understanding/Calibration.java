package org.restockradar.stream.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the stage's raw confidence in a stock-out report to the share of such reports that were right on labelled
 * sets: isotonic bins (pool-adjacent-violators over the raw confidence, so a higher raw confidence never gets a lower
 * calibrated one), each bin's value smoothed as (right + 1) / (reports + 2) so that a small bin says neither 0 nor 1;
 * a raw confidence between two bins' upper ends is read on the line between their values.
 * A report is right when the mention is a stock-out and, if the stage named an outlet, it is the labelled outlet.
 *
 * <p>A raw confidence at or below {@link #HELD_UP_TO} is a hold, not a probability (the rules' own doubt, a near
 * spelling, or the report model's, {@link ReportModel#DOUBTED_CONFIDENCE}): it keeps ops from sending a crew, so it is
 * neither fitted on nor changed. On the project's sets such held reports are right more often than the reports above
 * them (most are true reports with a misspelt brand), so fitting them would lift them above the review threshold.
 *
 * <p>The bins live in {@value #RESOURCE} on the class path, written by {@code evaluate --fit-calibration}. Without
 * that file the calibration is the identity. Only stock-out reports are calibrated; the confidence of "not a report"
 * is left as the stage gave it.
 */
public final class Calibration {
    private static final Logger LOG = LoggerFactory.getLogger(Calibration.class);

    /** Where the fitted bins are read from. */
    public static final String RESOURCE = "understanding/calibration.tsv";
    /** Raw confidences up to this are holds for ops review: left as they are and not fitted on. */
    public static final double HELD_UP_TO = ReportModel.DOUBTED_CONFIDENCE;
    private static final double TOLERANCE = 1e-9;
    /** A fitted bin holds at least this many reports (when there are as many). */
    static final int MIN_REPORTS = 10;

    /** Leaves every confidence as it is. */
    public static final Calibration IDENTITY = new Calibration(List.of());

    /** One bin: raw confidences up to {@code rawUpTo} (above the previous bin's) map to {@code calibrated}. */
    public record Bin(double rawUpTo, double calibrated, int reports, int right) {
        public Bin {
            if (!(rawUpTo >= 0 && rawUpTo <= 1) || !(calibrated >= 0 && calibrated <= 1)) {
                throw new IllegalArgumentException("a bin maps [0, 1] to [0, 1]: " + rawUpTo + " -> " + calibrated);
            }
            if (reports < 0 || right < 0 || right > reports) {
                throw new IllegalArgumentException("a bin counts right <= reports: " + right + "/" + reports);
            }
        }
    }

    /** A report seen on a labelled set: its raw confidence and whether it was right. */
    public record Observation(double raw, boolean right) {
    }

    private final List<Bin> bins;

    private Calibration(List<Bin> bins) {
        this.bins = List.copyOf(bins);
        for (int i = 1; i < this.bins.size(); i++) {
            if (this.bins.get(i).rawUpTo() <= this.bins.get(i - 1).rawUpTo()) {
                throw new IllegalArgumentException("bins must rise in raw confidence: " + this.bins.get(i - 1) + ", " + this.bins.get(i));
            }
            if (this.bins.get(i).calibrated() < this.bins.get(i - 1).calibrated()) {
                throw new IllegalArgumentException("bins must not fall in calibrated confidence: " + this.bins.get(i - 1) + ", " + this.bins.get(i));
            }
        }
    }

    public static Calibration of(List<Bin> bins) {
        return new Calibration(bins);
    }

    public List<Bin> bins() {
        return bins;
    }

    public boolean isIdentity() {
        return bins.isEmpty();
    }

    /** The calibrated confidence of a stock-out report with this raw confidence. */
    public double apply(double raw) {
        if (bins.isEmpty() || isHold(raw)) {
            return raw;
        }
        Bin first = bins.get(0);
        if (raw <= first.rawUpTo()) {
            return first.calibrated();
        }
        for (int i = 1; i < bins.size(); i++) {
            Bin below = bins.get(i - 1);
            Bin bin = bins.get(i);
            if (raw <= bin.rawUpTo()) {
                // between two fitted points the line between them: a raw confidence no labelled report had (a
                // doubted report at 0.4 between bins at 0.3 and 0.7) is not lifted to the higher bin's value
                double t = (raw - below.rawUpTo()) / (bin.rawUpTo() - below.rawUpTo());
                return below.calibrated() + t * (bin.calibrated() - below.calibrated());
            }
        }
        return bins.get(bins.size() - 1).calibrated();
    }

    /** A stock-out report with its confidence calibrated; anything else unchanged. */
    public Understanding apply(Understanding understanding) {
        if (bins.isEmpty() || !understanding.stockout()) {
            return understanding;
        }
        return understanding.withConfidence(apply(understanding.confidence()));
    }

    private static boolean isHold(double raw) {
        return raw <= HELD_UP_TO + TOLERANCE;
    }

    /**
     * Fits the bins to observations (pool adjacent violators on the smoothed share of right reports); holds
     * ({@link #HELD_UP_TO}) are left out.
     */
    public static Calibration fit(List<Observation> observations) {
        Observation[] sorted = observations.stream().filter(o -> !isHold(o.raw())).toArray(Observation[]::new);
        if (sorted.length == 0) {
            return IDENTITY;
        }
        Arrays.sort(sorted, Comparator.comparingDouble(Observation::raw));
        // one block per distinct raw confidence, then each block in turn pooled into the blocks before it while
        // they say more than it does
        List<int[]> blocks = new ArrayList<>();
        List<Double> blockUpTo = new ArrayList<>();
        for (Observation o : sorted) {
            int last = blockUpTo.size() - 1;
            if (last < 0 || o.raw() != blockUpTo.get(last)) {
                blocks.add(new int[] {0, 0});
                blockUpTo.add(o.raw());
                last++;
            }
            blocks.get(last)[0]++;
            if (o.right()) {
                blocks.get(last)[1]++;
            }
        }
        List<int[]> counts = new ArrayList<>(blocks.size());
        List<Double> upTo = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            counts.add(blocks.get(i));
            upTo.add(blockUpTo.get(i));
            pool(counts, upTo);
        }
        mergeSmall(counts, upTo);
        // the smoothed share of two pooled bins can fall just outside theirs: pool adjacent violators once more
        List<int[]> merged = new ArrayList<>(counts.size());
        List<Double> mergedUpTo = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            merged.add(counts.get(i));
            mergedUpTo.add(upTo.get(i));
            pool(merged, mergedUpTo);
        }
        List<Bin> bins = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            bins.add(new Bin(mergedUpTo.get(i), smoothed(merged.get(i)), merged.get(i)[0], merged.get(i)[1]));
        }
        return new Calibration(bins);
    }

    /**
     * Pools a bin of fewer than {@link #MIN_REPORTS} reports into the bin above it (the last into the one below):
     * one report at a raw confidence of its own would otherwise pull every raw confidence between it and the next bin
     * down the line between them. Two neighbours of a rising sequence pooled stay between them, so the order holds.
     */
    private static void mergeSmall(List<int[]> counts, List<Double> upTo) {
        int i = 0;
        while (counts.size() > 1 && i < counts.size()) {
            if (counts.get(i)[0] >= MIN_REPORTS) {
                i++;
                continue;
            }
            int into = i + 1 < counts.size() ? i + 1 : i - 1;
            int[] small = counts.remove(i);
            double smallUpTo = upTo.remove(i);
            int at = into > i ? i : into;
            counts.get(at)[0] += small[0];
            counts.get(at)[1] += small[1];
            upTo.set(at, Math.max(upTo.get(at), smallUpTo));
            i = Math.max(0, at - 1);
        }
    }

    private static void pool(List<int[]> counts, List<Double> upTo) {
        // only the last block can have broken the order: pool it into the one before while it says less
        int n = counts.size();
        while (n >= 2 && smoothed(counts.get(n - 2)) > smoothed(counts.get(n - 1))) {
            int[] before = counts.get(n - 2);
            int[] last = counts.remove(n - 1);
            before[0] += last[0];
            before[1] += last[1];
            upTo.set(n - 2, upTo.remove(n - 1));
            n--;
        }
    }

    private static double smoothed(int[] block) {
        return (block[1] + 1.0) / (block[0] + 2.0);
    }

    /** The bins from the class path, or the identity when the file is not there. */
    public static Calibration fromClassPath() {
        InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            LOG.info("no {} on the class path: confidence is reported uncalibrated", RESOURCE);
            return IDENTITY;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads bins written by {@link #write}: lines "raw_up_to TAB calibrated TAB reports TAB right", '#' comments. */
    public static Calibration read(Reader reader) throws IOException {
        List<Bin> bins = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\t");
            try {
                bins.add(new Bin(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("calibration line " + number + " is not 'raw_up_to<TAB>calibrated<TAB>reports<TAB>right': " + line, e);
            }
        }
        return new Calibration(bins);
    }

    /** Writes the bins, after comment lines that say where they came from. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write("# raw_up_to\tcalibrated\treports\tright\n");
        for (Bin b : bins) {
            out.write(String.format(Locale.ROOT, "%.4f\t%.4f\t%d\t%d", b.rawUpTo(), b.calibrated(), b.reports(), b.right()) + "\n");
        }
        out.flush();
    }

    @Override
    public String toString() {
        return bins.isEmpty() ? "Calibration[identity]" : "Calibration" + bins;
    }
}
