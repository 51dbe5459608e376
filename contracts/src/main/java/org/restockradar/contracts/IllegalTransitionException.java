package org.restockradar.contracts;

/**
 * A change the lifecycle does not allow from the job's current status (the API answers 409 with the message).
 * Nothing was changed.
 */
public final class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
