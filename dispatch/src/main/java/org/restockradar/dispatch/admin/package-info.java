/**
 * Operator commands run against dispatch's database, outside the running service: issuing, listing and revoking the
 * API's tokens ({@link org.restockradar.dispatch.admin.TokensCommand}) and loading crews
 * ({@link org.restockradar.dispatch.admin.CrewsCommand}). Both {@code DispatchMain} and the launcher register them.
 */
package org.restockradar.dispatch.admin;
