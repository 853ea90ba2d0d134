package org.agendaledger.command.shared;

import java.util.Map;

/**
 * What travels with a refused command when it crosses a process boundary (Axon Server): the rule's code, its
 * sentence, which kind of refusal it is and, for refused fields, each field's sentence.
 */
public record ErrorDetails(String code, String message, Kind kind, Map<String, String> fields) {

    /** The kinds of {@link RuleViolation}, each answered in its own way. */
    public enum Kind {
        RULE, UNKNOWN_REFERENCE, NOT_PERMITTED, INVALID_FIELDS
    }

    public static ErrorDetails of(RuleViolation violation) {
        if (violation instanceof InvalidFields invalid) {
            return new ErrorDetails(violation.code(), violation.getMessage(), Kind.INVALID_FIELDS, invalid.fields());
        }
        Kind kind = violation instanceof UnknownReference ? Kind.UNKNOWN_REFERENCE
                : violation instanceof NotPermitted ? Kind.NOT_PERMITTED : Kind.RULE;
        return new ErrorDetails(violation.code(), violation.getMessage(), kind, Map.of());
    }

    public RuleViolation toViolation() {
        return switch (kind == null ? Kind.RULE : kind) {
            case RULE -> new RuleViolation(code, message);
            case UNKNOWN_REFERENCE -> new UnknownReference(code, message);
            case NOT_PERMITTED -> new NotPermitted(code, message);
            case INVALID_FIELDS -> new InvalidFields(code, fields == null ? Map.of() : fields);
        };
    }
}
