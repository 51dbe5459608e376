/**
 * Rewards for reporters whose reports led to a restock, a service of its own fed by {@code job-events}: what it learns
 * of jobs and reporters from the events, the credit ledger, fraud rules and holds, and the gift queue that marketers
 * export and mark sent; its tables in a schema of its own, its routes under {@code /api/rewards}.
 */
package org.restockradar.rewards;
