/**
 * The job lifecycle: {@link org.restockradar.dispatch.workflow.JobWorkflow} moves a job from reported to restocked,
 * verified, failed or cancelled, checking under the job's lock who may make each move, with the proof or reason it needs, and
 * writes each change's event in the same transaction.
 */
package org.restockradar.dispatch.workflow;
