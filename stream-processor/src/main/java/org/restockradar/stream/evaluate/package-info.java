/**
 * Measuring the understanding stage on labelled sets: reading a set ({@link org.restockradar.stream.evaluate.LabelledSet}),
 * the scores, breakdowns, contrast-set figures, review-threshold trade-off and reliability, the {@code --explain}
 * blocks, and fitting the confidence calibration ({@link org.restockradar.stream.evaluate.EvaluateCommand}).
 */
package org.restockradar.stream.evaluate;
