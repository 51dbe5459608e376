/**
 * Idempotency keys: the first answer to each keyed request, kept in PostgreSQL so that a request sent again (a phone
 * that queued it offline and cannot tell whether it landed) gets that answer back and changes nothing.
 */
package org.restockradar.dispatch.idempotency;
