-- The application nodes running on this database and when each was last heard of (its heartbeat): the event
-- processors' segments are shared out among the nodes alive.
CREATE TABLE ledger_node (
    node_id    VARCHAR(255)             NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ledger_node PRIMARY KEY (node_id)
);
