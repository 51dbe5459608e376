/**
 * The figures of the ops dashboard: read from dispatch's tables over a window ending now, with the mention count taken from
 * the {@code mentions} topic's offsets.
 */
package org.restockradar.dispatch.stats;
