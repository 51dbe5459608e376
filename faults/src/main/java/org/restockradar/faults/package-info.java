/**
 * The kill-and-verify fault harness: a generated world of outlets and mentions with known outcomes, the services
 * as child processes, the faults injected into them under load, and the verifier of what PostgreSQL and the topics
 * hold afterwards (docs/reliability.md); for a source's outage (F5), a fake Mastodon instance that ingest reads.
 */
package org.restockradar.faults;
