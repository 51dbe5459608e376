/**
 * What every HTTP API of the system shares: its JSON (snake_case, ISO-8601 instants, no NUL characters in bodies) and
 * the mapping of the common exceptions to statuses, used by the route sets of dispatch, rewards and replies.
 */
package org.restockradar.access.http;
