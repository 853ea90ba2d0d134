package org.agendaledger.app.web;

import java.time.LocalDateTime;
import org.agendaledger.command.api.InputRules;

/**
 * Any of the silence-procedure forms, as typed: every field a string, so that what was typed comes back unchanged
 * next to the reason when it is refused. {@code action} and {@code target} say which form on the page it came from.
 */
class ProcedureForm {

    /** A field that does not parse. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private String action = "";
    private String target = "";
    private String subject = "";
    private String text = "";
    private String deadline = "";
    private String reason = "";
    private String memberId = "";
    private String kind = "";
    private String channel = "";
    private String reference = "";

    /** The value typed in a field of one form on the page, empty for the other forms. */
    public String v(String action, String target, String field) {
        if (!this.action.equals(action) || !(target == null || this.target.equals(target))) {
            return "";
        }
        return switch (field) {
            case "subject" -> subject;
            case "text" -> text;
            case "deadline" -> deadline;
            case "reason" -> reason;
            case "memberId" -> memberId;
            case "kind" -> kind;
            case "channel" -> channel;
            case "reference" -> reference;
            default -> "";
        };
    }

    /** The deadline as typed, read by the API's rule ({@link InputRules#deadline}), with its sentence. */
    LocalDateTime localDeadline() {
        try {
            return InputRules.deadline(deadline.trim());
        } catch (InputRules.Refused refused) {
            throw new Invalid("Deadline: " + refused.getMessage());
        }
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new Invalid("Please give " + what + ".");
        }
        return value.trim();
    }

    /** A text of the form, trimmed, with the API's bounds; {@code label} names it in the sentence. */
    static String bounded(String value, String label, int max, boolean multiLine) {
        String text = value == null ? "" : value.trim();
        (multiLine ? InputRules.multiLine(text, max) : InputRules.oneLine(text, max)).ifPresent(message -> {
            throw new Invalid(label + ": " + message);
        });
        return text;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null ? "" : action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target == null ? "" : target;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline == null ? "" : deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId == null ? "" : memberId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? "" : reference;
    }
}
