/**
 * Stock-out reports coming in from {@code stockout-reports}: each record is decoded and recorded as a job or a report of
 * an open job, or sent to {@code dead-letters} with the reason ({@link org.restockradar.dispatch.intake.DecodeOrDeadLetter},
 * shared with the needs-location reader).
 */
package org.restockradar.dispatch.intake;
