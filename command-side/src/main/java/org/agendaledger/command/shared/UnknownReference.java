package org.agendaledger.command.shared;

/** A command names something (an item, a slot, a member…) that does not exist where it points. */
public class UnknownReference extends RuleViolation {

    public UnknownReference(String code, String message) {
        super(code, message);
    }
}
