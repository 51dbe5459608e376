/**
 * The X API v2 filtered stream: stream rules kept equal to the catalog keywords, the stream read line by line, gaps
 * after a reconnect filled from recent search.
 */
package org.restockradar.ingest.source.xv2;
