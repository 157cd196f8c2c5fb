-- API tokens (F2): a filer's software authenticates to the API with a token that an account owner issued, bound to
-- one filer-type sub-account and its filer code. Only the SHA-256 digest of the token is kept; the token itself is
-- shown once, when it is issued.
create table api_token (
    id                uuid         not null,
    account_id        uuid         not null,
    sub_account_id    uuid         not null,
    filer_code        varchar(20)  not null,
    name              varchar(100) not null,
    digest            bytea        not null,
    hint              varchar(12)  not null,
    created_by        uuid         not null,
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    revoked_by        uuid,
    revoked_at        timestamptz,
    last_used_at      timestamptz,
    last_used_address varchar(64),
    constraint api_token_pk primary key (id),
    constraint api_token_account_fk foreign key (account_id) references trade_account (id),
    constraint api_token_sub_account_fk foreign key (sub_account_id) references sub_account (id),
    constraint api_token_digest_uk unique (digest),
    constraint api_token_expiry_ck check (expires_at > created_at)
);
create index api_token_account_ix on api_token (account_id, created_at);
