package org.restockradar.dispatch.admin;

import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A group of operator commands on dispatch's database ({@code tokens}, {@code crews}): the database and clock its
 * subcommands use, and a usage error when no subcommand is named.
 */
abstract class AdminCommand implements Runnable {
    final CommandDatabase database;
    final Clock clock;

    @Spec
    CommandSpec spec;

    AdminCommand(CommandDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name what to do: " + String.join(", ", spec.subcommands().keySet()));
    }
}
