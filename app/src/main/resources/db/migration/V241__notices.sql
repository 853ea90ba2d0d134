-- The notices to Bureau members (processing group notices, never replayed; docs/notices.md). Portable between H2
-- and PostgreSQL. Nothing here is a read model: a rebuild never touches these tables, so nothing is sent twice.

-- What the notices know of each procedure circulated while they were kept: the text, the deadline, whether it
-- still runs (OPEN) or ended (ENDED), the secretariat's address frozen at circulation.
CREATE TABLE notice_procedure (
    procedure_id        VARCHAR(255)             NOT NULL,
    meeting_id          VARCHAR(255)             NOT NULL,
    bureau_id           VARCHAR(255)             NOT NULL,
    subject_kind        VARCHAR(32)              NOT NULL,
    subject_version     INTEGER                  NOT NULL,
    subject_hash        VARCHAR(255),
    text_under_silence  VARCHAR                  NOT NULL,
    deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone           VARCHAR(64)              NOT NULL,
    secretariat_address VARCHAR(254),
    recirculation_of    VARCHAR(255),
    status              VARCHAR(16)              NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_notice_procedure PRIMARY KEY (procedure_id)
);

-- The addressees of each procedure with the contact they are told at (frozen at circulation, updated when the
-- member's contact changes while the procedure runs); contact_to NULL: no address.
CREATE TABLE notice_addressee (
    procedure_id  VARCHAR(255) NOT NULL,
    member_id     VARCHAR(255) NOT NULL,
    display_name  VARCHAR      NOT NULL,
    position      INTEGER      NOT NULL,
    contact_to    VARCHAR,
    contact_cc    VARCHAR,
    language      VARCHAR(8),
    time_zone     VARCHAR(64),
    digest        BOOLEAN      NOT NULL,
    CONSTRAINT pk_notice_addressee PRIMARY KEY (procedure_id, member_id)
);

-- The outbox: one row per message and recipient, keyed by the event that caused it, the recipient and the kind, so
-- a redelivered event writes nothing twice. The sender delivers QUEUED rows once due; every attempt is in
-- notice_attempt. status: QUEUED, SENT (accepted by the mail server), REFUSED (refused for good), HELD (no mail
-- server: kept here), NO_ADDRESS, SUPERSEDED (a reminder for a procedure that ended), DIGEST (waiting for the
-- member's daily digest), DIGESTED (sent in the digest digest_id). proof_recorded: the outcome is in the event store.
CREATE TABLE notice_outbox (
    notice_id      VARCHAR(700)             NOT NULL,
    procedure_id   VARCHAR(255),
    kind           VARCHAR(32)              NOT NULL,
    member_id      VARCHAR(255),
    recipients_to  VARCHAR                  NOT NULL,
    recipients_cc  VARCHAR                  NOT NULL,
    reply_to       VARCHAR(254),
    subject        VARCHAR(2000)            NOT NULL,
    text_body      VARCHAR                  NOT NULL,
    html_body      VARCHAR                  NOT NULL,
    calendar       VARCHAR,
    status         VARCHAR(16)              NOT NULL,
    queued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER                  NOT NULL,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    message_id     VARCHAR(800)             NOT NULL,
    server_reply   VARCHAR(2000),
    last_error     VARCHAR(2000),
    digest_id      VARCHAR(700),
    proof_recorded BOOLEAN                  NOT NULL,
    CONSTRAINT pk_notice_outbox PRIMARY KEY (notice_id)
);
CREATE INDEX ix_notice_outbox_due ON notice_outbox (status, due_at);
CREATE INDEX ix_notice_outbox_procedure ON notice_outbox (procedure_id);

-- Every delivery attempt and its result: ACCEPTED, DEFERRED (tried again later), REFUSED, HELD.
CREATE TABLE notice_attempt (
    notice_id    VARCHAR(700)             NOT NULL,
    attempt      INTEGER                  NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    result       VARCHAR(16)              NOT NULL,
    server_reply VARCHAR(2000),
    error        VARCHAR(2000),
    CONSTRAINT pk_notice_attempt PRIMARY KEY (notice_id, attempt)
);
