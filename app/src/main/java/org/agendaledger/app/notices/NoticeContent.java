package org.agendaledger.app.notices;

import java.util.List;
import org.agendaledger.events.silence.NoticeKind;

/**
 * What one notice says, before it is put in the recipient's language: the procedure and its subject, the text under
 * silence paragraph by paragraph, the deadline in the meeting's time zone and in the recipient's, the page to act
 * on, and what is particular to the kind — the changes since the previous version, the objection or amendment and
 * who made it, the earlier deadline and the reason for an extension or withdrawal.
 */
record NoticeContent(NoticeKind kind, String recipientName, String procedureId, String meetingId, String subjectKind,
                     int subjectVersion, String subjectHash, List<String> paragraphs, String deadlineInMeetingZone,
                     String deadlineInOwnZone, String link, List<Change> changes, String previousProcedureId,
                     String reactionBy, String reactionKind, String reactionText, String previousDeadline,
                     String reason) {

    /** One line of what changed since the previous version: {@code +} added, {@code -} removed. */
    record Change(String sign, String text) {
    }

    NoticeContent {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
