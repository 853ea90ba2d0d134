package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The session cookie as configured: {@code SameSite=Lax} and {@code HttpOnly} everywhere; {@code Secure} as the
 * request came in on the embedded default, always on the {@code postgres} profile unless turned off. (That these
 * settings reach the {@code Set-Cookie} header is {@code WebSessionsAcrossNodesIT}'s.)
 */
class SessionCookieSettingsTest {

    private static final String COOKIE = "server.servlet.session.cookie.";

    @Test
    void theEmbeddedDefaultSendsALaxHttpOnlyCookieSecureAsTheRequestCameIn() throws IOException {
        ConfigurableEnvironment environment = environment(Map.of(), "application.yml");

        assertThat(environment.getProperty(COOKIE + "same-site")).isEqualTo("lax");
        assertThat(environment.getProperty(COOKIE + "http-only", Boolean.class)).isTrue();
        assertThat(environment.getProperty(COOKIE + "secure")).as("unset: as the request came in").isNull();
    }

    @Test
    void thePostgresProfileSendsItOverHttpsOnlyUnlessTurnedOff() throws IOException {
        assertThat(environment(Map.of(), "application.yml", "application-postgres.yml")
                .getProperty(COOKIE + "secure", Boolean.class)).isTrue();
        assertThat(environment(Map.of("AGENDA_LEDGER_SECURE_COOKIE", "false"), "application.yml",
                "application-postgres.yml").getProperty(COOKIE + "secure", Boolean.class)).isFalse();
        assertThat(environment(Map.of(), "application.yml", "application-postgres.yml")
                .getProperty(COOKIE + "same-site")).isEqualTo("lax");
    }

    /** The given YAML files, each later one over the earlier ones, under the given variables. */
    private static ConfigurableEnvironment environment(Map<String, Object> variables, String... files)
            throws IOException {
        ConfigurableEnvironment environment = new AbstractEnvironment() {
        };
        for (String file : files) {
            for (var source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addFirst(source);
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        return environment;
    }
}
