package org.agendaledger.command.api;

/** The metadata keys every command, and through correlation every event, carries. */
public final class CommandMetaData {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String MEMBER_ID = "memberId";
    public static final String CORRELATION_ID = "correlationId";

    private CommandMetaData() {
    }
}
