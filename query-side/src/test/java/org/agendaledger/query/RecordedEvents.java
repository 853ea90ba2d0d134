package org.agendaledger.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * Events as the store would hand them to a read model: one stream per aggregate with gapless sequence numbers, an
 * identifier each, a recording clock that ticks a second per event, and the metadata the API gives them.
 */
public final class RecordedEvents {

    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2026-03-01T09:00:00Z");

    /** The next event of an aggregate's stream, recorded now. */
    public DomainEventMessage<?> record(String aggregateType, String aggregateId, Object payload,
                                        Map<String, ?> metaData) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        clock = clock.plusSeconds(1);
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData,
                UUID.randomUUID().toString(), clock);
    }

    /** The metadata of an event caused by a user's command at a business time. */
    public static Map<String, Object> acting(String actor, String role, String memberId, String businessTime) {
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put("actor", actor);
        metaData.put("role", role);
        if (memberId != null) {
            metaData.put("memberId", memberId);
        }
        metaData.put("correlationId", "corr-" + actor + "-" + businessTime);
        metaData.put("businessTime", businessTime);
        return metaData;
    }

    /** The metadata the secretariat's commands give their events. */
    public static Map<String, Object> secretariat(String businessTime) {
        return acting("secretariat", "SECRETARIAT", null, businessTime);
    }

    /** The metadata of an outcome the silence procedure process carries to the meeting. */
    public static Map<String, Object> system(String businessTime) {
        return acting("system", "SYSTEM", null, businessTime);
    }

    /** An empty embedded database with the given read-side migrations applied. */
    public static DataSource database(String... migrations) {
        EmbeddedDatabaseBuilder builder = new EmbeddedDatabaseBuilder().generateUniqueName(true)
                .setType(EmbeddedDatabaseType.H2);
        for (String migration : migrations) {
            builder.addScript("classpath:db/migration/" + migration);
        }
        return builder.build();
    }
}
