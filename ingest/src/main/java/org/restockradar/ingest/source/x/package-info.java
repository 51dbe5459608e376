/**
 * X v1.1 search, polled through Twitter4J with {@code since_id} per query of catalog keywords.
 */
package org.restockradar.ingest.source.x;
