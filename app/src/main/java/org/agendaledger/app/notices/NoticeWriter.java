package org.agendaledger.app.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.agendaledger.app.web.TextChanges;
import org.agendaledger.events.silence.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * Writes the messages of one fact of a procedure to the outbox: one per addressee (in the addressee's language, with
 * the deadline also in the addressee's time zone) and one copy for the secretariat, each under a notice id made of
 * the event, the kind and the recipient, so that the same event written again adds nothing. An addressee without an
 * address gets a row that says so ({@code NO_ADDRESS}), so the record shows who could not be told; one who takes a
 * daily digest gets a row that waits for it ({@code DIGEST}), reminders excepted, which are urgent.
 */
@Component
class NoticeWriter {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final NoticeSettings settings;
    private final DeadlineAttachment attachment;

    NoticeWriter(Outbox outbox, MailTemplates templates, NoticeSettings settings, DeadlineAttachment attachment) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.attachment = attachment;
    }

    /** What a fact says, besides the procedure's own text and deadline. */
    record Particulars(List<NoticeContent.Change> changes, String previousProcedureId, String reactionBy,
                       String reactionKind, String reactionText, Instant previousDeadline, String reason) {

        static Particulars none() {
            return new Particulars(List.of(), null, null, null, null, null, null);
        }
    }

    /**
     * Writes the kind of message about the procedure to every addressee and the secretariat, due at {@code dueAt};
     * {@code tag} tells apart several messages of one kind for one event (the reminders).
     */
    void write(String eventId, String tag, NoticeKind kind, NoticeProcedures.Procedure procedure,
               List<Recipient> addressees, Particulars particulars, Instant queuedAt, Instant dueAt) {
        List<Recipient> recipients = new ArrayList<>(addressees);
        if (procedure.secretariatAddress() != null) {
            recipients.add(Recipient.secretariat(procedure.secretariatAddress()));
        }
        for (Recipient recipient : recipients) {
            String noticeId = "%s/%s%s/%s".formatted(eventId, kind.name(), tag == null ? "" : "-" + tag,
                    recipient.key());
            NoticeContent content = content(kind, procedure, recipient, particulars);
            MailTemplates.Rendered rendered = templates.notice(content, recipient.language());
            boolean withCalendar = kind == NoticeKind.CIRCULATION || kind == NoticeKind.RECIRCULATION
                    || kind == NoticeKind.EXTENDED;
            Outbox.Status status = !recipient.reachable() ? Outbox.Status.NO_ADDRESS
                    : recipient.digest() && kind != NoticeKind.REMINDER ? Outbox.Status.DIGEST : Outbox.Status.QUEUED;
            outbox.write(new Outbox.Message(noticeId, procedure.procedureId(), kind, recipient.memberId(),
                    recipient.to(), recipient.cc(), procedure.secretariatAddress(), rendered.subject(),
                    rendered.text(), rendered.html(), withCalendar ? attachment.calendar(procedure, content.link())
                            : null,
                    status, queuedAt, dueAt, 0, null, messageId(noticeId), null, null, null, false));
        }
    }

    private NoticeContent content(NoticeKind kind, NoticeProcedures.Procedure p, Recipient recipient,
                                  Particulars x) {
        Locale locale = MailTemplates.locale(recipient.language());
        String own = recipient.timeZone() == null || recipient.timeZone().equals(p.timeZone()) ? null
                : stated(p.deadline(), recipient.timeZone(), locale);
        return new NoticeContent(kind, recipient.displayName(), p.procedureId(), p.meetingId(), p.subjectKind(),
                p.subjectVersion(), p.subjectHash(), paragraphs(p.text()), stated(p.deadline(), p.timeZone(), locale),
                own, settings.link("/procedures/" + p.procedureId()), x.changes(), x.previousProcedureId(),
                x.reactionBy(), x.reactionKind(), x.reactionText(),
                x.previousDeadline() == null ? null : stated(x.previousDeadline(), p.timeZone(), locale), x.reason());
    }

    /** What changed from the previous version's text to this one, line by line. */
    static List<NoticeContent.Change> changes(String before, String after) {
        List<TextChanges.Line> old = paragraphs(before).stream().map(t -> new TextChanges.Line("p", t)).toList();
        List<TextChanges.Line> now = paragraphs(after).stream().map(t -> new TextChanges.Line("p", t)).toList();
        List<NoticeContent.Change> changes = new ArrayList<>();
        for (TextChanges.ChangedLine line : TextChanges.lines(old, now).lines()) {
            StringBuilder text = new StringBuilder();
            for (TextChanges.Piece piece : line.pieces()) {
                text.append(line.change() != TextChanges.Change.CHANGED || piece.change() == TextChanges.Change.SAME
                        ? piece.text() : piece.added() ? "{+" + piece.text() + "+}" : "[-" + piece.text() + "-]");
            }
            switch (line.change()) {
                case ADDED -> changes.add(new NoticeContent.Change("+", text.toString()));
                case REMOVED -> changes.add(new NoticeContent.Change("-", text.toString()));
                case CHANGED -> changes.add(new NoticeContent.Change("~", text.toString()));
                case SAME -> {
                }
            }
        }
        return changes;
    }

    static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A deadline as a reader in that zone and language reads it: "18:00, 30 August 2019 (Europe/Vienna)". */
    static String stated(Instant instant, String zone, Locale locale) {
        DateTimeFormatter form = DateTimeFormatter.ofPattern("fr".equals(locale.getLanguage())
                ? "d MMMM yyyy 'à' HH:mm" : "HH:mm, d MMMM yyyy", locale);
        return form.format(instant.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }

    /** The same Message-ID on every attempt, so a receiving server that got it once drops a repeat. */
    private String messageId(String noticeId) {
        String domain = settings.from().contains("@") ? settings.from().substring(settings.from().indexOf('@') + 1)
                : "agenda-ledger";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(noticeId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reminders of a procedure with this deadline that are still to come: each offset before it, if ahead. */
    List<Duration> remindersAhead(Instant deadline, Instant now) {
        return settings.reminders().stream().filter(offset -> deadline.minus(offset).isAfter(now)).toList();
    }
}
