/**
 * Crews and their territories (localities, pincodes, polygons), who may take a job: choosing a crew for a new job
 * ({@link org.restockradar.dispatch.crews.AutoAssigner}), re-placing jobs nobody covered when a crew is saved, and the crews
 * CSV loaded at start.
 */
package org.restockradar.dispatch.crews;
