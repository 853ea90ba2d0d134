package org.agendaledger.command.meeting;

import org.agendaledger.command.shared.KnownMeetings;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A meeting's existence, read by loading the {@link Meeting} aggregate once in a unit of work of its own (its events
 * only: the id of a Bureau or a procedure names no meeting).
 */
@Component
class MeetingExistence implements KnownMeetings {

    private final Repository<Meeting> meetings;

    MeetingExistence(Repository<Meeting> meetings) {
        this.meetings = meetings;
    }

    @Override
    public void require(String meetingId) {
        ResultMessage<?> loaded = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> meetings.load(meetingId).identifierAsString());
        if (loaded.isExceptional()) {
            if (loaded.exceptionResult() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("The meeting " + meetingId + " could not be read",
                    loaded.exceptionResult());
        }
    }
}
