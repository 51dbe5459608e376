/**
 * Tells ops of jobs that need them: SLA escalations and breaches (and warnings, when asked) read from {@code job-events}
 * are planned once per event and channel in PostgreSQL and sent to an incoming webhook (Slack-compatible) and by email.
 */
package org.restockradar.alerts;
