package org.restockradar.dispatch.admin;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.restockradar.contracts.Settings;
import org.restockradar.access.Actor;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokens issue|list|revoke}: how an operator signs people in. A token is printed once, when issued; dispatch
 * keeps only its SHA-256, so a lost token is revoked and a new one issued. Works on the database the caller gives
 * ({@code DispatchMain}: the deployment's; the launcher: its embedded one), through {@link TokenStore} alone.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Issues, lists and revokes the bearer tokens that sign people in to the API and the pages.",
        subcommands = {TokensCommand.Issue.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
public final class TokensCommand extends AdminCommand {
    private static final Map<String, Role> ROLES = Map.of("ops", Role.OPS, "crew", Role.CREW, "marketer", Role.MARKETER);

    private final PageLink pages;

    /** The command of a process that serves dispatch's pages only ({@code DispatchMain}). */
    public TokensCommand(CommandDatabase database, Clock clock) {
        this(database, clock, PageLink.DISPATCH);
    }

    /** @param pages the pages the process whose tokens these are serves: {@code --link} prints a link to those only */
    public TokensCommand(CommandDatabase database, Clock clock, PageLink pages) {
        super(database, clock);
        this.pages = java.util.Objects.requireNonNull(pages, "pages");
    }

    private <T> T withStore(Function<TokenStore, T> work) {
        try (CommandDatabase.Open open = database.open()) {
            return work.apply(new TokenStore(open.dataSource(), clock));
        }
    }

    /** {@code tokens issue --role ops|crew|marketer [--crew ID] [--name NAME] [--expires 30d] [--replace] [--link URL]}. */
    @Command(name = "issue", mixinStandardHelpOptions = true, description = "Issues a token and prints it: the only time it is shown.")
    static final class Issue implements Callable<Integer> {
        @ParentCommand
        TokensCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "ops, crew or marketer")
        String role;

        @Option(names = "--crew", paramLabel = "ID", description = "the crew of a crew member (required with --role crew)")
        String crew;

        @Option(names = "--name", paramLabel = "NAME",
                description = "who the token is for, as the job history will name them (default: the role, or crew-<ID>)")
        String name;

        @Option(names = "--expires", paramLabel = "DURATION", converter = ExpiryConverter.class,
                description = "valid for this long, e.g. 30d, 12h, PT90M (default: until revoked)")
        Duration expires;

        @Option(names = "--replace", description = "revoke the other tokens of this name first")
        boolean replace;

        @Option(names = "--link", paramLabel = "URL",
                description = "also print the sign-in link of the role's page on this address, e.g. http://localhost:8080")
        String link;

        @Override
        public Integer call() {
            Actor actor = actor();
            Instant expiresAt = expires == null ? null : parent.clock.instant().plus(expires);
            PrintWriter out = spec.commandLine().getOut();
            TokenStore.Issued issued = parent.withStore(store -> {
                if (replace) {
                    int revoked = store.revokeAll(actor.id());
                    out.printf("revoked %d earlier token(s) of %s%n", revoked, actor.id());
                }
                return store.issue(actor, expiresAt);
            });
            out.printf("token %d for %s %s%s, %s; shown only now, dispatch keeps only its hash:%n", issued.id(), actor.role().code(),
                    actor.id(), actor.crewId() == null ? "" : " of crew " + actor.crewId(),
                    expiresAt == null ? "valid until revoked" : "valid until " + minute(expiresAt));
            out.println(issued.token());
            if (link != null) {
                out.println(parent.pages.page(actor.role()).isPresent() ? parent.pages.of(link, actor.role(), issued.token())
                        : "no link: no page of the " + actor.role().code() + " role is served by this process (the rewards page is "
                                + "served where rewards run, job-services)");
            }
            out.flush();
            return 0;
        }

        private Actor actor() {
            Role parsed = ROLES.get(role.toLowerCase(Locale.ROOT));
            if (parsed == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--role must be ops, crew or marketer, not '" + role + "'");
            }
            if ((parsed == Role.CREW) != (crew != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        parsed == Role.CREW ? "--role crew needs --crew ID" : "--crew goes with --role crew only");
            }
            String id = name != null ? name : parsed == Role.CREW ? "crew-" + crew : parsed.code();
            if (id.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--name must not be blank");
            }
            return new Actor(id, parsed, crew);
        }
    }

    /** {@code tokens list}: every token, never its secret. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the tokens: id, name, role, crew, created, last used, expires, revoked (times in UTC, to the minute).")
    static final class ListTokens implements Callable<Integer> {
        @ParentCommand
        TokensCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--active", description = "only the tokens that still sign in (not revoked, not expired)")
        boolean active;

        @Override
        public Integer call() {
            Instant now = parent.clock.instant();
            List<TokenStore.Listed> tokens = parent.withStore(TokenStore::list);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "NAME", "ROLE", "CREW", "CREATED", "LAST USED", "EXPIRES", "REVOKED"});
            for (TokenStore.Listed token : tokens) {
                boolean expired = token.expiresAt() != null && !now.isBefore(token.expiresAt());
                if (active && (token.revokedAt() != null || expired)) {
                    continue;
                }
                rows.add(new String[] {Long.toString(token.id()), token.actorId(), token.role().code(), orDash(token.crewId()),
                        minute(token.createdAt()), minute(token.lastUsedAt()),
                        token.expiresAt() == null ? "never" : minute(token.expiresAt()) + (expired ? " (expired)" : ""),
                        minute(token.revokedAt())});
            }
            PrintWriter out = spec.commandLine().getOut();
            printTable(out, rows);
            out.flush();
            return 0;
        }
    }

    /** {@code tokens revoke ID} or {@code tokens revoke --name NAME}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revokes a token by its id (see list), or every token of a name; it stops signing in at once.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        TokensCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "ID", description = "the token's id, as tokens list shows it")
        Long id;

        @Option(names = "--name", paramLabel = "NAME", description = "revoke every token of this name instead")
        String name;

        @Override
        public Integer call() {
            if ((id == null) == (name == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "name the token: an ID or --name NAME, not both");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (name != null) {
                int revoked = parent.withStore(store -> store.revokeAll(name));
                out.printf("revoked %d token(s) of %s%n", revoked, name);
                out.flush();
                return 0;
            }
            boolean revoked = parent.withStore(store -> store.revoke(id));
            if (!revoked) {
                spec.commandLine().getErr().printf("no token %d that is not revoked already (see tokens list)%n", id);
                spec.commandLine().getErr().flush();
                return 1;
            }
            out.printf("revoked token %d%n", id);
            out.flush();
            return 0;
        }
    }

    /** Reads {@code --expires} as the settings read durations: {@code 30d}, {@code 12h}, {@code PT90M}; positive. */
    static final class ExpiryConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = Settings.of(Map.of("expires", value)).getDuration("expires");
            if (duration.isNegative() || duration.isZero()) {
                throw new CommandLine.TypeConversionException("a token must be valid for a positive time, not " + value);
            }
            return duration;
        }
    }

    private static String minute(Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
