-- The shared case file: messages (to everyone, or caucus with the mediator), what each
-- person has read, and evidence documents.
CREATE TABLE case_messages (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    -- everyone: all on the case; caucus_consumer / caucus_trader: that side and the mediator.
    audience TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX case_messages_case ON case_messages (case_id, created_at, id);

CREATE TABLE case_reads (
    case_id TEXT NOT NULL REFERENCES cases (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, user_id)
);

CREATE TABLE case_documents (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    uploader_id TEXT NOT NULL REFERENCES users (id),
    audience TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    redacted_at TIMESTAMP,
    redacted_by TEXT REFERENCES users (id),
    redaction_reason TEXT
);
CREATE INDEX case_documents_case ON case_documents (case_id, created_at, id);
CREATE UNIQUE INDEX case_documents_key ON case_documents (storage_key);
