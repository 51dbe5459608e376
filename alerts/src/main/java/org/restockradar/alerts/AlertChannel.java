package org.restockradar.alerts;

/** One way of telling ops: sends an alert and says what became of it. Never throws for a failed send. */
public interface AlertChannel extends AutoCloseable {

    Channel channel();

    Delivery send(Alert alert);

    @Override
    default void close() {
    }
}
