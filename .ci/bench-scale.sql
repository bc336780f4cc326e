-- The scale seed for PostgreSQL (.ci/bench-scale runs it): by default 1,000,000 cases over
-- 40 months (about 300,000 a year), 10 messages, 1.5 documents and 3 to 9 events per case on
-- average, proposals, agreements and obligations where the procedure reached them, hearings
-- for one case in ten that went to mediation, 5,000 organisations (one trader user each),
-- 200 mediators and 500,000 consumers. Generated in the database with generate_series, so
-- nothing crosses the wire.
--
-- Run on a freshly migrated database: psql -v cases=N -f .ci/bench-scale.sql URL.
--
-- Realistic, with two deliberate departures, both so that the portal's scheduler finds
-- nothing to do when the benchmark starts it: every open deadline (trader's answer,
-- negotiation, 90-day outcome, settlement obligations, hearings) lies beyond the reminder
-- windows, and the event log's hashes are random (`concilia audit verify` would reject them;
-- no page checks them).
\set ON_ERROR_STOP on
\if :{?cases}
\else
\set cases 1000000
\endif
\if :{?orgs}
\else
\set orgs 5000
\endif
\if :{?mediators}
\else
\set mediators 200
\endif
\if :{?consumers}
\else
\set consumers 500000
\endif

\timing on
-- The rows below are consistent by construction: skip the per-row foreign key checks (a
-- superuser setting, for this session only) and build the big tables' indexes after the load.
SET session_replication_role = replica;
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SELECT setseed(0.19);

-- Indexes are built once after the load, far faster than row by row (the trigram index
-- above all): each big table's secondary indexes are kept aside here and made again at the
-- end from their own definitions, so this file never repeats the migrations' index list.
CREATE UNLOGGED TABLE seed_indexes AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = 'public' AND indexname NOT LIKE '%\_pkey'
  AND tablename IN ('cases', 'case_events', 'case_messages', 'case_documents', 'proposals',
                    'obligations', 'hearings', 'case_members');
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM seed_indexes LOOP
        EXECUTE format('DROP INDEX %I', r.indexname);
    END LOOP;
END $$;

CREATE UNLOGGED TABLE seed_clock AS
SELECT date_trunc('minute', now() AT TIME ZONE 'UTC') AS t0;

CREATE UNLOGGED TABLE seed_words AS SELECT
    ARRAY['Maria', 'Ivan', 'Elena', 'Georgi', 'Anna', 'Dmitri', 'Kati', 'Laszlo', 'Noa',
          'Petra', 'Juri', 'Olga', 'Tamar', 'Nikolai', 'Eszter', 'Mihkel', 'Sofia', 'Boris',
          'Liis', 'Zsofia', 'Yael', 'Stefan', 'Irina', 'Peeter'] AS fname,
    ARRAY['Petrova', 'Ivanov', 'Kovacs', 'Tamm', 'Cohen', 'Georgieva', 'Smirnov', 'Nagy',
          'Saar', 'Levi', 'Dimitrov', 'Popova', 'Szabo', 'Kask', 'Mizrahi', 'Stoyanov',
          'Volkova', 'Toth', 'Magi', 'Friedman', 'Nikolova', 'Kuznetsov', 'Horvath', 'Sepp',
          'Peretz', 'Todorov', 'Sokolova', 'Varga', 'Rebane', 'Katz'] AS lname,
    ARRAY['Balkan', 'Nordic', 'Danube', 'Baltic', 'Aurora', 'Carpathian', 'Adriatic',
          'Pannonia', 'Volga', 'Tallinn', 'Sofia', 'Alpine', 'Iberian', 'Rhine', 'Aegean'] AS brand,
    ARRAY['Electronics', 'Travel', 'Furniture', 'Telecom', 'Energy', 'Fashion', 'Motors',
          'Bank', 'Clinic', 'Leisure', 'Home', 'Airways'] AS trade,
    -- The sector of each trade, in the same order.
    ARRAY['electronics', 'travel', 'goods', 'telecoms', 'energy', 'clothing', 'vehicles',
          'financial', 'health', 'leisure', 'goods', 'transport'] AS sector,
    ARRAY['washing machine', 'laptop', 'sofa', 'package holiday', 'mobile phone',
          'winter coat', 'used car', 'broadband contract', 'electricity bill', 'flight',
          'dental treatment', 'gym membership', 'refrigerator', 'television', 'bicycle'] AS thing,
    ARRAY['defective', 'not_delivered', 'not_as_described', 'late', 'billing', 'contract',
          'warranty', 'service_quality', 'unfair_practice', 'other'] AS problem,
    ARRAY['refund', 'repair', 'replacement', 'price_reduction', 'compensation', 'other'] AS claim,
    ARRAY['BG', 'EE', 'HU', 'DE', 'AT', 'RO', 'GR', 'FI', 'LV', 'LT'] AS country,
    ARRAY['en', 'bg', 'ru', 'he', 'hu', 'et'] AS lang,
    ARRAY['Europe/Sofia', 'Europe/Tallinn', 'Europe/Budapest', 'Europe/Berlin',
          'Asia/Jerusalem', 'UTC'] AS zone,
    ARRAY['no_prior_complaint', 'frivolous', 'elsewhere', 'below_threshold',
          'above_threshold', 'too_late', 'impairs_operation'] AS ground,
    ARRAY['I wrote to the trader twice and got no useful answer.',
          'The trader says the fault is mine, which I do not accept.',
          'Attached are the receipt and the photos of the damage.',
          'We can offer a repair within ten working days, or a partial refund.',
          'Could both sides say by Friday whether a video hearing suits them?',
          'The courier confirms the parcel never left the depot.',
          'I would accept a replacement of the same model instead of the refund.',
          'Our records show the payment was returned on the third of the month.'] AS line;

-- Organisations, each with one trader user; mediators; consumers.
INSERT INTO organisations (id, name, registration_number, contact_email, sector, is_member,
    created_at, country, address, participation_mandatory, adr_contact_id, adr_backup_id,
    search_name)
SELECT 'o-' || n, o.name, 'SCALE-' || n, 'adr@trader' || n || '.example',
    w.sector[1 + (n / 15) % 12], n % 5 <> 0, k.t0 - interval '4 years',
    w.country[1 + n % 10], n || ' Market Street', n % 10 = 0, NULL, NULL, lower(o.name)
FROM generate_series(1, :orgs) n, seed_words w, seed_clock k,
    LATERAL (SELECT w.brand[1 + n % 15] || ' ' || w.trade[1 + (n / 15) % 12] || ' ' || n AS name) o;

INSERT INTO users (id, email, name, password_hash, role, organisation_id, language,
    email_verified_at, token_version, disabled_at, created_at, updated_at, time_zone)
SELECT 'u-t-' || n, 'trader' || n || '@scale.example', w.fname[1 + n % 24] || ' ' || w.lname[1 + n % 30],
    NULL::text, 'trader_user', 'o-' || n, w.lang[1 + n % 6], k.t0 - interval '4 years', 0, NULL::timestamp,
    k.t0 - interval '4 years', k.t0 - interval '4 years', w.zone[1 + n % 6]
FROM generate_series(1, :orgs) n, seed_words w, seed_clock k
UNION ALL
SELECT 'u-m-' || n, 'mediator' || n || '@scale.example', w.fname[1 + (n + 7) % 24] || ' ' || w.lname[1 + (n + 3) % 30],
    NULL, 'mediator', NULL, w.lang[1 + n % 6], k.t0 - interval '4 years', 0, NULL,
    k.t0 - interval '4 years', k.t0 - interval '4 years', w.zone[1 + n % 6]
FROM generate_series(1, :mediators) n, seed_words w, seed_clock k
UNION ALL
SELECT 'u-c-' || n, 'consumer' || n || '@scale.example', w.fname[1 + n % 24] || ' ' || w.lname[1 + (n / 24) % 30],
    NULL, 'consumer', NULL, w.lang[1 + n % 6], k.t0 - interval '41 months', 0, NULL,
    k.t0 - interval '41 months', k.t0 - interval '41 months', w.zone[1 + n % 6]
FROM generate_series(1, :consumers) n, seed_words w, seed_clock k;

-- One row per case with its dice: who, when, and which state its age allows. Case 1 is the
-- newest. Open cases are the last four months' (a quarter of those already ended); the
-- older ones have all ended.
CREATE UNLOGGED TABLE seed_case AS
SELECT s.*,
    CASE
        WHEN s.age > 120 OR (s.r % 4 = 0 AND s.age > 60) THEN
            CASE WHEN s.r % 20 < 8 THEN 'closed' WHEN s.r % 20 < 12 THEN 'not_settled'
                 WHEN s.r % 20 < 15 THEN 'withdrawn' WHEN s.r % 20 < 17 THEN 'trader_declined'
                 ELSE 'refused' END
        WHEN s.age <= 10 THEN (ARRAY['submitted', 'awaiting_info', 'complete'])[1 + s.r % 3]
        WHEN s.age <= 30 THEN 'awaiting_trader'
        WHEN s.age <= 60 THEN 'negotiation'
        WHEN s.age <= 100 THEN 'mediation'
        ELSE 'settled'
    END AS state
FROM (
    SELECT i, md5('case-' || i)::uuid::text AS id,
        1217.0 * i / :cases AS age,
        k.t0 - interval '1 hour' - interval '1217 days' * (i::float8 / :cases) AS c,
        -- Some traders get many more complaints than others.
        1 + floor(random() * random() * :orgs)::int AS org,
        1 + floor(random() * :consumers)::int AS consumer,
        1 + floor(random() * :mediators)::int AS mediator,
        floor(random() * 1000)::int AS r
    FROM generate_series(1, :cases) i, seed_clock k
) s;
-- Which phases each case went through.
ALTER TABLE seed_case
    ADD COLUMN completed boolean, ADD COLUMN accepted boolean, ADD COLUMN joined boolean,
    ADD COLUMN mediated boolean, ADD COLUMN agreed boolean, ADD COLUMN ended boolean,
    ADD COLUMN nmsg int, ADD COLUMN ndoc int;
UPDATE seed_case SET
    completed = state NOT IN ('submitted', 'awaiting_info'),
    accepted = state NOT IN ('submitted', 'awaiting_info', 'complete', 'refused'),
    joined = state IN ('negotiation', 'mediation', 'settled', 'closed', 'not_settled', 'withdrawn'),
    mediated = state IN ('mediation', 'not_settled') OR (state IN ('settled', 'closed') AND r % 3 <> 0),
    agreed = state IN ('settled', 'closed'),
    ended = state IN ('settled', 'closed', 'not_settled', 'withdrawn', 'trader_declined', 'refused'),
    -- 1 to 19 messages (10 on average); every thousandth case has 50, like the case page
    -- the issue measures.
    nmsg = CASE WHEN i % 1000 = 500 THEN 50 ELSE 1 + (r * 7) % 19 END,
    ndoc = CASE WHEN i % 1000 = 500 THEN 3 ELSE r % 4 END;

INSERT INTO cases (id, reference, state, channel, consumer_id, consumer_name, consumer_email,
    consumer_country, filed_by, trader_org_id, trader_name, trader_email, trader_country,
    trader_address, sector, problem_kind, purchase_description, purchase_date, price_minor,
    price_currency, complained_on, trader_responded, trader_response, claim_kind,
    claim_amount_minor, claim_currency, description, language, not_elsewhere, complex, group_id,
    mediator_id, mediator_confirmed_at, objection, info_request, received_at, completed_at,
    decided_at, trader_due_on, trader_answered_at, negotiation_until, mediation_started_at,
    outcome_due_at, extended, closed_at, refusal_ground, closing_reason, withdrawn_by,
    search_text, created_at, updated_at)
SELECT s.id,
    'ADR-' || to_char(s.c, 'YYYY') || '-' || lpad(s.i::text, 7, '0'),
    s.state,
    CASE WHEN s.r % 10 = 0 THEN 'post' WHEN s.r % 25 = 1 THEN 'phone' ELSE 'online' END,
    'u-c-' || s.consumer, u.name, u.email,
    -- One complaint in five is cross-border.
    CASE WHEN s.r % 5 = 0 THEN w.country[1 + (s.r / 5) % 10] ELSE o.country END,
    'u-c-' || s.consumer,
    o.id, o.name, o.contact_email, o.country, o.address,
    o.sector, w.problem[1 + s.r % 10],
    'A ' || t.thing || ' bought from ' || o.name,
    (s.c - interval '40 days')::date, 5000 + s.r * 97, 'EUR', (s.c - interval '10 days')::date,
    s.r % 3 = 0, CASE WHEN s.r % 3 = 0 THEN 'They refused to take it back.' ELSE '' END,
    w.claim[1 + s.r % 6], 5000 + s.r * 97, 'EUR',
    'The ' || t.thing || ' I bought stopped working within weeks and the trader will not '
        || 'repair or replace it. I ask for ' || replace(w.claim[1 + s.r % 6], '_', ' ') || '.',
    w.lang[1 + s.r % 6], true, s.r % 50 = 0, NULL,
    CASE WHEN s.mediated THEN 'u-m-' || s.mediator END,
    CASE WHEN s.mediated THEN s.c + interval '41 days' END,
    NULL,
    CASE WHEN s.state = 'awaiting_info' THEN 'Please send the receipt and the trader''s answer.' END,
    s.c,
    CASE WHEN s.completed THEN s.c + interval '2 days' END,
    CASE WHEN s.accepted OR s.state = 'refused' THEN LEAST(s.c + interval '4 days', k.t0 - interval '1 hour') END,
    CASE WHEN s.state = 'awaiting_trader' THEN (k.t0 + interval '1 day' * (6 + s.r % 14))::date
         WHEN s.accepted THEN (s.c + interval '18 days')::date END,
    CASE WHEN s.joined OR (s.state = 'trader_declined' AND s.r % 2 = 0) THEN s.c + interval '10 days' END,
    CASE WHEN s.state = 'negotiation' THEN k.t0 + interval '1 day' * (1 + s.r % 20)
         WHEN s.joined THEN s.c + interval '40 days' END,
    CASE WHEN s.mediated THEN s.c + interval '40 days' END,
    CASE WHEN s.state IN ('complete', 'awaiting_trader', 'negotiation', 'mediation')
             THEN GREATEST(s.c + interval '92 days', k.t0 + interval '1 day' * (15 + s.r % 40))
         WHEN s.completed THEN s.c + interval '92 days' END,
    false,
    CASE WHEN s.state = 'refused' THEN LEAST(s.c + interval '4 days', k.t0 - interval '1 hour')
         WHEN s.ended THEN LEAST(s.c + interval '1 day' * (45 + s.r % 45), k.t0 - interval '1 hour') END,
    CASE WHEN s.state = 'refused' THEN w.ground[1 + s.r % 7] END,
    CASE WHEN s.state IN ('refused', 'not_settled', 'trader_declined')
         THEN 'The procedure ended as the rules provide; the parties were told why.' ELSE '' END,
    CASE WHEN s.state = 'withdrawn' THEN CASE WHEN s.r % 3 = 0 THEN 'trader' ELSE 'consumer' END END,
    lower('ADR-' || to_char(s.c, 'YYYY') || '-' || lpad(s.i::text, 7, '0') || ' ' || u.name || ' '
        || o.name || ' A ' || t.thing || ' bought from ' || o.name || ' The ' || t.thing
        || ' I bought stopped working within weeks and the trader will not repair or replace it. I ask for '
        || replace(w.claim[1 + s.r % 6], '_', ' ') || '.'),
    s.c,
    CASE WHEN s.ended THEN LEAST(s.c + interval '1 day' * (45 + s.r % 45), k.t0 - interval '1 hour')
         ELSE s.c + interval '2 days' END
FROM seed_case s
JOIN organisations o ON o.id = 'o-' || s.org
JOIN users u ON u.id = 'u-c-' || s.consumer
CROSS JOIN seed_words w CROSS JOIN seed_clock k
CROSS JOIN LATERAL (SELECT w.thing[1 + (s.r / 7) % 15] AS thing) t;

-- A representative for one case in a hundred: another consumer account acting for the
-- consumer.
INSERT INTO case_members (case_id, user_id, side, capacity, relationship, added_by, created_at)
SELECT s.id, 'u-c-' || (1 + (s.consumer + 1) % :consumers), 'consumer',
    CASE WHEN s.r % 2 = 0 THEN 'representative' ELSE 'assistant' END, 'Family member',
    'u-c-' || s.consumer, s.c + interval '1 day'
FROM seed_case s WHERE s.i % 100 = 7;

-- The event log: the steps each case went through.
ALTER TABLE case_events DROP CONSTRAINT case_events_pkey;
INSERT INTO case_events (case_id, seq, at, actor_id, kind, data, prev_hash, hash)
SELECT e.case_id, ROW_NUMBER() OVER (PARTITION BY e.case_id ORDER BY e.at, e.ord)::int, e.at,
    e.actor, e.kind, e.data, md5(e.case_id || e.ord) || md5(e.kind || e.ord),
    md5(e.case_id || e.kind) || md5(e.ord || e.case_id)
FROM (
    SELECT s.id AS case_id, v.ord, v.at, v.actor, v.kind, v.data
    FROM seed_case s CROSS JOIN seed_clock k, LATERAL (VALUES
        (1, s.c, 'u-c-' || s.consumer, 'submit', '{"reference":"ADR"}', true),
        (2, s.c + interval '1 day', NULL, 'request-info', '{}', s.state = 'awaiting_info' OR s.r % 7 = 0),
        (3, s.c + interval '2 days', NULL, 'mark-complete', '{}', s.completed),
        (4, s.c + interval '4 days', NULL, 'accept', '{}', s.accepted),
        (5, s.c + interval '4 days', NULL, 'refuse', '{}', s.state = 'refused'),
        (6, s.c + interval '10 days', 'u-t-' || s.org, 'join', '{}', s.joined),
        (7, s.c + interval '10 days', 'u-t-' || s.org, 'decline', '{}', s.state = 'trader_declined' AND s.r % 2 = 0),
        (8, s.c + interval '18 days', NULL, 'deemed-refusal', '{}', s.state = 'trader_declined' AND s.r % 2 = 1),
        (9, s.c + interval '40 days', NULL, 'assign-mediator', '{}', s.mediated),
        (10, s.c + interval '41 days', 'u-m-' || s.mediator, 'declare-no-conflict', '{}', s.mediated),
        (11, s.c + interval '44 days', NULL, 'propose', '{}', s.agreed OR s.state IN ('mediation', 'not_settled')),
        (12, s.c + interval '45 days', NULL, 'settle', '{}', s.agreed),
        (13, s.c + interval '45 days', NULL, 'close-not-settled', '{}', s.state = 'not_settled'),
        (14, s.c + interval '45 days', 'u-c-' || s.consumer, 'withdraw', '{}', s.state = 'withdrawn'),
        (15, s.c + interval '80 days', NULL, 'close-compliance', '{}', s.state = 'closed')
    ) AS v(ord, at, actor, kind, data, happened)
    WHERE v.happened
) e;
ALTER TABLE case_events ADD PRIMARY KEY (case_id, seq);

-- Messages: short, from the consumer, the trader and (in mediation) the mediator, some to
-- one side only.
ALTER TABLE case_messages DROP CONSTRAINT case_messages_pkey;
INSERT INTO case_messages (id, case_id, author_id, audience, body, created_at)
SELECT md5('message-' || s.i || '-' || m)::uuid::text, s.id,
    CASE WHEN s.mediated AND m % 3 = 0 THEN 'u-m-' || s.mediator
         WHEN s.accepted AND m % 3 = 1 THEN 'u-t-' || s.org
         ELSE 'u-c-' || s.consumer END,
    CASE WHEN s.mediated AND m % 6 = 0 THEN 'caucus_consumer'
         WHEN s.mediated AND m % 6 = 3 THEN 'caucus_trader' ELSE 'everyone' END,
    w.line[1 + (s.r + m) % 8] || ' ' || w.line[1 + (s.r + 3 * m) % 8],
    LEAST(s.c + interval '5 hours' * m, k.t0 - interval '1 minute')
FROM seed_case s CROSS JOIN seed_words w CROSS JOIN seed_clock k,
    LATERAL generate_series(1, s.nmsg) m;
ALTER TABLE case_messages ADD PRIMARY KEY (id);

-- Documents (their files are not on disk: pages list them, downloads would fail).
INSERT INTO case_documents (id, case_id, uploader_id, audience, title, description, file_name,
    content_type, size_bytes, sha256, storage_key, created_at, redacted_at, redacted_by,
    redaction_reason)
SELECT md5('document-' || s.i || '-' || d)::uuid::text, s.id,
    CASE WHEN d = 2 AND s.accepted THEN 'u-t-' || s.org ELSE 'u-c-' || s.consumer END,
    'everyone', (ARRAY['Receipt', 'Photo of the damage', 'Letter to the trader'])[d],
    '', (ARRAY['receipt.pdf', 'damage.jpg', 'letter.pdf'])[d],
    (ARRAY['application/pdf', 'image/jpeg', 'application/pdf'])[d],
    20000 + s.r * 113, md5('sha-' || s.i || d) || md5('256-' || s.i || d),
    'scale/' || s.i || '/' || d, s.c + interval '1 hour' * d, NULL, NULL, NULL
FROM seed_case s, LATERAL generate_series(1, s.ndoc) d;

-- A proposal where the procedure got that far: accepted for an agreement, open in
-- mediation, a rejected solution of the mediator for cases closed without one.
INSERT INTO proposals (id, case_id, author_id, side, answers_id, version, status, terms, note,
    cites, reflection_until, created_at, updated_at, favours)
SELECT 'p-' || s.i, s.id,
    CASE WHEN s.mediated THEN 'u-m-' || s.mediator ELSE 'u-t-' || s.org END,
    CASE WHEN s.mediated THEN 'mediator' ELSE 'trader' END,
    NULL, 1,
    CASE WHEN s.agreed THEN 'accepted' WHEN s.state = 'mediation' THEN 'open' ELSE 'rejected' END,
    '[{"kind":"payment","side":"trader","action":"","amount_minor":' || (5000 + s.r * 97)
        || ',"currency":"EUR","due_on":"' || (s.c + interval '60 days')::date
        || '","description":"Refund of the price"}]',
    'Our proposal to settle.', '[]', NULL,
    s.c + interval '44 days', s.c + interval '44 days',
    CASE WHEN s.mediated THEN (ARRAY['consumer', 'partly', 'trader'])[1 + s.r % 3] ELSE '' END
FROM seed_case s
WHERE s.agreed OR s.state IN ('mediation', 'not_settled');

INSERT INTO proposal_answers (proposal_id, side, user_id, version, answer, reason, informed_at,
    waived_reflection, answered_at)
SELECT 'p-' || s.i, a.side, a.who, 1,
    CASE WHEN s.agreed OR a.side = 'trader' THEN 'accepted' ELSE 'rejected' END, '',
    CASE WHEN s.mediated THEN s.c + interval '45 days' END, false, s.c + interval '45 days'
FROM seed_case s, LATERAL (VALUES ('consumer', 'u-c-' || s.consumer), ('trader', 'u-t-' || s.org)) a(side, who)
WHERE s.agreed OR s.state = 'not_settled';

INSERT INTO agreements (id, case_id, proposal_id, language, canonical_text, sha256, created_at)
SELECT 'a-' || s.i, s.id, 'p-' || s.i, 'en',
    'The trader refunds ' || (5000 + s.r * 97) || ' EUR cents by the due date.',
    md5('agreement-' || s.i) || md5('text-' || s.i), s.c + interval '45 days'
FROM seed_case s WHERE s.agreed;

-- The agreement's one obligation: settled for closed cases (mostly honoured), still due for
-- settled ones, beyond the reminders' three days.
INSERT INTO obligations (id, case_id, agreement_id, position, side, kind, action, description,
    amount_minor, currency, due_on, status, done_at, done_note, document_id, report_reason,
    reported_at, outcome, settled_at, updated_at)
SELECT 'ob-' || s.i, s.id, 'a-' || s.i, 0, 'trader', 'payment', '', 'Refund of the price',
    5000 + s.r * 97, 'EUR',
    CASE WHEN s.state = 'settled' THEN (k.t0 + interval '1 day' * (5 + s.r % 25))::date
         ELSE (s.c + interval '60 days')::date END,
    CASE WHEN s.state = 'settled' THEN 'due'
         WHEN s.r % 10 = 9 THEN 'not_honoured' ELSE 'confirmed' END,
    CASE WHEN s.state = 'closed' AND s.r % 10 <> 9 THEN s.c + interval '58 days' END, '', NULL, '',
    NULL,
    CASE WHEN s.state = 'closed' THEN
        CASE WHEN s.r % 10 = 9 THEN 'not_honoured' WHEN s.r % 10 = 8 THEN 'late' ELSE 'honoured' END END,
    CASE WHEN s.state = 'closed' THEN LEAST(s.c + interval '80 days', k.t0 - interval '1 hour') END,
    s.c + interval '60 days'
FROM seed_case s CROSS JOIN seed_clock k WHERE s.agreed;

-- A hearing for one case in ten that went to mediation: past for ended cases, in the coming
-- month (never within the 24-hour reminder) for open ones.
INSERT INTO hearings (id, case_id, mediator_id, starts_at, ends_at, time_zone, form, place,
    sequence, status, minutes, private_notes, created_at, updated_at)
SELECT 'h-' || s.i, s.id, 'u-m-' || s.mediator, h.starts, h.starts + interval '1 hour',
    'Europe/Sofia', 'video', 'https://meet.example/' || s.i, 0, 'scheduled',
    CASE WHEN s.ended THEN 'Both parties attended.' END, NULL,
    s.c + interval '41 days', s.c + interval '41 days'
FROM seed_case s CROSS JOIN seed_clock k,
    LATERAL (SELECT CASE WHEN s.ended THEN s.c + interval '43 days'
                         ELSE date_trunc('hour', k.t0) + interval '2 days' + interval '1 hour' * (s.r % 600) END AS starts) h
WHERE s.mediated AND s.r % 10 = 3;

-- The reference counters, as filing would have left them.
INSERT INTO case_counters (year, last_number)
SELECT substr(reference, 5, 4)::int, count(*) FROM cases GROUP BY 1;

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexdef FROM seed_indexes LOOP
        EXECUTE r.indexdef;
    END LOOP;
END $$;

DROP TABLE seed_indexes;
DROP TABLE seed_case;
DROP TABLE seed_words;
DROP TABLE seed_clock;
RESET session_replication_role;
