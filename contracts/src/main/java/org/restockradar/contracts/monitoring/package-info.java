/**
 * What every process exposes to its operators alike: one Prometheus registry ({@link org.restockradar.contracts.monitoring.Monitoring}),
 * readiness made of named checks ({@link org.restockradar.contracts.monitoring.Readiness}) and the small management
 * port that serves {@code /metrics}, {@code /health/live} and {@code /health/ready} where a service has no HTTP port of its own.
 */
package org.restockradar.contracts.monitoring;
