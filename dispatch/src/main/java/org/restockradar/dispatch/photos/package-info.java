/**
 * Photos a crew takes as proof of a restock: JPEG or PNG told by their first bytes, at most 2 MiB, kept in PostgreSQL
 * with the job they belong to.
 */
package org.restockradar.dispatch.photos;
