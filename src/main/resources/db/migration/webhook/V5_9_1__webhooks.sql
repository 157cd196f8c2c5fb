-- Webhooks (issue 11, R3): the HTTPS endpoints an account's owners register for entry events, the deliveries
-- written for them (an outbox, one row per event and endpoint) and every attempt at one. Every key starts with the
-- account, so that the three tables can be distributed by account_id and co-located (ADR 011, ADR 017).

create table webhook_endpoint (
    account_id           uuid         not null,
    id                   uuid         not null,
    url                  varchar(2000) not null,
    description          varchar(200) not null,
    events               text[]       not null,
    -- the signing secret, sealed by the field cipher for (webhook_endpoint, secret, id); shown once, never stored plain
    secret_cipher        bytea        not null,
    secret_hint          varchar(20)  not null,
    status               varchar(10)  not null,
    paused_reason        varchar(500),
    paused_at            timestamptz,
    consecutive_failures integer      not null default 0,
    created_by           uuid         not null,
    created_at           timestamptz  not null,
    secret_rotated_at    timestamptz,
    constraint webhook_endpoint_pk primary key (account_id, id),
    constraint webhook_endpoint_status check (status in ('ACTIVE', 'PAUSED')),
    constraint webhook_endpoint_failures check (consecutive_failures >= 0)
);

create unique index webhook_endpoint_id on webhook_endpoint (id);

create table webhook_delivery (
    account_id      uuid         not null,
    id              uuid         not null,
    endpoint_id     uuid         not null,
    -- the event as receivers see it (OpenACE-Webhook-Id): the same on every attempt, and for a repeated publication
    event_id        uuid         not null,
    event_type      varchar(40)  not null,
    entry_number    varchar(20),
    body            text         not null,
    status          varchar(10)  not null,
    attempts        integer      not null default 0,
    -- when the next attempt is due; while an attempt runs, when its lease ends (a node that died mid-attempt)
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    finished_at     timestamptz,
    last_status     integer,
    constraint webhook_delivery_pk primary key (account_id, id),
    constraint webhook_delivery_endpoint_fk foreign key (account_id, endpoint_id)
        references webhook_endpoint (account_id, id) on delete cascade,
    constraint webhook_delivery_once unique (account_id, endpoint_id, event_id),
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);

-- the dispatcher's question: pending deliveries due now, oldest first
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- an endpoint's delivery log, newest first
create index webhook_delivery_of_endpoint on webhook_delivery (account_id, endpoint_id, created_at desc);

create table webhook_attempt (
    account_id    uuid         not null,
    delivery_id   uuid         not null,
    attempt       integer      not null,
    started_at    timestamptz  not null,
    duration_ms   integer      not null,
    status_code   integer,
    -- the start of the receiver's answer (at most 500 characters), or why there was none (timeout, refused, ...)
    answer        varchar(600),
    error         varchar(500),
    constraint webhook_attempt_pk primary key (account_id, delivery_id, attempt),
    constraint webhook_attempt_delivery_fk foreign key (account_id, delivery_id)
        references webhook_delivery (account_id, id) on delete cascade
);
