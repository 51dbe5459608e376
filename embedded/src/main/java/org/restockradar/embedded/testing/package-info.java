/**
 * Helpers of the services' tests: one throwaway PostgreSQL per test JVM with a fresh database per test class
 * ({@link org.restockradar.embedded.testing.TestPostgres}) and a clock moved by hand
 * ({@link org.restockradar.embedded.testing.MutableClock}). No production code imports them.
 */
package org.restockradar.embedded.testing;
