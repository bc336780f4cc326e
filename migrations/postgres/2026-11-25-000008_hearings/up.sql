-- Hearings a mediator holds on a case. Times are UTC; `time_zone` is the zone the hearing
-- was booked in, shown beside it and used in the calendar invitation.
CREATE TABLE hearings (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    mediator_id TEXT NOT NULL REFERENCES users (id),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL,
    form TEXT NOT NULL,
    place TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    status TEXT NOT NULL,
    minutes TEXT,
    private_notes TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX hearings_case ON hearings (case_id, starts_at);
CREATE INDEX hearings_mediator ON hearings (mediator_id, starts_at);

-- A party's answer to one version (`sequence`) of a hearing.
CREATE TABLE hearing_answers (
    hearing_id TEXT NOT NULL REFERENCES hearings (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    answer TEXT NOT NULL,
    reason TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    answered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (hearing_id, user_id)
);
