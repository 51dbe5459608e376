package org.restockradar.dispatch.workflow;

/** A job was to go to a crew that is not registered (404 over HTTP). */
public final class NoSuchCrewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchCrewException(String crewId) {
        super("no crew " + crewId + " is registered; ops add it with PUT /api/crews/" + crewId + " first");
    }
}
