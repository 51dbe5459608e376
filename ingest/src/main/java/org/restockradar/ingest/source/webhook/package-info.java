/**
 * Pushed sources: one HTTP server for the webhooks, and the SMS gateway and WhatsApp Cloud API handlers that check
 * each request's signature and turn its messages into mentions, answered only once Kafka has them.
 */
package org.restockradar.ingest.source.webhook;
