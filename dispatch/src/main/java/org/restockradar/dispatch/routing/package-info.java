/**
 * The order in which a crew visits its open jobs: {@link org.restockradar.dispatch.routing.RoutePlanner}, a pure function of
 * the jobs, the crew's base and the time (due-time buckets first, then the nearest outlet within a bucket).
 */
package org.restockradar.dispatch.routing;
