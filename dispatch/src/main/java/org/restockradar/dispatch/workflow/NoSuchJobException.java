package org.restockradar.dispatch.workflow;

/** No job has the id asked for (the API answers 404). */
public final class NoSuchJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchJobException(long jobId) {
        super("no job with id " + jobId);
    }
}
