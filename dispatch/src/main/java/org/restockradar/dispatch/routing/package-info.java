/**
 * The order in which a crew visits its open jobs: {@link org.restockradar.dispatch.routing.RoutePlanner} orders the work
 * list (due-time buckets first, then the nearest outlet within a bucket); {@link org.restockradar.dispatch.routing.VisitPlanner}
 * the day's round of shops (one stop per outlet, nearest neighbour improved by 2-opt). Both are pure functions.
 */
package org.restockradar.dispatch.routing;
