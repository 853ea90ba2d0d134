package org.agendaledger.query.silence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.Reaction;
import org.agendaledger.events.silence.RevisedTextRecirculated;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;

/** The events of one procedure of a test meeting, circulated on 24 April 2020 until 1 May 2020, 18:00 in Vienna. */
final class SilenceEvents {

    static final String MEETING = "wg4-2031";
    static final String ZONE = "Europe/Vienna";
    static final Instant START = Instant.parse("2020-04-24T08:00:00Z");
    static final Instant DEADLINE = Instant.parse("2020-05-01T16:00:00Z");
    static final SilenceSubject TOPICS = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1, "sha256:topics-1");

    final String procedureId;

    SilenceEvents(String procedureId) {
        this.procedureId = procedureId;
    }

    SilenceProcedureStarted started(String... members) {
        return started(START, null, members);
    }

    SilenceProcedureStarted started(Instant startedAt, String recirculationOf, String... members) {
        List<Addressee> addressees = Arrays.stream(members).map(m -> new Addressee(m, "Member " + m)).toList();
        return new SilenceProcedureStarted(procedureId, MEETING, "bureau", TOPICS, "Topics for 2031", startedAt,
                DEADLINE, ZONE, addressees, recirculationOf);
    }

    SilenceCommentRecorded comment(String member, String at) {
        return new SilenceCommentRecorded(procedureId, member, "Editorial comment of " + member, Instant.parse(at),
                Channel.ONLINE, null);
    }

    SilenceBroken broken(String member, BreachKind kind, String at) {
        return new SilenceBroken(procedureId, member, kind, kind + " of " + member, Instant.parse(at),
                Channel.LETTER, "letter of " + at);
    }

    FurtherObjectionRecorded further(String member, BreachKind kind, String at) {
        return new FurtherObjectionRecorded(procedureId, member, kind, kind + " of " + member, Instant.parse(at),
                Channel.ONLINE, null);
    }

    LateObjectionRecorded late(String member, String at) {
        return new LateObjectionRecorded(procedureId, member, BreachKind.OBJECTION, "Late objection of " + member,
                Instant.parse(at), Channel.EMAIL, "e-mail", DEADLINE);
    }

    SilenceDeadlineExtended extended(Instant from, Instant to, String reason) {
        return new SilenceDeadlineExtended(procedureId, from, to, reason);
    }

    SilenceProcedureWithdrawn withdrawn(String reason, String at) {
        return new SilenceProcedureWithdrawn(procedureId, reason, Instant.parse(at));
    }

    SilenceProcedureApproved approved(List<Reaction> comments, String... members) {
        List<Addressee> addressees = Arrays.stream(members).map(m -> new Addressee(m, "Member " + m)).toList();
        return new SilenceProcedureApproved(procedureId, MEETING, TOPICS, DEADLINE, DEADLINE, addressees, comments);
    }

    /**
     * A notice of the given kind to a member ({@code null}: the secretariat's copy), queued at {@code at} and, when
     * accepted, accepted five seconds later.
     */
    NoticeDelivered notice(String noticeId, NoticeKind kind, String member, NoticeOutcome outcome, String at) {
        Instant queued = Instant.parse(at);
        boolean accepted = outcome == NoticeOutcome.ACCEPTED;
        List<String> to = outcome == NoticeOutcome.NO_ADDRESS ? List.of()
                : List.of((member == null ? "secretariat" : member) + "@mission.example.org");
        return new NoticeDelivered(procedureId, noticeId, kind, member, to, List.of(), kind + " of " + procedureId,
                queued, accepted ? queued.plusSeconds(5) : null, outcome, accepted ? "<" + noticeId + "@ledger>" : null,
                accepted ? "250 OK" : outcome == NoticeOutcome.REFUSED ? "550 No such user" : null, 1, null);
    }

    RevisedTextRecirculated recirculatedAs(String newProcedureId) {
        return new RevisedTextRecirculated(procedureId, newProcedureId);
    }
}
