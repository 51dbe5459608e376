package org.restockradar.dispatch.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.restockradar.dispatch.crews.CoverageRecheck;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.crews.CrewsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crews load --file crews.csv}: saves crews before dispatch runs, so that their members' tokens can be issued
 * (a crew member's token names a crew that exists). The same file as {@code dispatch.crews-file}, read by
 * {@link CrewsCsv}; jobs they come to cover lose their uncovered flag, and the running dispatcher assigns them.
 */
@Command(name = "crews", mixinStandardHelpOptions = true, description = "Loads crews into dispatch's database.",
        subcommands = CrewsCommand.Load.class)
public final class CrewsCommand extends AdminCommand {
    public CrewsCommand(CommandDatabase database, Clock clock) {
        super(database, clock);
    }

    /** {@code crews load --file FILE}. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Saves the crews of a crews CSV (docs/dispatch.md), each replacing the crew of the same id.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        CrewsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the crews CSV")
        Path file;

        @Override
        public Integer call() {
            List<Crew> crews = CrewsCsv.read(file);
            CoverageRecheck.Outcome outcome;
            try (CommandDatabase.Open open = parent.database.open()) {
                outcome = new CrewStore(open.dataSource(), parent.clock).saveAll(crews, "crews-file", "system");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("loaded %d crews from %s; %d uncovered jobs now covered%n", crews.size(), file, outcome.covered().size());
            out.flush();
            return 0;
        }
    }
}
