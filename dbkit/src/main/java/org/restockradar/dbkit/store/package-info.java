/**
 * What every service that keeps state in PostgreSQL needs around its SQL: one transaction per unit of work
 * ({@link org.restockradar.dbkit.store.Transactions}), the failure that says "try again later"
 * ({@link org.restockradar.dbkit.store.StoreUnavailableException}), where the database is and a pool on it
 * ({@link org.restockradar.dbkit.store.Database}) and the Flyway runner for a service's own migration files, in a schema
 * of its own when it shares a server ({@link org.restockradar.dbkit.store.Migrations}).
 */
package org.restockradar.dbkit.store;
