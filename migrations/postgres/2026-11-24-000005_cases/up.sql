-- Disputes: cases, their append-only event log, per-year reference counters, people added
-- to a case (representatives and assistants), groups of related cases, holiday calendars.
ALTER TABLE organisations ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN participation_mandatory BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisations ADD COLUMN adr_contact_id TEXT REFERENCES users (id);
ALTER TABLE organisations ADD COLUMN adr_backup_id TEXT REFERENCES users (id);
ALTER TABLE organisations ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
UPDATE organisations SET search_name = lower(name);

CREATE TABLE case_counters (
    year INTEGER PRIMARY KEY NOT NULL,
    last_number INTEGER NOT NULL
);

CREATE TABLE case_groups (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT,
    state TEXT NOT NULL,
    channel TEXT NOT NULL,
    consumer_id TEXT REFERENCES users (id),
    consumer_name TEXT NOT NULL,
    consumer_email TEXT NOT NULL,
    consumer_country TEXT NOT NULL,
    filed_by TEXT NOT NULL REFERENCES users (id),
    trader_org_id TEXT REFERENCES organisations (id),
    trader_name TEXT NOT NULL,
    trader_email TEXT NOT NULL,
    trader_country TEXT NOT NULL,
    trader_address TEXT NOT NULL,
    sector TEXT NOT NULL,
    problem_kind TEXT NOT NULL,
    purchase_description TEXT NOT NULL,
    purchase_date DATE,
    price_minor BIGINT,
    price_currency TEXT NOT NULL,
    complained_on DATE,
    trader_responded BOOLEAN NOT NULL,
    trader_response TEXT NOT NULL,
    claim_kind TEXT NOT NULL,
    claim_amount_minor BIGINT,
    claim_currency TEXT NOT NULL,
    description TEXT NOT NULL,
    language TEXT NOT NULL,
    not_elsewhere BOOLEAN NOT NULL,
    complex BOOLEAN NOT NULL,
    group_id TEXT REFERENCES case_groups (id),
    mediator_id TEXT REFERENCES users (id),
    mediator_confirmed_at TIMESTAMP,
    objection TEXT,
    info_request TEXT,
    received_at TIMESTAMP,
    completed_at TIMESTAMP,
    decided_at TIMESTAMP,
    trader_due_on DATE,
    trader_answered_at TIMESTAMP,
    negotiation_until TIMESTAMP,
    mediation_started_at TIMESTAMP,
    outcome_due_at TIMESTAMP,
    extended BOOLEAN NOT NULL,
    closed_at TIMESTAMP,
    refusal_ground TEXT,
    closing_reason TEXT NOT NULL,
    withdrawn_by TEXT,
    search_text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX cases_reference ON cases (reference);
CREATE INDEX cases_created ON cases (created_at, id);
CREATE INDEX cases_state_received ON cases (state, received_at, id);
CREATE INDEX cases_state_created ON cases (state, created_at, id);
CREATE INDEX cases_outcome_due ON cases (outcome_due_at);
CREATE INDEX cases_consumer ON cases (consumer_id, created_at, id);
CREATE INDEX cases_trader ON cases (trader_org_id, created_at, id);
CREATE INDEX cases_mediator ON cases (mediator_id, created_at, id);
CREATE INDEX cases_group ON cases (group_id);
-- Staff search any word of the reference, names and description: trigram index for LIKE.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_search ON cases USING gin (search_text gin_trgm_ops);

-- Append-only: each event carries the hash of the one before it on the same case.
CREATE TABLE case_events (
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id TEXT REFERENCES users (id),
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
);
CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'case_events is append-only'; END $$;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

CREATE TABLE case_members (
    case_id TEXT NOT NULL REFERENCES cases (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    side TEXT NOT NULL,
    capacity TEXT NOT NULL,
    relationship TEXT NOT NULL,
    added_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_members_user ON case_members (user_id);

CREATE TABLE holidays (
    country TEXT NOT NULL,
    day DATE NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (country, day)
);
