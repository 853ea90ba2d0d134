-- The organization of work: one row per plenary slot of each meeting, with its entries (JSON) in order, and the
-- folded agenda state the rows are derived from (item numbers and titles), with the last applied sequence number.
CREATE TABLE organization_of_work_state (
    meeting_id    VARCHAR(64) NOT NULL,
    document      VARCHAR     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT pk_organization_of_work_state PRIMARY KEY (meeting_id)
);

CREATE TABLE organization_of_work_slot (
    meeting_id VARCHAR(64) NOT NULL,
    slot_id    VARCHAR(64) NOT NULL,
    position   INTEGER     NOT NULL,
    slot_date  DATE        NOT NULL,
    start_time VARCHAR(8)  NOT NULL,
    end_time   VARCHAR(8)  NOT NULL,
    entries    VARCHAR     NOT NULL,
    CONSTRAINT pk_organization_of_work_slot PRIMARY KEY (meeting_id, slot_id)
);
