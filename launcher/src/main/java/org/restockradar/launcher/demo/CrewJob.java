package org.restockradar.launcher.demo;

import java.util.Objects;

/** One of a crew's jobs as the crew's own list shows it: its id and status code ({@code assigned}, {@code en_route}, ...). */
public record CrewJob(long id, String status) {
    public CrewJob {
        Objects.requireNonNull(status, "status");
    }
}
