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
 * The web sessions as configured: the cookie {@code SameSite=Lax} and {@code HttpOnly} everywhere, {@code Secure} as
 * the request came in on the embedded default and always on the {@code postgres} profile unless turned off; expired
 * sessions deleted every minute. (That these settings reach the {@code Set-Cookie} header and the tables is
 * {@code WebSessionsAcrossNodesIT}'s.)
 */
class WebSessionSettingsTest {

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

    @Test
    void expiredSessionsAreDeletedEveryMinuteFromTheTablesFlywayCreated() throws IOException {
        ConfigurableEnvironment environment = environment(Map.of(), "application.yml");

        // the clean-up itself, on the tables of V210, is WebSessionsAcrossNodesIT's (every second there)
        assertThat(environment.getProperty("spring.session.jdbc.cleanup-cron")).isEqualTo("0 * * * * *");
        assertThat(environment.getProperty("spring.session.jdbc.initialize-schema")).isEqualTo("never");
        assertThat(environment.getProperty("spring.session.jdbc.table-name")).as("Spring Session's default")
                .isNull();
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
