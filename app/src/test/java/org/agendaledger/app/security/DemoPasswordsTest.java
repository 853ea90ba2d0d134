package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agendaledger.app.AgendaLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The demo users are for the embedded demonstration only: the postgres profile refuses to start with them. */
class DemoPasswordsTest {

    @Test
    void thePostgresProfileRefusesToStartWithTheDemoPasswords() {
        // an in-memory database stands in for PostgreSQL: what is checked is the profile's user policy
        SpringApplicationBuilder app = new SpringApplicationBuilder(AgendaLedgerApplication.class);
        assertThatThrownBy(() -> app.run("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:h2:mem:demo-passwords", "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--server.port=0"))
                .hasStackTraceContaining("still has the demo password");
    }

    @Test
    void aBureauMemberMustBeBoundToAMember() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(AgendaLedgerApplication.class);
        assertThatThrownBy(() -> app.run("--spring.profiles.active=default",
                "--spring.datasource.url=jdbc:h2:mem:member-binding", "--server.port=0",
                "--agenda-ledger.story.enabled=false", "--agenda-ledger.security.users[0].username=someone",
                "--agenda-ledger.security.users[0].password={noop}secret",
                "--agenda-ledger.security.users[0].role=BUREAU_MEMBER"))
                .hasStackTraceContaining("bound to exactly one member id");
    }
}
