-- Reports (Art. 7(2) and 19(3) of Directive 2013/11/EU).

-- How a mediator's proposed solution stands to the consumer's claim (consumer, partly or
-- trader), fixed when the solution is made; empty for the parties' own proposals.
ALTER TABLE proposals ADD COLUMN favours TEXT NOT NULL DEFAULT '';

-- The centre's own texts for one report: its recommendations on recurring problems, its
-- cooperation within cross-border networks, and its assessment for the authority.
CREATE TABLE report_texts (
    kind TEXT NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    recommendations TEXT NOT NULL,
    cooperation TEXT NOT NULL,
    assessment TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, period_from, period_to)
);

-- Courses mediators and staff took, for the biennial report's training log.
CREATE TABLE trainings (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    started_on DATE NOT NULL,
    ended_on DATE NOT NULL,
    -- Tenths of an hour, so 7.5 hours is 75: no floats.
    hours_tenths INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX trainings_period ON trainings (ended_on, started_on);
CREATE INDEX trainings_user ON trainings (user_id, started_on);

-- The report's periods select on these.
CREATE INDEX cases_received ON cases (received_at);
CREATE INDEX cases_closed ON cases (closed_at);
CREATE INDEX cases_decided ON cases (decided_at);
CREATE INDEX obligations_settled ON obligations (settled_at);
