/**
 * The all-in-one launcher: ingest, the stream processor and dispatch in one JVM on embedded Kafka and PostgreSQL
 * ({@link org.restockradar.launcher.LocalSystem}), the demo story with its simulated field work, its own settings
 * ({@link org.restockradar.launcher.LauncherSettings}) and the {@code export-rewards} command.
 */
package org.restockradar.launcher;
