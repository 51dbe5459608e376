/**
 * Reports the understanding stage could not place at an outlet ({@code stockout-reports.needs-location}): kept for ops,
 * each with candidate outlets of its city, until ops place it (recording it as a report of that outlet) or dismiss it.
 */
package org.restockradar.dispatch.needslocation;
