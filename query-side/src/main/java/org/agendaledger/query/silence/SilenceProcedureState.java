package org.agendaledger.query.silence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.BreachKind;

/**
 * Everything the read model remembers about one silence procedure, as stored (JSON) in
 * {@code silence_procedure_view}. The time left is not stored: it depends on when the procedure is read. The
 * immutable values are those of {@link SilenceProcedureView}; the document is rebuilt by replay whenever they change.
 */
class SilenceProcedureState {

    static class Addressee {
        public String memberId;
        public String displayName;
        public MemberContact contact;
        public AddresseeState state = AddresseeState.SILENT;
        public List<SilenceProcedureView.Reaction> reactions = new ArrayList<>();
    }

    public String procedureId;
    public String meetingId;
    public String bureauId;
    public SilenceSubject subject;
    public String text;
    public Instant startedAt;
    public Instant deadline;
    public String timeZone;
    public ProcedureStatus status = ProcedureStatus.OPEN;
    public String recirculationOf;
    public String recirculatedAs;
    public List<SilenceProcedureView.Extension> extensions = new ArrayList<>();
    public SilenceProcedureView.Withdrawal withdrawal;
    public Instant approvedAt;
    public String brokenBy;
    public Instant brokenAt;
    public BreachKind breachKind;
    public List<Addressee> addressees = new ArrayList<>();
    public String secretariatAddress;
    /** Every notice recorded, to the addressees and the secretariat, one per notice and recipient. */
    public List<SilenceProcedureView.Notice> notices = new ArrayList<>();

    Addressee addressee(String memberId) {
        return addressees.stream().filter(a -> a.memberId.equals(memberId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "'" + memberId + "' is not an addressee of silence procedure " + procedureId));
    }
}
