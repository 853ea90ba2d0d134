package org.agendaledger.query.silence;

/**
 * The short answer to "was this addressee told of the circulation?": told (the mail server accepted the circulation
 * notice), not told because the member had no address, the message kept in the built-in outbox because no mail
 * server is configured, refused by the mail server, or nothing recorded yet.
 */
public enum NoticeAnswer {
    NOTIFIED,
    NO_ADDRESS,
    HELD_IN_OUTBOX,
    REFUSED,
    PENDING
}
