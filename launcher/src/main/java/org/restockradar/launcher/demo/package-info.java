/**
 * The demo's simulated people, as plain logic driven by an injected clock and a seeded random: crews that claim, travel,
 * restock, fail with a reason and forget at a human pace ({@link org.restockradar.launcher.demo.SimulatedCrew}), ops who
 * verify most restocks after a while ({@link org.restockradar.launcher.demo.SimulatedOps}), and the mention feed that
 * starts with a backlog and then runs steadily ({@link org.restockradar.launcher.demo.DemoFeed}).
 */
package org.restockradar.launcher.demo;
