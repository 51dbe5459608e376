/**
 * What every service that keeps state in PostgreSQL needs around its SQL: one transaction per unit of work
 * ({@link org.restockradar.dbkit.store.Transactions}), the failure that says "try again later"
 * ({@link org.restockradar.dbkit.store.StoreUnavailableException}) and the Flyway runner for a service's own migration
 * files ({@link org.restockradar.dbkit.store.Migrations}).
 */
package org.restockradar.dbkit.store;
