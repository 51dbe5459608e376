/**
 * JMH benchmarks and the synthetic world they run on (a registry of up to a million outlets and mentions that match
 * it), with the Lucene peer the outlet lookup is measured against. Figures, machines and commands are in
 * docs/benchmarks.md; speed is never asserted by a unit test.
 */
package org.restockradar.benchmarks;
