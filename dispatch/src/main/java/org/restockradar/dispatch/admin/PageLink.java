package org.restockradar.dispatch.admin;

import java.util.Map;
import java.util.Objects;
import org.restockradar.access.Role;

/**
 * The link that signs a person in: the page of their role with the token in the fragment, which the page keeps and
 * drops from the address (docs/pages.md). The fragment never reaches a server log.
 */
public final class PageLink {
    private static final Map<Role, String> PAGES = Map.of(Role.OPS, "/", Role.CREW, "/crew.html", Role.MARKETER, "/rewards.html");

    private PageLink() {
    }

    /** {@code http://localhost:8080/crew.html#token=rr_…} for a crew member's token on {@code http://localhost:8080}. */
    public static String of(String baseUrl, Role role, String token) {
        Objects.requireNonNull(token, "token");
        String page = PAGES.get(role);
        if (page == null) {
            throw new IllegalArgumentException("no page signs in " + role.code());
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + page + "#token=" + token;
    }
}
