package org.agendaledger.query.silence;

import java.util.List;
import org.agendaledger.events.bureau.MemberContact;

/**
 * The proof of notice of a silence procedure, for the secretariat and the auditor: for each addressee (frozen at
 * circulation) whether they were told of the circulation and when, with every notice sent to them; and the copies
 * sent to the secretariat.
 */
public record ProcedureNotices(String procedureId, String meetingId, ProcedureStatus status,
                               List<AddresseeNotices> addressees, String secretariatAddress,
                               List<SilenceProcedureView.Notice> secretariatCopies) {

    /** One addressee: the contact frozen at circulation, the short answer and the notices, in the order recorded. */
    public record AddresseeNotices(String memberId, String displayName,
                                   MemberContact contact,
                                   SilenceProcedureView.Notified notified, List<SilenceProcedureView.Notice> notices) {
    }

    /** Every addressee's notices and the secretariat's copies. */
    static ProcedureNotices of(SilenceProcedureView view) {
        return new ProcedureNotices(view.procedureId(), view.meetingId(), view.status(),
                view.addressees().stream().map(ProcedureNotices::of).toList(), view.secretariatAddress(),
                view.secretariatCopies());
    }

    /** One addressee's notices only: no other addressee's, and not the secretariat's copies. */
    static ProcedureNotices of(SilenceProcedureView view, String memberId) {
        return new ProcedureNotices(view.procedureId(), view.meetingId(), view.status(),
                view.addressees().stream().filter(a -> a.memberId().equals(memberId)).map(ProcedureNotices::of)
                        .toList(),
                null, List.of());
    }

    private static AddresseeNotices of(SilenceProcedureView.Addressee a) {
        return new AddresseeNotices(a.memberId(), a.displayName(), a.contact(), a.notified(), a.notices());
    }
}
