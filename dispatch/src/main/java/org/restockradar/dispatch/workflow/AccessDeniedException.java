package org.restockradar.dispatch.workflow;

/** The actor's role, or its crew, may not do this to this job (the API answers 403 with the message). Nothing was changed. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
