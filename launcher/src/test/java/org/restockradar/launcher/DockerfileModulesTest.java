package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image build copies the poms before {@code dependency:go-offline}: a module listed in the root pom but not copied
 * stops Maven there ("Child module ... does not exist"). No Docker engine runs in the tests, so this is checked on the
 * files themselves.
 */
final class DockerfileModulesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldCopyThePomOfEveryModuleOfTheRootPom() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"), StandardCharsets.UTF_8);

        List<String> modules = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(rootPom);
        while (module.find()) {
            modules.add(module.group(1).trim());
        }

        assertThat(modules).isNotEmpty().contains("launcher");
        assertThat(modules).allSatisfy(name ->
                assertThat(dockerfile).as("docker/Dockerfile copies %s/pom.xml", name)
                        .containsPattern("(?m)^COPY " + Pattern.quote(name) + "/pom\\.xml "));
    }
}
