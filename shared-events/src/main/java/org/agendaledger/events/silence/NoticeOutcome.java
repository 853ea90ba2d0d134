package org.agendaledger.events.silence;

/** What became of a notice. */
public enum NoticeOutcome {
    /** The mail server accepted the message for delivery (SMTP 250). */
    ACCEPTED,
    /** The mail server refused the message for good (SMTP 5xx): the recipient was not told by e-mail. */
    REFUSED,
    /** No mail server is configured: the message is kept in the outbox, where it can be read as it would be sent. */
    HELD_IN_OUTBOX,
    /** The recipient has no address: nobody could be told. */
    NO_ADDRESS
}
