package org.agendaledger.app.infrastructure;

import org.agendaledger.command.meeting.Meeting;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the long streams: a meeting is snapshotted every {@code agenda-ledger.snapshots.meeting-every} events
 * (Axon's event-count trigger; the snapshot is written after the command's transaction commits, in a transaction of
 * its own, and a failure to write one is logged and costs nothing but the next load's speed), so a command on a
 * meeting loads its latest snapshot and the events after it instead of the whole stream. A snapshot is a cache:
 * it is derived from the events, in a table of its own outside the hash chain, and deleting every snapshot changes
 * nothing but speed. A snapshot of another {@link Meeting#SNAPSHOT_REVISION}, or one that cannot be read, is passed
 * over ({@link ReadableSnapshots}); the stream is then replayed whole. Every reader of a whole stream (the history
 * behind {@code asOf}, the notices, the story) reads it from sequence 0, never from a snapshot.
 */
@Configuration(proxyBeanMethods = false)
class AggregateSnapshots {

    @Bean(Meeting.SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition meetingSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${agenda-ledger.snapshots.meeting-every:100}") int every) {
        if (every < 1) {
            throw new IllegalArgumentException(
                    "agenda-ledger.snapshots.meeting-every must be at least 1 (events between snapshots), not "
                            + every);
        }
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /** The snapshots are written and read by the general serializer (on Axon Server too). */
    @Bean(Meeting.SNAPSHOT_FILTER)
    SnapshotFilter meetingSnapshotFilter(Serializer serializer) {
        return new ReadableSnapshots(Meeting.class, Meeting.SNAPSHOT_REVISION, serializer);
    }
}
