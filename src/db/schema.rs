// Kept in step with both migration folders; the test suite runs on both backends.
diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        registration_number -> Text,
        contact_email -> Text,
        sector -> Text,
        is_member -> Bool,
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
        token_version -> Integer,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        time_zone -> Text,
    }
}

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
    login_throttle (key) {
        key -> Text,
        failures -> Integer,
        last_failure_at -> Timestamp,
        blocked_until -> Nullable<Timestamp>,
    }
}

diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(account_tokens -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    users,
    account_tokens,
    login_throttle,
    outbox
);

diesel::table! {
    outbox (id) {
        id -> Text,
        message_id -> Text,
        recipient -> Text,
        template -> Text,
        subject -> Text,
        body -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    scheduled_runs (job, occasion) {
        job -> Text,
        occasion -> Text,
        ran_at -> Timestamp,
    }
}
