package org.restockradar.stream.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The learned report classifier: L2-regularised logistic regression over {@link ReportFeatures}, trained offline
 * ({@code train-model}) from labelled sets kept in the project. {@link #probability} is the probability that a post
 * reports its tracked brand missing now, given its tokens, where the catalog matched and what the rules
 * ({@link IntentReader}) decided; {@link #combine} turns the rules' intent and that probability into the decision the
 * project recommends. Immutable and thread-safe: the weights are one array read by every thread, a call allocates only a
 * few small arrays (about 110 bytes per post).
 *
 * <p>The weights file ({@value #RESOURCE} in the jar) is UTF-8 text: lines starting {@code #} are comments, then
 * {@code format 1}, {@code buckets N}, {@code char-ngrams MIN MAX}, optionally {@code rule-features true|false} (default true) and {@code relational-features true|false} (default false, session 12), {@code bias B} and one {@code INDEX WEIGHT} line per
 * non-zero weight, fields separated by a tab.
 */
public final class ReportModel {
    /** The weights shipped in the jar. */
    public static final String RESOURCE = "/model/report-model.tsv";
    private static final int FORMAT = 1;

    /**
     * {@link #combine}: a report of the rules that the model gives less than this probability is held for ops review
     * (cross-validation over the project's sets and the training sets, docs/understanding.md "Learned classifier";
     * session 12 measured 0.3 to 0.5 too: more false reports held, and more true reports of the sets the rules were
     * tuned on).
     */
    public static final double DOUBT_BELOW = 0.2;
    /**
     * The confidence of a report the model doubts: below the confidence at which a report goes to a crew, so that it
     * goes to ops review instead (issue 14 item 6); keep it below that threshold when the threshold changes.
     */
    public static final double DOUBTED_CONFIDENCE = 0.4;

    private final ReportFeatures features;
    private final float[] weights;
    private final double bias;

    public ReportModel(ReportFeatures features, float[] weights, double bias) {
        if (weights.length != features.buckets()) {
            throw new IllegalArgumentException("weights for " + weights.length + " buckets, features hash into " + features.buckets());
        }
        this.features = features;
        this.weights = weights.clone();
        this.bias = bias;
    }

    public ReportFeatures features() {
        return features;
    }

    /** The model shipped in the jar ({@value #RESOURCE}). */
    public static ReportModel fromClassPath() {
        try (InputStream in = ReportModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no report model on the class path at " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report model " + RESOURCE, e);
        }
    }

    /**
     * Reads a weights file; {@code source} names it in errors. A malformed file fails with an
     * {@link IllegalArgumentException} that names the source, the line and what is wrong.
     */
    public static ReportModel read(Reader reader, String source) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Integer format = null;
        Integer buckets = null;
        int minGram = -1;
        int maxGram = -1;
        boolean ruleFeatures = true;
        boolean relational = false;
        Double bias = null;
        float[] weights = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "format" -> {
                        format = Integer.parseInt(fields(f, 2)[1]);
                        if (format != FORMAT) {
                            throw new IllegalArgumentException("format " + format + " is not " + FORMAT);
                        }
                    }
                    case "buckets" -> buckets = Integer.parseInt(fields(f, 2)[1]);
                    case "char-ngrams" -> {
                        minGram = Integer.parseInt(fields(f, 3)[1]);
                        maxGram = Integer.parseInt(f[2]);
                    }
                    case "rule-features" -> ruleFeatures = Boolean.parseBoolean(fields(f, 2)[1]);
                    case "relational-features" -> relational = Boolean.parseBoolean(fields(f, 2)[1]);
                    case "bias" -> bias = Double.parseDouble(fields(f, 2)[1]);
                    default -> {
                        if (format == null || buckets == null || minGram < 0 || bias == null) {
                            throw new IllegalArgumentException("a weight before the header (format, buckets, char-ngrams, bias)");
                        }
                        if (weights == null) {
                            weights = new float[new ReportFeatures(buckets, minGram, maxGram, ruleFeatures, relational).buckets()];
                        }
                        int index = Integer.parseInt(fields(f, 2)[0]);
                        if (index < 0 || index >= weights.length) {
                            throw new IllegalArgumentException("weight index " + index + " outside 0.." + (weights.length - 1));
                        }
                        float w = Float.parseFloat(f[1]);
                        if (!Float.isFinite(w)) {
                            throw new IllegalArgumentException("weight " + f[1] + " is not a finite number");
                        }
                        weights[index] = w;
                    }
                }
            } catch (IllegalArgumentException e) { // NumberFormatException is one
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage() + " in \"" + line + "\"", e);
            }
        }
        if (format == null || buckets == null || minGram < 0 || bias == null) {
            throw new IllegalArgumentException(source + ": not a report model (needs format, buckets, char-ngrams and bias lines)");
        }
        ReportFeatures features = new ReportFeatures(buckets, minGram, maxGram, ruleFeatures, relational);
        return new ReportModel(features, weights == null ? new float[buckets] : weights, bias);
    }

    private static String[] fields(String[] f, int count) {
        if (f.length != count) {
            throw new IllegalArgumentException("expected " + count + " tab-separated fields, found " + f.length);
        }
        return f;
    }

    /** Writes the weights file that {@link #read} reads. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# " + comment.replace("\n", " ") + "\n");
        out.write("format\t" + FORMAT + "\n");
        out.write("buckets\t" + features.buckets() + "\n");
        out.write("char-ngrams\t" + features.minGram() + "\t" + features.maxGram() + "\n");
        out.write("rule-features\t" + features.ruleFeatures() + "\n");
        out.write("relational-features\t" + features.relational() + "\n");
        out.write("bias\t" + String.format(Locale.ROOT, "%.6g", bias) + "\n");
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.write(i + "\t" + String.format(Locale.ROOT, "%.5g", weights[i]) + "\n");
            }
        }
    }

    /** The probability that the post reports its tracked brand missing now. */
    public double probability(IntentReader.Tokens tokens, List<CatalogMatcher.Hit> hits, IntentReader.Intent intent) {
        Dot dot = new Dot(weights);
        features.emit(tokens, hits, intent, dot);
        return 1 / (1 + Math.exp(-(dot.sum + bias)));
    }

    /** The probability for a mention as the stage read it ({@link UnderstandingStage#reading}). */
    public double probability(UnderstandingStage.Reading reading, IntentReader.Intent intent) {
        return probability(reading.tokens(), reading.hits(), intent);
    }

    /**
     * The decision the project recommends from the rules' intent and the model's probability: a report of the rules
     * that the model gives {@code probability < }{@value #DOUBT_BELOW} stays a report, but with confidence at most
     * {@value #DOUBTED_CONFIDENCE}, so that ops review it before a crew drives out; anything else is the rules'
     * intent unchanged. The model never drops a report nor makes one: dropping cost true reports on the sets the rules
     * were tuned on, and making reports the rules missed found none (docs/understanding.md "Learned classifier").
     */
    public static IntentReader.Intent combine(IntentReader.Intent intent, double probability) {
        if (intent.stockout() && probability < DOUBT_BELOW) {
            return new IntentReader.Intent(true, Math.min(intent.confidence(), DOUBTED_CONFIDENCE),
                    intent.reason() + "; doubted by the report model (p=" + String.format(Locale.ROOT, "%.2f", probability) + ")",
                    intent.absenceAt(), intent.reading());
        }
        return intent;
    }

    private static final class Dot implements ReportFeatures.Sink {
        private final float[] weights;
        private double sum;

        Dot(float[] weights) {
            this.weights = weights;
        }

        @Override
        public void add(int bucket, double value) {
            sum += weights[bucket] * value;
        }
    }
}
