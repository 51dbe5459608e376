package org.restockradar.access;

import java.util.Objects;

/**
 * Who asks for a change: a user id with its role, and for a crew member the crew it works in.
 *
 * @param crewId the crew, required for {@link Role#CREW} and null for every other role
 */
public record Actor(String id, Role role, String crewId) {
    /** The dispatcher acting on its own. */
    public static final Actor SYSTEM = new Actor("dispatch", Role.SYSTEM, null);

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id is missing or blank");
        }
        Objects.requireNonNull(role, "role");
        if (role == Role.CREW && (crewId == null || crewId.isBlank())) {
            throw new IllegalArgumentException("crew member " + id + " has no crew");
        }
        if (role != Role.CREW && crewId != null) {
            throw new IllegalArgumentException(role.code() + " " + id + " cannot belong to crew " + crewId);
        }
    }

    public static Actor ops(String id) {
        return new Actor(id, Role.OPS, null);
    }

    public static Actor crew(String id, String crewId) {
        return new Actor(id, Role.CREW, crewId);
    }

    public static Actor marketer(String id) {
        return new Actor(id, Role.MARKETER, null);
    }
}
