package org.restockradar.dbkit.store;

/**
 * The database could not do what was asked, for a reason that is not the data's fault (down, unreachable,
 * pool exhausted, a conflict to retry). The same call may succeed later; nothing was changed.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
