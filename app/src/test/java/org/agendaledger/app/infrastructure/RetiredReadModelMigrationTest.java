package org.agendaledger.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A store written by the version that still had the organization-of-work read model upgrades cleanly: its tables,
 * the tokens of its processor and the events parked for it go; everything of the other processors stays.
 */
class RetiredReadModelMigrationTest {

    @Test
    void upgradingRetiresTheOrganizationOfWorkReadModelAndNothingElse() {
        DriverManagerDataSource store = new DriverManagerDataSource(
                "jdbc:h2:mem:retired-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(store);
        Flyway.configure().dataSource(store).locations("classpath:db/migration").target("220").load().migrate();
        for (String processor : new String[]{"organization-of-work", "agenda-view"}) {
            for (int segment = 0; segment < 4; segment++) {
                jdbc.update("INSERT INTO token_entry (processor_name, segment, owner) VALUES (?, ?, 'node-1')",
                        processor, segment);
            }
            jdbc.update("""
                    INSERT INTO dead_letter_entry (dead_letter_identifier, processing_group, sequence_identifier,
                      sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at)
                    VALUES (?, ?, 'm-1', 0, 'DomainEventMessage', ?, '2031-01-01T00:00:00Z', 'AgendaItemAdded',
                      X'7B7D', '2031-01-01T00:00:00Z')""", "letter-" + processor, processor, "event-" + processor);
        }
        jdbc.update("INSERT INTO organization_of_work_state (meeting_id, document, last_sequence) VALUES ('m-1', "
                + "'{}', 3)");

        Flyway.configure().dataSource(store).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("SELECT DISTINCT processor_name FROM token_entry", String.class))
                .containsExactly("agenda-view");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM token_entry", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT processing_group FROM dead_letter_entry", String.class))
                .containsExactly("agenda-view");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE LOWER(table_name) LIKE 'organization_of_work%'", Integer.class)).isZero();
    }
}
