package org.agendaledger.command.shared;

import org.agendaledger.events.EventMetaData;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The time at which a fact happened in the business: when a letter was received, when a meeting opened.
 * It is the {@link EventMetaData#BUSINESS_TIME} entry of the command's metadata when present (the story of a past
 * meeting is replayed with its real dates), otherwise the clock. Axon's own event timestamp stays the recording time.
 */
public final class BusinessTime {

    private BusinessTime() {
    }

    public static Instant now() {
        if (CurrentUnitOfWork.isStarted()) {
            Object value = CurrentUnitOfWork.get().getMessage().getMetaData().get(EventMetaData.BUSINESS_TIME);
            if (value != null) {
                return Instant.parse(value.toString());
            }
        }
        return recordingTime();
    }

    /** The clock Axon stamps events with (replaced by the test fixtures' clock). */
    public static Instant recordingTime() {
        return GenericEventMessage.clock.instant();
    }
}
