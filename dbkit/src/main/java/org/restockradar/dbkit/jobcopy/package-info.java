/**
 * A job-events reader's own copy of the jobs and reports the events carry ({@link org.restockradar.dbkit.jobcopy.JobCopy}),
 * kept in the reader's schema by the shared migration {@code db/jobcopy}: how rewards and replies know of jobs without
 * reading dispatch's tables.
 */
package org.restockradar.dbkit.jobcopy;
