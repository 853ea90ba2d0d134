package org.agendaledger.command.shared;

/**
 * Whether an id names a meeting, for a request that reads before it commands (the text of a document is read for a
 * meeting that exists, as the import that follows it is).
 */
public interface KnownMeetings {

    /**
     * Returns when the id names a meeting; otherwise throws the refusal every command to an unknown meeting gets
     * ({@code 404 UNKNOWN_ID}).
     */
    void require(String meetingId);
}
