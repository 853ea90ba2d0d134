package org.agendaledger.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * XStream, Axon's default serializer, is not on the application's class path: the application serializes with
 * Jackson 3 only ({@link Serializers}), and the dependency is excluded wherever Axon brings it in. Checked in the jar
 * {@code mvn package} builds (an integration test runs after it) and in the class path every integration test runs
 * the application with.
 */
class NoXStreamIT {

    private static final List<String> XSTREAM_AND_ITS_PARSERS = List.of("xstream-", "mxparser-", "xmlpull-");

    @Test
    void thePackagedApplicationCarriesNoXStream() throws IOException {
        // given
        Path jar = packagedJar();

        // when
        List<String> libraries;
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
        }

        // then
        assertThat(libraries).as("the jar's libraries").anyMatch(name -> name.startsWith("axon-messaging-"))
                .noneMatch(name -> XSTREAM_AND_ITS_PARSERS.stream().anyMatch(name::startsWith));
    }

    @Test
    void theApplicationRunsWithoutXStreamOnItsClassPath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream", false,
                Serializers.class.getClassLoader())).isInstanceOf(ClassNotFoundException.class);
        assertThat(System.getProperty("java.class.path")).doesNotContain("xstream");
    }

    private static Path packagedJar() throws IOException {
        Path target = Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files
                    .filter(path -> path.getFileName().toString().matches("app-[^-]*-SNAPSHOT\\.jar|app-[0-9.]+\\.jar"))
                    .toList();
            assertThat(jars).as("the application's jar in %s: run this test after mvn package (e.g. mvn verify)",
                    target.toAbsolutePath()).hasSize(1);
            return jars.get(0);
        }
    }
}
