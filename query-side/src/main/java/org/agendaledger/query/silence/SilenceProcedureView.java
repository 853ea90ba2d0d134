package org.agendaledger.query.silence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;

/**
 * One silence procedure as read: the pinned subject and text, when it started and until when it runs, where it
 * stands and how much time is left, its links to the procedure it revises or that revised it, its extensions,
 * its outcome and every addressee (frozen at circulation) with their reactions and the proof of each notice sent
 * to them; {@code secretariatCopies} are the notices sent to the secretariat's address
 * ({@code secretariatAddress}, as the Bureau held it at circulation).
 */
public record SilenceProcedureView(String procedureId, String meetingId, String bureauId, SilenceSubject subject,
                                   String text, Instant startedAt, Deadline deadline, ProcedureStatus status,
                                   Duration timeLeft, String recirculationOf, String recirculatedAs,
                                   List<Extension> extensions, Withdrawal withdrawal, Outcome outcome,
                                   List<Addressee> addressees, String secretariatAddress,
                                   List<Notice> secretariatCopies) {

    /** A deadline as an instant (UTC), with the time zone it is stated in and the local time there. */
    public record Deadline(Instant instant, String timeZone, OffsetDateTime local) {

        static Deadline of(Instant instant, String timeZone) {
            return new Deadline(instant, timeZone, instant.atZone(ZoneId.of(timeZone)).toOffsetDateTime());
        }
    }

    /** A later deadline the initiator set, and why. */
    public record Extension(Instant previousDeadline, Instant newDeadline, String reason) {
    }

    public record Withdrawal(String reason, Instant withdrawnAt) {
    }

    /**
     * How a closed procedure ended: approved by silence at its deadline ({@code approvedAt}), or broken by an
     * addressee ({@code brokenBy}, {@code brokenAt}, {@code breachKind}). A running or withdrawn procedure has none.
     */
    public record Outcome(Instant approvedAt, String brokenBy, Instant brokenAt, BreachKind breachKind) {
    }

    /**
     * An addressee, their state and everything they sent, in the order it was received; the contact the Bureau held
     * for them at circulation ({@code null} when none), whether they were told of the circulation
     * ({@code notified}) and every notice sent to them, in the order recorded.
     */
    public record Addressee(String memberId, String displayName, AddresseeState state, List<Reaction> reactions,
                            MemberContact contact, Notified notified, List<Notice> notices) {
    }

    /**
     * The proof of one notice to one recipient ({@code memberId}, {@code null} for the secretariat's copy): what it
     * told ({@code kind}, {@code subject}), the addresses it went to and was copied to, when it was queued and when
     * the mail server accepted it ({@code null} unless {@code ACCEPTED}), what became of it, its Message-ID, the
     * mail server's last reply, how many attempts it took, and the digest it went in, if any.
     */
    public record Notice(String noticeId, String memberId, NoticeKind kind, String subject, List<String> to,
                         List<String> cc, Instant queuedAt, Instant acceptedAt, NoticeOutcome outcome,
                         String messageId, String serverReply, int attempts, String digestOf) {

        /** The same notice to the same recipient, recorded again. */
        boolean sameAs(Notice other) {
            return noticeId.equals(other.noticeId) && Objects.equals(memberId, other.memberId);
        }

        /** Whether it is the notice that circulated the text (or the revised text) under silence. */
        boolean circulates() {
            return kind == NoticeKind.CIRCULATION || kind == NoticeKind.RECIRCULATION;
        }
    }

    /**
     * Whether an addressee was told of the circulation: the answer, when the mail server accepted the notice
     * ({@code acceptedAt}, only when {@code NOTIFIED}), and the answer in words, e.g. "notified of the circulation
     * at 2020-04-24T08:00:05Z". A notice accepted once counts, the earliest acceptance; otherwise the latest
     * notice's fate; with none recorded the answer is {@code PENDING}.
     */
    public record Notified(NoticeAnswer answer, Instant acceptedAt, String summary) {

        static Notified of(List<Notice> notices) {
            List<Notice> circulation = notices.stream().filter(Notice::circulates).toList();
            Notice accepted = circulation.stream().filter(n -> n.outcome() == NoticeOutcome.ACCEPTED)
                    .min(Comparator.comparing(Notice::acceptedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElse(null);
            if (accepted != null) {
                String what = accepted.kind() == NoticeKind.RECIRCULATION ? "revised text" : "circulation";
                String at = accepted.acceptedAt() == null ? "" : " at " + accepted.acceptedAt();
                return new Notified(NoticeAnswer.NOTIFIED, accepted.acceptedAt(),
                        "notified of the " + what + at);
            }
            NoticeOutcome latest = circulation.isEmpty() ? null : circulation.get(circulation.size() - 1).outcome();
            if (latest == null) {
                return new Notified(NoticeAnswer.PENDING, null, "pending");
            }
            return switch (latest) {
                case NO_ADDRESS -> new Notified(NoticeAnswer.NO_ADDRESS, null, "not notified: no address");
                case HELD_IN_OUTBOX -> new Notified(NoticeAnswer.HELD_IN_OUTBOX, null,
                        "held in the outbox (no mail server)");
                case REFUSED -> new Notified(NoticeAnswer.REFUSED, null, "refused by the mail server");
                case ACCEPTED -> throw new IllegalStateException("an accepted notice is found above");
            };
        }
    }

    /** One reaction; {@code late} when it arrived at or after the deadline and so changed nothing. */
    public record Reaction(ReactionKind kind, String text, Instant receivedAt, Channel channel, String reference,
                           boolean late) {
    }

    /** The procedure as it stands at {@code now}: the clock for a current read, the instant of an "as of" read. */
    static SilenceProcedureView of(SilenceProcedureState state, Instant now) {
        Outcome outcome = switch (state.status) {
            case APPROVED -> new Outcome(state.approvedAt, null, null, null);
            case BROKEN -> new Outcome(null, state.brokenBy, state.brokenAt, state.breachKind);
            case OPEN, WITHDRAWN -> null;
        };
        List<Addressee> addressees = state.addressees.stream().map(a -> {
            List<Notice> notices = noticesTo(state, a.memberId);
            return new Addressee(a.memberId, a.displayName, a.state, List.copyOf(a.reactions), a.contact,
                    Notified.of(notices), notices);
        }).toList();
        return new SilenceProcedureView(state.procedureId, state.meetingId, state.bureauId, state.subject,
                state.text, state.startedAt, Deadline.of(state.deadline, state.timeZone), state.status,
                timeLeft(state, now), state.recirculationOf, state.recirculatedAs, List.copyOf(state.extensions),
                state.withdrawal, outcome, addressees, state.secretariatAddress, noticesTo(state, null));
    }

    /** The notices to one member, or ({@code null}) the secretariat's copies, in the order recorded. */
    private static List<Notice> noticesTo(SilenceProcedureState state, String memberId) {
        return state.notices.stream().filter(n -> Objects.equals(n.memberId(), memberId)).toList();
    }

    /**
     * The time the addressees still have to break silence: until the deadline while the procedure runs, none once
     * the deadline has passed or the procedure was decided or withdrawn.
     */
    static Duration timeLeft(SilenceProcedureState state, Instant now) {
        if (state.status != ProcedureStatus.OPEN || !now.isBefore(state.deadline)) {
            return Duration.ZERO;
        }
        return Duration.between(now, state.deadline);
    }
}
