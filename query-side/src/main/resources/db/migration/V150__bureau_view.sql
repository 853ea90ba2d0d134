-- The Bureaus read model (processing group bureau-view). Portable between H2 and PostgreSQL. Each Bureau row
-- remembers the last event sequence of the Bureau's stream that it applied, so a redelivered or replayed event
-- changes nothing twice; ids are as long as the event store's aggregate identifiers.

CREATE TABLE bureau_view (
    bureau_id      VARCHAR(255)             NOT NULL,
    name           VARCHAR                  NOT NULL,
    established_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence  BIGINT                   NOT NULL,
    CONSTRAINT pk_bureau_view PRIMARY KEY (bureau_id)
);

-- Every member a Bureau ever had, current (APPOINTED) or RETIRED, with the business times of their appointment and
-- retirement. appointed_sequence is the sequence number of the appointment in the Bureau's stream: the members in
-- order of appointment, as the Bureau freezes them as addressees. A retired member appointed again is current again,
-- from the new appointment.
CREATE TABLE bureau_view_member (
    bureau_id          VARCHAR(255)             NOT NULL,
    member_id          VARCHAR(255)             NOT NULL,
    display_name       VARCHAR                  NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    appointed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at         TIMESTAMP WITH TIME ZONE,
    appointed_sequence BIGINT                   NOT NULL,
    CONSTRAINT pk_bureau_view_member PRIMARY KEY (bureau_id, member_id)
);
