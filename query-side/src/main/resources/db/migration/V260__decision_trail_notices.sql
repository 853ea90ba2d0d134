-- The decision trail shows, for a decision taken by silence procedure, who was told of the circulation and when.
-- Portable between H2 and PostgreSQL.

-- Who each procedure was circulated to, in the frozen order (a JSON array of member ids); empty in the rows of
-- procedures started before it was kept, until the read model is rebuilt.
ALTER TABLE decision_trail_circulation ADD COLUMN addressees VARCHAR;

-- What became of each circulation notice to an addressee, one row per notice and member: the later record of the
-- same notice replaces the earlier, and last_sequence (of the procedure's stream) keeps a redelivered or replayed
-- older record from overwriting a newer one.
CREATE TABLE decision_trail_notice (
    procedure_id  VARCHAR(64)              NOT NULL,
    notice_id     VARCHAR(255)             NOT NULL,
    member_id     VARCHAR(64)              NOT NULL,
    outcome       VARCHAR(32)              NOT NULL,
    accepted_at   TIMESTAMP WITH TIME ZONE,
    last_sequence BIGINT                   NOT NULL,
    CONSTRAINT pk_decision_trail_notice PRIMARY KEY (procedure_id, notice_id, member_id)
);
