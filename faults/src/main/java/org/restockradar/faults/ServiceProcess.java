package org.restockradar.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service of the system in a child JVM of its real main class, on the harness's own class path, its console
 * appended to a log file. It is killed with SIGKILL ({@link #kill()}) or stopped with SIGTERM ({@link #stop()}).
 * Public for the load harness of the {@code benchmarks} module, which runs the same mains.
 */
public final class ServiceProcess {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String LOGGING_CONFIG = "org/restockradar/faults/harness-logback.xml";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HTTP_POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The fault harness's JVM options: quick to start and small (C1 only, the serial collector), as many services
     * share the machine and speed is not what it measures.
     */
    public static final List<String> SMALL_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** What to run: a name for the logs, the main class, its arguments, its environment and its JVM options. */
    public record Spec(String name, String mainClass, List<String> args, Map<String, String> env, String maxHeap,
                       List<String> jvmOptions) {
        public Spec {
            args = List.copyOf(args);
            env = Map.copyOf(env);
            jvmOptions = List.copyOf(jvmOptions);
        }

        /** A service with the fault harness's JVM options ({@link #SMALL_JVM}). */
        public Spec(String name, String mainClass, List<String> args, Map<String, String> env, String maxHeap) {
            this(name, mainClass, args, env, maxHeap, SMALL_JVM);
        }
    }

    private final Spec spec;
    private final Path log;
    private Process process;

    private ServiceProcess(Spec spec, Path log) {
        this.spec = spec;
        this.log = log;
    }

    /** Writes a service's properties file ({@code key=value} lines, backslashes escaped as properties need) and returns it. */
    public static Path writeProperties(Path file, Map<String, String> settings) {
        try {
            Files.writeString(file, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /** A TCP port free on this machine now, for a service's HTTP port or a server's. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Starts the child JVM; its console goes to {@code <logDir>/<name>.log}, appended across restarts. */
    public static ServiceProcess start(Spec spec, Path logDir) {
        ServiceProcess service = new ServiceProcess(spec, logDir.resolve(spec.name() + ".log"));
        service.restart();
        return service;
    }

    /** Starts the child again (after a kill or a stop), with the same command and log file. */
    void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(spec.name() + " is still running (pid " + process.pid() + ")");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + spec.maxHeap()));
        command.addAll(spec.jvmOptions());
        command.addAll(List.of("-Dlogback.configurationFile=" + LOGGING_CONFIG, "-cp", System.getProperty("java.class.path"), spec.mainClass()));
        command.addAll(spec.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(spec.env());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + spec.name(), e);
        }
        LOG.info("{} started (pid {}), log in {}", spec.name(), process.pid(), log);
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
        LOG.info("{} killed with SIGKILL (pid {})", spec.name(), process.pid());
    }

    /** SIGTERM (the service's own shutdown hook runs), then SIGKILL after 30 s; waits until it is gone. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("{} (pid {}) did not stop within {}; killing it", spec.name(), process.pid(), STOP_TIMEOUT);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + spec.name(), e);
        }
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + spec.name() + " to exit", e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return spec.name();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** How many lines of the log (all runs) match {@code pattern}. */
    long count(Pattern pattern) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> pattern.matcher(line).find()).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Waits until the log holds more than {@code before} lines matching {@code pattern}; fails when the process
     * exits or the timeout passes.
     */
    public Duration awaitLine(Pattern pattern, long before, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (count(pattern) <= before) {
            if (!isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue()
                        + " while waiting for /" + pattern + "/ in " + log);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(spec.name() + " did not log /" + pattern + "/ within " + timeout + " (" + log + ")");
            }
            awaitExitAtMost(POLL);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Waits until a GET of {@code uri} (the service's health) answers 200; fails when the process exits or the
     * timeout passes. Returns how long it took.
     */
    public Duration awaitHttpOk(URI uri, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!answersOk(uri)) {
            if (!isAlive()) {
                throw new IllegalStateException(spec.name() + " exited; see " + log);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(spec.name() + " not ready within " + timeout + "; see " + log);
            }
            awaitExitAtMost(HTTP_POLL);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static boolean answersOk(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while polling " + uri, e);
        }
    }

    /** Waits for {@code timeout}, or less if the process exits meanwhile. */
    public void awaitExitAtMost(Duration timeout) {
        process.toHandle().onExit().completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }
}
