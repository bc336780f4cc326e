-- One row per submitted form that carried a one-time key (a hidden field every form of the
-- portal has), so that a form sent twice (a double click, a resent request) is acted on
-- once and the second request gets the first one's answer. `id` is a digest of the session
-- that sent it, the method and path, and the key. `status` and `location` stay NULL while
-- the first request is being handled; a request that failed leaves no row.
CREATE TABLE form_submissions (
    id TEXT PRIMARY KEY NOT NULL,
    status INTEGER,
    location TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX form_submissions_created ON form_submissions (created_at);
