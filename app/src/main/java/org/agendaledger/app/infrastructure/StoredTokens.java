package org.agendaledger.app.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every event processor stands, read from the database rather than from this node's memory: the tokens in
 * {@code token_entry} and the positions of the events parked in {@code dead_letter_entry}. A token is stored in the
 * same transaction as the read model's rows, so what these tables say is what the read models hold — on every node,
 * whichever node processes the segment.
 */
@Component
public class StoredTokens {

    /** One segment of a processor: its token (the lower bound of a replay), who holds it and since when. */
    public record Segment(String processor, int segment, TrackingToken token, String owner, String timestamp) {
    }

    /** An event parked in a dead-letter queue: its processing group and the position it was read at. */
    public record ParkedEvent(String processingGroup, String eventId, TrackingToken token) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(DataSource dataSource, Serializer serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    /** Every stored segment of every processor. */
    public List<Segment> segments() {
        return jdbc.query("SELECT processor_name, segment, token, token_type, owner, time_stamp FROM token_entry "
                + "ORDER BY processor_name, segment",
                (row, n) -> new Segment(row.getString("processor_name"),
                        row.getInt("segment"), token(row), row.getString("owner"), row.getString("time_stamp")));
    }

    /** Every parked event of every processing group, oldest first within a group. */
    public List<ParkedEvent> parked() {
        return jdbc.query("SELECT processing_group, event_identifier, token, token_type FROM dead_letter_entry "
                + "ORDER BY processing_group, sequence_index",
                (row, n) -> new ParkedEvent(
                        row.getString("processing_group"), row.getString("event_identifier"), token(row)));
    }

    private TrackingToken token(ResultSet row) throws SQLException {
        byte[] bytes = row.getBytes("token");
        String type = row.getString("token_type");
        if (bytes == null || type == null) {
            return null;
        }
        SerializedType serializedType = new SimpleSerializedType(type, null);
        Object token = serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, serializedType));
        return token instanceof TrackingToken tracking ? WrappedToken.unwrapLowerBound(tracking) : null;
    }
}
