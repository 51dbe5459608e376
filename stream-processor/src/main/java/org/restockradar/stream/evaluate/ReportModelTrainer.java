package org.restockradar.stream.evaluate;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.restockradar.stream.understanding.ReportFeatures;
import org.restockradar.stream.understanding.ReportModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the report model: L2-regularised logistic regression (LIBLINEAR's primal trust-region Newton solver,
 * {@code -s 0}, through its Java port) over {@link ReportFeatures} of the examples the intent rules read. The solver
 * is deterministic; its random source is seeded all the same, so that the same examples give the same weights.
 *
 * @param cost LIBLINEAR's C: the weight of the data against the L2 penalty
 */
public record ReportModelTrainer(ReportFeatures features, double cost) {
    private static final Logger LOG = LoggerFactory.getLogger(ReportModelTrainer.class);
    /** LIBLINEAR's stopping tolerance for {@code -s 0}. */
    private static final double EPSILON = 0.01;
    private static final long SEED = 14L;
    /** C chosen by cross-validation among 0.3, 1, 3, 10 and 30 (docs/understanding.md, "Learned classifier"). */
    public static final double DEFAULT_COST = 30;

    public ReportModelTrainer {
        if (!(cost > 0)) {
            throw new IllegalArgumentException("cost must be positive: " + cost);
        }
    }

    /** Trains on the examples that the intent rules read; fails when they hold only one class. */
    public ReportModel train(List<TrainingExample> examples) {
        List<TrainingExample> usable = examples.stream().filter(TrainingExample::readable).toList();
        long positives = usable.stream().filter(TrainingExample::truth).count();
        if (positives == 0 || positives == usable.size()) {
            throw new IllegalArgumentException("training needs reports and non-reports; got " + positives
                    + " reports among " + usable.size() + " examples");
        }
        Problem problem = new Problem();
        problem.l = usable.size();
        // LIBLINEAR's bias term is one more feature, of value 1, after the last bucket, in every example
        problem.n = features.buckets() + 1;
        problem.bias = 1;
        problem.x = new Feature[usable.size()][];
        problem.y = new double[usable.size()];
        for (int i = 0; i < usable.size(); i++) {
            TrainingExample e = usable.get(i);
            problem.x[i] = vector(e);
            problem.y[i] = e.truth() ? 1 : -1;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, EPSILON);
        parameter.setRandom(new Random(SEED));
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        // the weights are for the first label LIBLINEAR met; the probability is of a report (+1)
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[features.buckets()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (sign * w[i]);
        }
        double bias = sign * w[features.buckets()];
        LOG.info("trained the report model on {} examples ({} reports), C={}", usable.size(), positives, cost);
        return new ReportModel(features, weights, bias);
    }

    /** The sparse feature vector of an example, in LIBLINEAR's form (indices from 1, ascending). */
    private Feature[] vector(TrainingExample e) {
        Map<Integer, Double> sparse = new TreeMap<>();
        features.emit(e.reading().tokens(), e.reading().hits(), e.intent(), (bucket, value) -> sparse.merge(bucket, value, Double::sum));
        List<Feature> out = new ArrayList<>(sparse.size());
        sparse.forEach((bucket, value) -> out.add(new FeatureNode(bucket + 1, value)));
        out.add(new FeatureNode(features.buckets() + 1, 1));
        return out.toArray(new Feature[0]);
    }
}
