-- Indexes the hot queries need at a million cases (BENCHMARKS.md has their plans).

-- Deadlines, for the staff dashboard's near-limit lists and the scheduler's minute checks:
-- each reads one state's cases in deadline order instead of every case of the state (or,
-- worse, every case by deadline, the ended ones included).
CREATE INDEX cases_state_trader_due ON cases (state, trader_due_on, id);
CREATE INDEX cases_state_negotiation ON cases (state, negotiation_until);
CREATE INDEX cases_state_outcome_due ON cases (state, outcome_due_at, id);
-- Open cases counted per state and per mediator (the dashboard's figures and workload)
-- from the index alone.
CREATE INDEX cases_state_mediator ON cases (state, mediator_id);
-- The organisations of the staff list's filter, by name.
CREATE INDEX organisations_name ON organisations (name, id);

-- The reports count a year of cases at a time. These hold every column those counts read,
-- so a year is read from the index alone (a tenth of the table's pages) instead of the
-- whole table. They start with the column each period selects on, which makes the plain
-- indexes on those columns redundant.
CREATE INDEX cases_report_received ON cases (received_at, consumer_country, trader_country,
    sector, problem_kind, trader_name, trader_org_id);
CREATE INDEX cases_report_closed ON cases (closed_at, state, consumer_country, trader_country,
    withdrawn_by, trader_answered_at, received_at, completed_at, trader_org_id, id);
CREATE INDEX cases_report_answered ON cases (trader_answered_at, decided_at, consumer_country,
    trader_country, trader_org_id);
CREATE INDEX cases_report_refused ON cases (state, decided_at, consumer_country, trader_country,
    refusal_ground, trader_org_id);
DROP INDEX cases_received;
DROP INDEX cases_closed;
