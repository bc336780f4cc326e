-- Notification preferences per kind, and notices held for a daily digest.
CREATE TABLE notification_prefs (
    user_id TEXT NOT NULL REFERENCES users (id),
    category TEXT NOT NULL,
    mode TEXT NOT NULL,
    PRIMARY KEY (user_id, category)
);

CREATE TABLE digest_items (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    category TEXT NOT NULL,
    line TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX digest_items_pending ON digest_items (sent_at, user_id, created_at);
