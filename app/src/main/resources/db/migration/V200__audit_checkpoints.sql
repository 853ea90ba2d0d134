-- Tamper evidence: the chained checkpoints of the event store's head. Portable between PostgreSQL and H2.
-- One chain however many nodes write: the number is the primary key, and a checkpoint is inserted only when the
-- one it links to is the latest (insert-if-next), so two nodes can never add the same number or fork the chain.
-- Every value the hash covers is kept as the text that was hashed.
CREATE TABLE audit_checkpoint (
    checkpoint_number BIGINT      NOT NULL,
    store_position    BIGINT      NOT NULL,
    event_count       BIGINT      NOT NULL,
    stream_count      BIGINT      NOT NULL,
    stream_heads_hash VARCHAR(80) NOT NULL,
    previous_hash     VARCHAR(80) NOT NULL,
    created_at        VARCHAR(40) NOT NULL,
    checkpoint_hash   VARCHAR(80) NOT NULL,
    CONSTRAINT pk_audit_checkpoint PRIMARY KEY (checkpoint_number),
    CONSTRAINT uk_audit_checkpoint_position UNIQUE (store_position)
);
