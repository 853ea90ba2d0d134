package org.agendaledger.command.shared;

/**
 * What travels with a refused command when it crosses a process boundary (Axon Server): the rule's code,
 * its sentence, and whether it was an unknown reference.
 */
public record ErrorDetails(String code, String message, boolean unknownReference) {

    public static ErrorDetails of(RuleViolation violation) {
        return new ErrorDetails(violation.code(), violation.getMessage(), violation instanceof UnknownReference);
    }

    public RuleViolation toViolation() {
        return unknownReference ? new UnknownReference(code, message) : new RuleViolation(code, message);
    }
}
