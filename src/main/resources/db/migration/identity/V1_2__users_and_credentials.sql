create table app_user (
    id                    uuid         not null,
    username              varchar(64)  not null,
    display_name          varchar(200) not null,
    email                 varchar(254) not null,
    email_verified_at     timestamptz,
    status                varchar(20)  not null,
    status_changed_at     timestamptz  not null,
    password_hash         varchar(255),
    password_changed_at   timestamptz,
    locked_until          timestamptz,
    failures_counted_from timestamptz  not null,
    preferred_factor      varchar(20)  not null default 'EMAIL_CODE',
    totp_secret           bytea,
    totp_enrolled_at      timestamptz,
    totp_last_step        bigint,
    last_sign_in_at       timestamptz,
    last_sign_in_address  varchar(64),
    inactivity_from       timestamptz  not null,
    created_at            timestamptz  not null,
    constraint app_user_pk primary key (id),
    constraint app_user_status_ck check (status in ('ACTIVE', 'DISABLED', 'DEACTIVATED')),
    constraint app_user_factor_ck check (preferred_factor in ('EMAIL_CODE', 'TOTP', 'PASSKEY')),
    constraint app_user_username_format_ck check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
create unique index app_user_username_uk on app_user (username);
create index app_user_email_ix on app_user (lower(email));
create index app_user_inactivity_ix on app_user (status, inactivity_from);

create table user_role (
    user_id uuid        not null,
    role    varchar(30) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_user_fk foreign key (user_id) references app_user (id),
    constraint user_role_role_ck check (role in ('ADMINISTRATOR', 'OFFICER', 'TRADE', 'PGA'))
);

-- Keyed digests (HMAC with a key outside the database) of earlier passwords, to refuse reuse quickly.
create table password_history (
    id         bigint generated always as identity,
    user_id    uuid        not null,
    digest     bytea       not null,
    created_at timestamptz not null,
    constraint password_history_pk primary key (id),
    constraint password_history_user_fk foreign key (user_id) references app_user (id)
);
create index password_history_user_ix on password_history (user_id, created_at desc);

-- Failed sign-ins, for lockout (per user) and throttling (per client address).
create table sign_in_failure (
    id             bigint generated always as identity,
    user_id        uuid,
    client_address varchar(64) not null,
    occurred_at    timestamptz not null,
    constraint sign_in_failure_pk primary key (id)
);
create index sign_in_failure_address_ix on sign_in_failure (client_address, occurred_at);
create index sign_in_failure_user_ix on sign_in_failure (user_id, occurred_at);

-- E-mailed one-time codes: only a keyed digest is stored.
create table one_time_code (
    id              uuid         not null,
    user_id         uuid         not null,
    purpose         varchar(20)  not null,
    code_digest     bytea        not null,
    destination     varchar(254) not null,
    issued_at       timestamptz  not null,
    expires_at      timestamptz  not null,
    consumed_at     timestamptz,
    failed_attempts int          not null default 0,
    constraint one_time_code_pk primary key (id),
    constraint one_time_code_user_fk foreign key (user_id) references app_user (id),
    constraint one_time_code_purpose_ck check (purpose in ('SIGN_IN', 'EMAIL_CHANGE', 'PASSWORD_RESET'))
);
create index one_time_code_user_ix on one_time_code (user_id, purpose, issued_at desc);

create table recovery_code (
    user_id     uuid        not null,
    code_digest bytea       not null,
    created_at  timestamptz not null,
    used_at     timestamptz,
    constraint recovery_code_pk primary key (user_id, code_digest),
    constraint recovery_code_user_fk foreign key (user_id) references app_user (id)
);

-- Password reset (and first password) links: only a keyed digest of the 256-bit token is stored.
create table password_reset_token (
    token_digest bytea       not null,
    user_id      uuid        not null,
    purpose      varchar(20) not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    constraint password_reset_token_pk primary key (token_digest),
    constraint password_reset_token_user_fk foreign key (user_id) references app_user (id),
    constraint password_reset_token_purpose_ck check (purpose in ('RESET', 'FIRST_PASSWORD'))
);
create index password_reset_token_user_ix on password_reset_token (user_id, issued_at desc);

-- Passkeys (WebAuthn), in the tables Spring Security's JDBC repositories use.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    constraint user_entities_pk primary key (id)
);
create unique index user_entities_name_uk on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    constraint user_credentials_pk primary key (credential_id),
    constraint user_credentials_user_fk foreign key (user_entity_user_id) references user_entities (id) on delete cascade
);
create index user_credentials_user_ix on user_credentials (user_entity_user_id);
