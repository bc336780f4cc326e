// @generated automatically by Diesel CLI.

diesel::table! {
    account_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        new_email -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    agreements (id) {
        id -> Text,
        case_id -> Text,
        proposal_id -> Text,
        language -> Text,
        canonical_text -> Text,
        sha256 -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    blind_offers (case_id, round, side) {
        case_id -> Text,
        round -> Int4,
        side -> Text,
        amount_minor -> Int8,
        currency -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_counters (year) {
        year -> Int4,
        last_number -> Int4,
    }
}

diesel::table! {
    case_documents (id) {
        id -> Text,
        case_id -> Text,
        uploader_id -> Text,
        audience -> Text,
        title -> Text,
        description -> Text,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> Int8,
        sha256 -> Text,
        storage_key -> Text,
        created_at -> Timestamp,
        redacted_at -> Nullable<Timestamp>,
        redacted_by -> Nullable<Text>,
        redaction_reason -> Nullable<Text>,
    }
}

diesel::table! {
    case_events (case_id, seq) {
        case_id -> Text,
        seq -> Int4,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        kind -> Text,
        data -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    case_groups (id) {
        id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_members (case_id, user_id) {
        case_id -> Text,
        user_id -> Text,
        side -> Text,
        capacity -> Text,
        relationship -> Text,
        added_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_messages (id) {
        id -> Text,
        case_id -> Text,
        author_id -> Text,
        audience -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_reads (case_id, user_id) {
        case_id -> Text,
        user_id -> Text,
        read_at -> Timestamp,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        reference -> Nullable<Text>,
        state -> Text,
        channel -> Text,
        consumer_id -> Nullable<Text>,
        consumer_name -> Text,
        consumer_email -> Text,
        consumer_country -> Text,
        filed_by -> Text,
        trader_org_id -> Nullable<Text>,
        trader_name -> Text,
        trader_email -> Text,
        trader_country -> Text,
        trader_address -> Text,
        sector -> Text,
        problem_kind -> Text,
        purchase_description -> Text,
        purchase_date -> Nullable<Date>,
        price_minor -> Nullable<Int8>,
        price_currency -> Text,
        complained_on -> Nullable<Date>,
        trader_responded -> Bool,
        trader_response -> Text,
        claim_kind -> Text,
        claim_amount_minor -> Nullable<Int8>,
        claim_currency -> Text,
        description -> Text,
        language -> Text,
        not_elsewhere -> Bool,
        complex -> Bool,
        group_id -> Nullable<Text>,
        mediator_id -> Nullable<Text>,
        mediator_confirmed_at -> Nullable<Timestamp>,
        objection -> Nullable<Text>,
        info_request -> Nullable<Text>,
        received_at -> Nullable<Timestamp>,
        completed_at -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        trader_due_on -> Nullable<Date>,
        trader_answered_at -> Nullable<Timestamp>,
        negotiation_until -> Nullable<Timestamp>,
        mediation_started_at -> Nullable<Timestamp>,
        outcome_due_at -> Nullable<Timestamp>,
        extended -> Bool,
        closed_at -> Nullable<Timestamp>,
        refusal_ground -> Nullable<Text>,
        closing_reason -> Text,
        withdrawn_by -> Nullable<Text>,
        search_text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    digest_items (id) {
        id -> Text,
        user_id -> Text,
        category -> Text,
        line -> Text,
        link -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    form_submissions (id) {
        id -> Text,
        status -> Nullable<Int4>,
        location -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    hearing_answers (hearing_id, user_id) {
        hearing_id -> Text,
        user_id -> Text,
        answer -> Text,
        reason -> Text,
        sequence -> Int4,
        answered_at -> Timestamp,
    }
}

diesel::table! {
    hearings (id) {
        id -> Text,
        case_id -> Text,
        mediator_id -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        time_zone -> Text,
        form -> Text,
        place -> Text,
        sequence -> Int4,
        status -> Text,
        minutes -> Nullable<Text>,
        private_notes -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    holidays (country, day) {
        country -> Text,
        day -> Date,
        name -> Text,
    }
}

diesel::table! {
    login_throttle (key) {
        key -> Text,
        failures -> Int4,
        last_failure_at -> Timestamp,
        blocked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_prefs (user_id, category) {
        user_id -> Text,
        category -> Text,
        mode -> Text,
    }
}

diesel::table! {
    obligations (id) {
        id -> Text,
        case_id -> Text,
        agreement_id -> Text,
        position -> Int4,
        side -> Text,
        kind -> Text,
        action -> Text,
        description -> Text,
        amount_minor -> Nullable<Int8>,
        currency -> Text,
        due_on -> Date,
        status -> Text,
        done_at -> Nullable<Timestamp>,
        done_note -> Text,
        document_id -> Nullable<Text>,
        report_reason -> Text,
        reported_at -> Nullable<Timestamp>,
        outcome -> Nullable<Text>,
        settled_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        registration_number -> Text,
        contact_email -> Text,
        sector -> Text,
        is_member -> Bool,
        created_at -> Timestamp,
        country -> Text,
        address -> Text,
        participation_mandatory -> Bool,
        adr_contact_id -> Nullable<Text>,
        adr_backup_id -> Nullable<Text>,
        search_name -> Text,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        message_id -> Text,
        recipient -> Text,
        template -> Text,
        subject -> Text,
        body -> Text,
        status -> Text,
        attempts -> Int4,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    proposal_answers (proposal_id, side) {
        proposal_id -> Text,
        side -> Text,
        user_id -> Text,
        version -> Int4,
        answer -> Text,
        reason -> Text,
        informed_at -> Nullable<Timestamp>,
        waived_reflection -> Bool,
        answered_at -> Timestamp,
    }
}

diesel::table! {
    proposals (id) {
        id -> Text,
        case_id -> Text,
        author_id -> Nullable<Text>,
        side -> Text,
        answers_id -> Nullable<Text>,
        version -> Int4,
        status -> Text,
        terms -> Text,
        note -> Text,
        cites -> Text,
        reflection_until -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        favours -> Text,
    }
}

diesel::table! {
    report_texts (kind, period_from, period_to) {
        kind -> Text,
        period_from -> Date,
        period_to -> Date,
        recommendations -> Text,
        cooperation -> Text,
        assessment -> Text,
        updated_by -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    scheduled_runs (job, occasion) {
        job -> Text,
        occasion -> Text,
        ran_at -> Timestamp,
    }
}

diesel::table! {
    trainings (id) {
        id -> Text,
        user_id -> Text,
        title -> Text,
        provider -> Text,
        started_on -> Date,
        ended_on -> Date,
        hours_tenths -> Int4,
        created_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        role -> Text,
        organisation_id -> Nullable<Text>,
        language -> Text,
        email_verified_at -> Nullable<Timestamp>,
        token_version -> Int4,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        time_zone -> Text,
    }
}

diesel::joinable!(account_tokens -> users (user_id));
diesel::joinable!(agreements -> cases (case_id));
diesel::joinable!(agreements -> proposals (proposal_id));
diesel::joinable!(blind_offers -> cases (case_id));
diesel::joinable!(case_documents -> cases (case_id));
diesel::joinable!(case_events -> cases (case_id));
diesel::joinable!(case_events -> users (actor_id));
diesel::joinable!(case_members -> cases (case_id));
diesel::joinable!(case_messages -> cases (case_id));
diesel::joinable!(case_messages -> users (author_id));
diesel::joinable!(case_reads -> cases (case_id));
diesel::joinable!(case_reads -> users (user_id));
diesel::joinable!(cases -> case_groups (group_id));
diesel::joinable!(cases -> organisations (trader_org_id));
diesel::joinable!(digest_items -> users (user_id));
diesel::joinable!(hearing_answers -> hearings (hearing_id));
diesel::joinable!(hearing_answers -> users (user_id));
diesel::joinable!(hearings -> cases (case_id));
diesel::joinable!(hearings -> users (mediator_id));
diesel::joinable!(notification_prefs -> users (user_id));
diesel::joinable!(obligations -> agreements (agreement_id));
diesel::joinable!(obligations -> case_documents (document_id));
diesel::joinable!(obligations -> cases (case_id));
diesel::joinable!(proposal_answers -> proposals (proposal_id));
diesel::joinable!(proposal_answers -> users (user_id));
diesel::joinable!(proposals -> cases (case_id));
diesel::joinable!(proposals -> users (author_id));
diesel::joinable!(report_texts -> users (updated_by));
diesel::joinable!(trainings -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    account_tokens,
    agreements,
    blind_offers,
    case_counters,
    case_documents,
    case_events,
    case_groups,
    case_members,
    case_messages,
    case_reads,
    cases,
    digest_items,
    form_submissions,
    hearing_answers,
    hearings,
    holidays,
    login_throttle,
    notification_prefs,
    obligations,
    organisations,
    outbox,
    proposal_answers,
    proposals,
    report_texts,
    scheduled_runs,
    trainings,
    users,
);
