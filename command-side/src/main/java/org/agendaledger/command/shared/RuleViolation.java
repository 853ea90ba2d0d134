package org.agendaledger.command.shared;

/**
 * A command broke a rule of the procedure. Carries a stable error code for clients and a sentence a
 * secretariat officer understands. Nothing is stored when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
