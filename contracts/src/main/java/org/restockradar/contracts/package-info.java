/**
 * What crosses a process boundary: the event records (mentions, stock-out reports, job events, dead letters, outlets),
 * their one JSON serde and the typed topic catalogue ({@link org.restockradar.contracts.Topics}); and the rules every
 * module must apply alike: reporter ids, distances, blank text, and settings loaded in layers and declared once
 * ({@link org.restockradar.contracts.Settings}, {@link org.restockradar.contracts.SettingsDeclaration}).
 */
package org.restockradar.contracts;
