-- The silence procedures read model (processing group silence-procedures). Portable between H2 and PostgreSQL.
-- Each procedure row remembers the last event sequence of the procedure's stream that it applied, so a redelivered
-- or replayed event changes nothing twice.

CREATE TABLE silence_procedure_view (
    procedure_id  VARCHAR(64)              NOT NULL,
    meeting_id    VARCHAR(64)              NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
    document      VARCHAR                  NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    CONSTRAINT pk_silence_procedure_view PRIMARY KEY (procedure_id)
);

CREATE INDEX ix_silence_procedure_view_meeting ON silence_procedure_view (meeting_id);

-- Who each procedure was circulated to (the list frozen at circulation) and where each addressee stands. The
-- inbox of a member is an indexed look-up here joined to the open procedures: the alternative, searching the
-- JSON documents of every open procedure for the member, needs JSON functions that H2 and PostgreSQL do not
-- share, or reading every open procedure into memory for each inbox.
CREATE TABLE silence_procedure_addressee (
    procedure_id VARCHAR(64) NOT NULL,
    member_id    VARCHAR(64) NOT NULL,
    state        VARCHAR(32) NOT NULL,
    CONSTRAINT pk_silence_procedure_addressee PRIMARY KEY (procedure_id, member_id)
);

CREATE INDEX ix_silence_procedure_addressee_member ON silence_procedure_addressee (member_id);

-- The time zone of each meeting, from the meeting's own stream (last_sequence as above): inboxes show deadlines in
-- the meeting's time zone. Kept here rather than read from meeting_view, so this read model is rebuilt and
-- replayed on its own.
CREATE TABLE silence_procedure_meeting (
    meeting_id    VARCHAR(64) NOT NULL,
    time_zone     VARCHAR(64) NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT pk_silence_procedure_meeting PRIMARY KEY (meeting_id)
);
