/**
 * Measuring the understanding stage on labelled sets: the {@code evaluate} command (scores, breakdowns by category and
 * language, contrast-set consistency, the confidence trade-off, explanations per mention) and what it reads.
 */
package org.restockradar.stream.evaluate;
