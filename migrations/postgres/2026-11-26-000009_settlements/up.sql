-- Settlement proposals: a party's offer, a counter to another proposal, a mediator's
-- proposed solution, or the figure blind offers met at. `terms` is the canonical JSON list
-- of items; `version` rises when the author revises it, and answers are to one version.
CREATE TABLE proposals (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    author_id TEXT REFERENCES users (id),
    side TEXT NOT NULL,
    answers_id TEXT REFERENCES proposals (id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    terms TEXT NOT NULL,
    note TEXT NOT NULL,
    cites TEXT NOT NULL,
    reflection_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX proposals_case ON proposals (case_id, created_at);

-- One side's answer to one version of a proposal. `informed_at` records that the party
-- read the Art. 9(2) information before accepting a mediator's solution.
CREATE TABLE proposal_answers (
    proposal_id TEXT NOT NULL REFERENCES proposals (id),
    side TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    version INTEGER NOT NULL,
    answer TEXT NOT NULL,
    reason TEXT NOT NULL,
    informed_at TIMESTAMP,
    waived_reflection BOOLEAN NOT NULL,
    answered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (proposal_id, side)
);

-- A confidential figure: the least the consumer accepts, the most the trader pays.
CREATE TABLE blind_offers (
    case_id TEXT NOT NULL REFERENCES cases (id),
    round INTEGER NOT NULL,
    side TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, round, side)
);

-- The record of what was agreed: written once, never changed (the triggers refuse it).
CREATE TABLE agreements (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases (id),
    proposal_id TEXT NOT NULL REFERENCES proposals (id),
    language TEXT NOT NULL,
    canonical_text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Each item of an agreement as an obligation followed to its end. `outcome` is set once
-- settled: honoured (on time), late, or not_honoured.
CREATE TABLE obligations (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    position INTEGER NOT NULL,
    side TEXT NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT,
    currency TEXT NOT NULL,
    due_on DATE NOT NULL,
    status TEXT NOT NULL,
    done_at TIMESTAMP,
    done_note TEXT NOT NULL,
    document_id TEXT REFERENCES case_documents (id),
    report_reason TEXT NOT NULL,
    reported_at TIMESTAMP,
    outcome TEXT,
    settled_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX obligations_case ON obligations (case_id, position);
CREATE INDEX obligations_due ON obligations (status, due_on);

CREATE FUNCTION agreements_never_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a settlement agreement cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER agreements_never_change BEFORE UPDATE OR DELETE ON agreements
    FOR EACH ROW EXECUTE FUNCTION agreements_never_change();
