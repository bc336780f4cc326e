-- The zone in which a user sees dates and times (an IANA name such as Europe/Sofia).
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
