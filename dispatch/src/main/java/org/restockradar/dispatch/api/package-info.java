/**
 * The HTTP API over Javalin: {@link org.restockradar.dispatch.api.HttpApi} serves health, the OpenAPI document and the
 * pages and maps every exception to its status once; {@link org.restockradar.dispatch.api.WorkApi} is where crews and ops
 * work jobs, {@link org.restockradar.dispatch.api.OpsApi} the dashboard's ops-only routes. JSON is snake_case throughout.
 */
package org.restockradar.dispatch.api;
