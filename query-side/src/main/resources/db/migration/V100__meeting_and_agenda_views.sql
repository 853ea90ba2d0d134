-- Read models of the query side. Each row remembers the last event sequence of its meeting's stream that it
-- applied, so a redelivered or replayed event changes nothing twice.

CREATE TABLE meeting_view (
    meeting_id       VARCHAR(64)  NOT NULL,
    bureau_id        VARCHAR(64)  NOT NULL,
    body             VARCHAR(300) NOT NULL,
    ordinal          VARCHAR(100) NOT NULL,
    venue            VARCHAR(300) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    agenda_symbol    VARCHAR(100),
    status           VARCHAR(32)  NOT NULL,
    plan_confirmed   BOOLEAN      NOT NULL,
    topics_approved  BOOLEAN      NOT NULL,
    last_sequence    BIGINT       NOT NULL,
    CONSTRAINT pk_meeting_view PRIMARY KEY (meeting_id)
);

CREATE TABLE agenda_view (
    meeting_id    VARCHAR(64) NOT NULL,
    document      VARCHAR     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT pk_agenda_view PRIMARY KEY (meeting_id)
);
