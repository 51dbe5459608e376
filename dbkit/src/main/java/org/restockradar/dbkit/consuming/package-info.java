/**
 * Reading topics into a database: {@link org.restockradar.dbkit.consuming.ConsumerLoop}, the one poll loop a service's
 * topic readers run on, committing only after its handler has taken each record and offering records again, never
 * skipping one, while the database is away.
 */
package org.restockradar.dbkit.consuming;
