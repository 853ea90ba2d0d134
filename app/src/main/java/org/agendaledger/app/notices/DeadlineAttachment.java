package org.agendaledger.app.notices;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.query.calendar.DeadlineCalendar;
import org.springframework.stereotype.Component;

/**
 * The deadline of a procedure as an iCalendar file ({@code deadline.ics}) attached to its circulation, its revised
 * text's and its extension: the same event, under the same UID, as the member's own deadline feed, so a calendar
 * that holds both shows one entry, moved when the deadline is extended.
 */
@Component
class DeadlineAttachment {

    String calendar(NoticeProcedures.Procedure procedure, String link) {
        String subject = DeadlineCalendar.subject(SubjectKind.valueOf(procedure.subjectKind()),
                procedure.subjectVersion(), procedure.meetingId());
        byte[] ics = DeadlineCalendar.ics(procedure.procedureId(), subject, procedure.text(), procedure.deadline(),
                ZoneId.of(procedure.timeZone()), URI.create(link));
        return new String(ics, StandardCharsets.UTF_8);
    }
}
