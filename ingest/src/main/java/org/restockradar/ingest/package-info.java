/**
 * The ingest service, wired: its process ({@link org.restockradar.ingest.IngestMain}), the service that runs the
 * sources switched on ({@link org.restockradar.ingest.IngestService}), how each source is built from the settings
 * ({@link org.restockradar.ingest.Sources}) and every setting it reads ({@link org.restockradar.ingest.IngestSettings}).
 */
package org.restockradar.ingest;
