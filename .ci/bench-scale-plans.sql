-- The hot queries of the portal, as diesel sends them (the same WHERE, ORDER BY and LIMIT;
-- the select lists shortened to the table's columns), under EXPLAIN (ANALYZE, BUFFERS) on
-- the scale database. `BENCH_SCALE_PLANS=1 bash .ci/bench-scale` prints them after its table;
-- BENCHMARKS.md reads them. Variables: case_id (a case in mediation with 50 messages),
-- consumer, mediator, and from / until, the report's year.
\set ON_ERROR_STOP on
\pset pager off
SET jit = off;

\echo '### list: staff, all, newest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: staff, state = mediation'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND state = 'mediation' ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: staff, outcome due within 7 days'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '7 days'
ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: staff, search "washing machine" (common words)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND search_text LIKE '%washing%' ESCAPE '\'
  AND search_text LIKE '%machine%' ESCAPE '\'
ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: staff, search a reference (one case)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND search_text LIKE '%adr-2025-0500000%' ESCAPE '\'
ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: staff, search a surname and a state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND state = 'mediation' AND search_text LIKE '%petrova%' ESCAPE '\'
ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: consumer''s own (after their memberships)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT case_id FROM case_members WHERE user_id = :'consumer';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND consumer_id = :'consumer' ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: trader organisation''s (the one with most cases)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND trader_org_id = 'o-1' AND trader_due_on IS NOT NULL
ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list: mediator''s'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND mediator_id = :'mediator' ORDER BY created_at DESC, id DESC LIMIT 51;

\echo '### list page extras (staff): mediators, organisations for the filters'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM users
WHERE role = 'mediator' AND disabled_at IS NULL ORDER BY name, id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM organisations ORDER BY name, id LIMIT 500;

\echo '### agenda: staff''s live cases (100 newest open or settled)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND state IN ('submitted', 'awaiting_info', 'complete', 'awaiting_trader',
    'negotiation', 'mediation', 'settled')
ORDER BY created_at DESC, id DESC LIMIT 100;

\echo '### agenda: mediator''s live cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND mediator_id = :'mediator'
  AND state IN ('submitted', 'awaiting_info', 'complete', 'awaiting_trader', 'negotiation',
    'mediation', 'settled')
ORDER BY created_at DESC, id DESC LIMIT 100;

\echo '### agenda: trader organisation''s live cases (the one with most cases)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases
WHERE state <> 'draft' AND trader_org_id = 'o-1' AND trader_due_on IS NOT NULL
  AND state IN ('submitted', 'awaiting_info', 'complete', 'awaiting_trader', 'negotiation',
    'mediation', 'settled')
ORDER BY created_at DESC, id DESC LIMIT 100;

\echo '### agenda: the proposals, answers, obligations and hearings of 100 cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.* FROM proposals p
WHERE p.case_id IN (SELECT id FROM cases WHERE mediator_id = :'mediator' ORDER BY created_at DESC LIMIT 100)
ORDER BY p.created_at, p.id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT a.* FROM proposal_answers a
JOIN proposals p ON p.id = a.proposal_id
WHERE p.case_id IN (SELECT id FROM cases WHERE mediator_id = :'mediator' ORDER BY created_at DESC LIMIT 100);
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT h.* FROM hearings h
WHERE h.case_id IN (SELECT id FROM cases WHERE mediator_id = :'mediator' ORDER BY created_at DESC LIMIT 100)
ORDER BY h.starts_at, h.id;

\echo '### staff dashboard: open cases per state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT state, count(*) FROM cases
WHERE state IN ('submitted', 'complete', 'awaiting_trader', 'negotiation', 'mediation')
GROUP BY state;

\echo '### staff dashboard: intake near its limit (one ordered range per state, merged)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM (SELECT id, reference, trader_name, state, received_at AS due FROM cases
    WHERE state = 'submitted' AND received_at <= (now() AT TIME ZONE 'UTC') - interval '16 days'
    ORDER BY received_at, id LIMIT 100) AS s0
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, received_at AS due FROM cases
    WHERE state = 'awaiting_info' AND received_at <= (now() AT TIME ZONE 'UTC') - interval '16 days'
    ORDER BY received_at, id LIMIT 100) AS s1
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, received_at AS due FROM cases
    WHERE state = 'complete' AND received_at <= (now() AT TIME ZONE 'UTC') - interval '16 days'
    ORDER BY received_at, id LIMIT 100) AS s2
ORDER BY due, id LIMIT 100;

\echo '### staff dashboard: trader''s answer due within 5 days'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, reference, trader_name, state, trader_due_on FROM cases
WHERE state = 'awaiting_trader' AND trader_due_on <= current_date + 5
ORDER BY trader_due_on, id LIMIT 100;

\echo '### staff dashboard: outcome due within 14 days (one ordered range per state, merged)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM (SELECT id, reference, trader_name, state, outcome_due_at AS due FROM cases
    WHERE state = 'submitted' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days'
    ORDER BY outcome_due_at, id LIMIT 100) AS s0
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, outcome_due_at AS due FROM cases
    WHERE state = 'complete' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days'
    ORDER BY outcome_due_at, id LIMIT 100) AS s1
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, outcome_due_at AS due FROM cases
    WHERE state = 'awaiting_trader' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days'
    ORDER BY outcome_due_at, id LIMIT 100) AS s2
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, outcome_due_at AS due FROM cases
    WHERE state = 'negotiation' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days'
    ORDER BY outcome_due_at, id LIMIT 100) AS s3
UNION ALL SELECT * FROM (SELECT id, reference, trader_name, state, outcome_due_at AS due FROM cases
    WHERE state = 'mediation' AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days'
    ORDER BY outcome_due_at, id LIMIT 100) AS s4
ORDER BY due, id LIMIT 100;

\echo '### staff dashboard: mediators'' workload'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT u.id AS id, u.name AS name, COUNT(c.mediator_id) AS open,
    COALESCE(SUM(CASE WHEN c.state = 'mediation' THEN 1 ELSE 0 END), 0) AS in_mediation
FROM users u LEFT JOIN cases c ON c.mediator_id = u.id
    AND c.state IN ('submitted', 'complete', 'awaiting_trader', 'negotiation', 'mediation')
WHERE u.role = 'mediator' AND u.disabled_at IS NULL
GROUP BY u.id, u.name ORDER BY open DESC, u.name, u.id;

\echo '### case page: the case, the messages, the documents, the log'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM cases WHERE id = :'case_id';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM case_messages
WHERE case_id = :'case_id' AND audience IN ('everyone', 'caucus_consumer', 'caucus_trader')
ORDER BY created_at, id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM case_documents
WHERE case_id = :'case_id' AND audience IN ('everyone', 'caucus_consumer', 'caucus_trader')
ORDER BY created_at, id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM case_events WHERE case_id = :'case_id' ORDER BY seq;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT a.* FROM proposal_answers a
JOIN proposals p ON p.id = a.proposal_id WHERE p.case_id = :'case_id';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT a.* FROM hearing_answers a
JOIN hearings h ON h.id = a.hearing_id WHERE h.case_id = :'case_id';

\echo '### scheduler, every minute: deadlines and reminders'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM cases
WHERE state = 'awaiting_trader' AND trader_due_on < current_date;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM cases
WHERE state = 'negotiation' AND negotiation_until < (now() AT TIME ZONE 'UTC');
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM cases
WHERE state IN ('submitted', 'awaiting_info', 'complete')
  AND received_at <= (now() AT TIME ZONE 'UTC') - interval '16 days';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM cases
WHERE state IN ('complete', 'awaiting_trader', 'negotiation', 'mediation')
  AND outcome_due_at <= (now() AT TIME ZONE 'UTC') + interval '14 days';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM hearings
WHERE status = 'scheduled' AND starts_at >= (now() AT TIME ZONE 'UTC')
  AND starts_at < (now() AT TIME ZONE 'UTC') + interval '24 hours';
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM obligations
WHERE status = 'due' AND due_on >= current_date AND due_on <= current_date + 3
ORDER BY due_on, id;

\echo '### report: received in the year, by sector (and by problem, by trader: the same scan)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT scope, k, COUNT(*) AS n FROM (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope, c.sector AS k
    FROM cases c WHERE c.received_at >= :'from' AND c.received_at < :'until'
    AND ('' = '' OR c.trader_org_id = '')) t GROUP BY scope, k ORDER BY scope, k;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT scope, k, COUNT(*) AS n FROM (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope, c.trader_name AS k
    FROM cases c WHERE c.received_at >= :'from' AND c.received_at < :'until'
    AND ('' = '' OR c.trader_org_id = '')) t GROUP BY scope, k ORDER BY scope, k;

\echo '### report: outcomes of the year'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT scope, k, COUNT(*) AS n FROM (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope,
    CASE WHEN c.state <> 'not_settled' THEN (CASE WHEN p.side = 'mediator' THEN 'solution_' || p.favours ELSE 'amicable' END)
    ELSE COALESCE((SELECT 'rejected_' || s.favours FROM proposals s WHERE s.case_id = c.id AND s.side = 'mediator'
        AND s.status <> 'withdrawn' ORDER BY s.created_at DESC, s.id DESC LIMIT 1), 'no_solution') END AS k
    FROM cases c LEFT JOIN agreements a ON a.case_id = c.id LEFT JOIN proposals p ON p.id = a.proposal_id
    WHERE c.state IN ('settled', 'closed', 'not_settled') AND c.closed_at >= :'from' AND c.closed_at < :'until'
    AND ('' = '' OR c.trader_org_id = '')) t GROUP BY scope, k ORDER BY scope, k;

\echo '### report: obligations settled in the year'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT scope, k, COUNT(*) AS n FROM (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope, o.outcome AS k
    FROM obligations o JOIN cases c ON c.id = o.case_id
    WHERE o.side = 'trader' AND o.outcome IS NOT NULL AND o.settled_at >= :'from' AND o.settled_at < :'until'
    AND ('' = '' OR c.trader_org_id = '')) t GROUP BY scope, k ORDER BY scope, k;

\echo '### report: time from receipt to outcome (median, 90th percentile)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) WITH d AS (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope,
    CAST(FLOOR(EXTRACT(EPOCH FROM c.closed_at)) - FLOOR(EXTRACT(EPOCH FROM c.received_at)) AS BIGINT) AS secs
    FROM cases c WHERE c.state IN ('settled', 'closed', 'not_settled') AND c.closed_at >= :'from'
    AND c.closed_at < :'until' AND c.received_at IS NOT NULL AND ('' = '' OR c.trader_org_id = '')),
  b AS (SELECT scope, secs FROM d UNION ALL SELECT 'all', secs FROM d),
  r AS (SELECT scope, secs, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY secs) AS rn,
        COUNT(*) OVER (PARTITION BY scope) AS n FROM b)
SELECT scope, n, CAST(AVG(secs) AS DOUBLE PRECISION) AS mean,
    CAST(AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN secs END) AS DOUBLE PRECISION) AS median,
    MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN secs END) AS p90
FROM r GROUP BY scope, n ORDER BY scope;

\echo '### trader''s own report: received in the year, one organisation'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT scope, k, COUNT(*) AS n FROM (SELECT
    CASE WHEN c.consumer_country = '' OR c.trader_country = '' OR c.consumer_country = c.trader_country
    THEN 'domestic' ELSE 'cross_border' END AS scope, c.sector AS k
    FROM cases c WHERE c.received_at >= :'from' AND c.received_at < :'until'
    AND ('o-1' = '' OR c.trader_org_id = 'o-1')) t GROUP BY scope, k ORDER BY scope, k;
