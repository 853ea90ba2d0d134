package org.agendaledger.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's start command runs the application from the jar {@code mvn package} extracts, with the class-data
 * sharing archive the package phase writes for it: the classes of a start come mapped from the archive instead of
 * being read, verified and parsed from the jars. Checked by running that command, with the JVM told to fail rather
 * than start without the archive ({@code -Xshare:on}) and to log where each class came from; the audit usage is the
 * quickest way through the application's {@code main}.
 */
class StartCommandIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String PACKAGE_AND_START = "mvn -B -q package -DskipTests && ";

    @Test
    void theReadmesStartCommandLoadsTheApplicationFromItsClassDataSharingArchive() throws Exception {
        // given
        List<String> start = readmeStartCommand();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xshare:on", "-Xlog:class+load=info"));
        command.addAll(start.subList(1, start.size()));
        command.add("audit");

        // when
        Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the start command exits after the audit usage").isTrue();

        // then
        assertThat(process.exitValue()).as("exit code of %s; it printed:%n%s", command, tail(output)).isEqualTo(2);
        assertThat(output).as("where the JVM found the application's main class")
                .contains("org.agendaledger.app.AgendaLedgerApplication source: shared objects file (top)")
                .contains("org.agendaledger.app.audit.AuditCommandLine source: shared objects file (top)")
                .contains("Usage:");
    }

    @Test
    void theArchiveIsWrittenBesideTheExtractedJarByThePackagePhase() throws IOException {
        // given
        List<String> start = readmeStartCommand();

        // when
        String archive = start.stream().filter(argument -> argument.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .map(argument -> argument.substring("-XX:SharedArchiveFile=".length())).orElseThrow();
        String jar = start.get(start.indexOf("-jar") + 1);

        // then
        assertThat(PROJECT.resolve(archive)).as("the class-data sharing archive").isRegularFile()
                .hasParent(PROJECT.resolve(jar).getParent());
        assertThat(Files.getLastModifiedTime(PROJECT.resolve(archive)))
                .as("the archive is written after the jar it was trained on")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(PROJECT.resolve(jar)));
    }

    /** The {@code java …} half of the README's run line, split into its words. */
    private static List<String> readmeStartCommand() throws IOException {
        List<String> lines = Files.readAllLines(PROJECT.resolve("README.md"));
        List<String> starts = lines.stream().filter(line -> line.startsWith(PACKAGE_AND_START)).toList();
        assertThat(starts).as("the README's line that packages and starts the application").hasSize(1);
        List<String> words = Arrays.asList(starts.get(0).substring(PACKAGE_AND_START.length()).trim().split("\\s+"));
        assertThat(words).as("the README's start command").startsWith("java").contains("-jar");
        return words;
    }

    private static String tail(String output) {
        return output.lines().filter(line -> !line.contains("source:")).reduce("", (a, b) -> a + b + "\n");
    }
}
