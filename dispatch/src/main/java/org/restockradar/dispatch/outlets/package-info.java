/**
 * Dispatch's copy of the outlet registry: table {@code outlet}, kept in step with the compacted {@code outlets} topic
 * (read from its beginning at every start), for maps, distances, pincodes and territories.
 */
package org.restockradar.dispatch.outlets;
