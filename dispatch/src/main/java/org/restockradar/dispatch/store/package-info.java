/**
 * The system of record for restock jobs: the schema ({@link org.restockradar.dispatch.store.DispatchSchema}), the job
 * store that turns reports into jobs and answers queries, the job statuses and their history, and the SLA policy with its
 * business calendar that sets each job's due time.
 */
package org.restockradar.dispatch.store;
