/**
 * Rewards for reporters whose reports led to a restock: a credit ledger fed from {@code job-events}, fraud rules and holds,
 * and the gift queue that marketers export and mark sent.
 */
package org.restockradar.dispatch.rewards;
