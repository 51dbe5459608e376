package org.restockradar.dispatch.admin;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restockradar.access.Role;

/**
 * The link that signs a person in: the page of their role with the token in the fragment, which the page keeps and
 * drops from the address (docs/pages.md). The fragment never reaches a server log. A process links only to the pages
 * it serves: dispatch serves the ops and crew pages ({@link #DISPATCH}); a process that runs a companion beside it adds
 * the companion's page ({@link #with}: the rewards page, where rewards run).
 */
public final class PageLink {
    /** The pages dispatch itself serves: the ops queue and the crew page. */
    public static final PageLink DISPATCH = new PageLink(Map.of(Role.OPS, "/", Role.CREW, "/crew.html"));

    private final Map<Role, String> pages;

    private PageLink(Map<Role, String> pages) {
        this.pages = Map.copyOf(pages);
    }

    /** These pages and the page of {@code role} at {@code path} ({@code /rewards.html}), served by the same process. */
    public PageLink with(Role role, String path) {
        Objects.requireNonNull(role, "role");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a page's path starts with '/': '" + path + "'");
        }
        Map<Role, String> more = new EnumMap<>(Role.class);
        more.putAll(pages);
        more.put(role, path);
        return new PageLink(more);
    }

    /** The page that signs in {@code role} here, if this process serves one. */
    public Optional<String> page(Role role) {
        return Optional.ofNullable(pages.get(role));
    }

    /**
     * {@code http://localhost:8080/crew.html#token=rr_…} for a crew member's token on {@code http://localhost:8080}.
     *
     * @throws IllegalArgumentException when this process serves no page of the role
     */
    public String of(String baseUrl, Role role, String token) {
        Objects.requireNonNull(token, "token");
        String page = page(role).orElseThrow(() -> new IllegalArgumentException("no page served here signs in " + role.code()));
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + page + "#token=" + token;
    }
}
