package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher is a folder that runs anywhere: {@code restock-radar.jar} and {@code lib/} (with the embedded
 * broker's jars in {@code lib/broker/}), copied to another place and started with a home that has no Maven repository,
 * comes up, and its broker runs on jars of the copied folder alone. Runs on the package phase's output.
 */
@Tag("integration")
final class PortableFolderIT {
    private static final Path BUILT = Path.of("target").toAbsolutePath();

    @TempDir
    Path elsewhere;

    @Test
    void shouldStartFromACopiedFolderWithoutAMavenRepository() throws Exception {
        assertThat(BUILT.resolve("restock-radar.jar")).as("the package phase builds the jar first").isRegularFile();
        assertThat(BUILT.resolve("lib").resolve("broker")).as("the broker's jars beside the launcher's").isDirectoryContaining("glob:**/kafka_2.13-*.jar");
        Path folder = elsewhere.resolve("restock-radar");
        copy(BUILT.resolve("restock-radar.jar"), folder.resolve("restock-radar.jar"));
        copy(BUILT.resolve("lib"), folder.resolve("lib"));
        Path home = Files.createDirectories(elsewhere.resolve("home"));
        int port = freePort();

        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-Duser.home=" + home, "-jar", "restock-radar.jar",
                "--data-dir", elsewhere.resolve("data").toString(), "--http-port", Integer.toString(port),
                "--management-port", Integer.toString(freePort()), "--no-demo")
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("MAVEN_OPTS");
        Process launcher = builder.start();
        List<String> lines = ProcessOutput.collect(launcher, "portable-launcher-output");
        try {
            await().atMost(Duration.ofSeconds(180)).until(() -> {
                assertThat(launcher.isAlive()).as("launcher exited early: %s", lines).isTrue();
                return lines.stream().anyMatch(line -> line.contains("Restock Radar is up"));
            });
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            long brokerPid = Long.parseLong(Files.readString(elsewhere.resolve("data/kafka/broker.pid"), StandardCharsets.UTF_8).trim());
            List<String> brokerArguments = List.of(ProcessHandle.of(brokerPid).orElseThrow().info().arguments().orElseThrow());
            String brokerClassPath = brokerArguments.get(brokerArguments.indexOf("-cp") + 1);

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(brokerClassPath.split(File.pathSeparator))
                    .as("the broker runs on the copied folder's jars alone")
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry).startsWith(folder + File.separator))
                    .anySatisfy(entry -> assertThat(entry).endsWith("broker" + File.separator + "*"));
            assertThat(Files.exists(home.resolve(".m2"))).isFalse();
            // --no-demo still loads the demo crews, logs a crew's link and says where crews come from.
            assertThat(lines).anyMatch(line -> line.contains("crew page of ") && line.contains("crew.html#token=rr_"))
                    .anyMatch(line -> line.contains("SLA: due 48h after the first report") && line.contains("Crews: 11 from dispatch.crews-file"));
        } finally {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor();
            }
        }
        assertThat(lines).noneMatch(line -> line.contains("Exception in thread"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
