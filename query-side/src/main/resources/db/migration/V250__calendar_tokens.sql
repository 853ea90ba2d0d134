-- The personal tokens of the Bureau members' deadline feeds (GET /api/me/deadlines.ics?token=…): at most one per
-- member, a new one replacing the old. Only the SHA-256 hash of a token is kept (64 lower-case hex digits), never the
-- token. Not a read model: no event records it and no rebuild clears it (no @ResetHandler touches it), so a
-- subscription keeps working across rebuilds and restarts. Portable between PostgreSQL and H2.

CREATE TABLE calendar_token (
    member_id  VARCHAR(255)             NOT NULL,
    token_hash CHAR(64)                 NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_calendar_token PRIMARY KEY (member_id),
    CONSTRAINT uq_calendar_token_hash UNIQUE (token_hash)
);
