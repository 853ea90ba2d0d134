package org.agendaledger.command.shared;

/**
 * The one sending the command may not do this, whatever the record's state: a Bureau member reacting in another
 * member's name, or to a procedure not circulated to them. Nothing is stored.
 */
public class NotPermitted extends RuleViolation {

    public NotPermitted(String code, String message) {
        super(code, message);
    }
}
