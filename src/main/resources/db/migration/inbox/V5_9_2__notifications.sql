-- The notifications inbox and e-mail alerts (issue 11, R3). One row per recipient of a past-tense fact about an
-- entry, a CBP form or a protest, keyed by the user first (the distribution column, docs/adr/011) and then by the
-- fact's id, which the event determines: a redelivered event finds its rows there and adds none. Rows carry only
-- what may be shown to the recipient and mailed: kinds, entry, action and protest numbers, dates; never an importer
-- number, a name or a tax identifier. Read rows older than openace.inbox.retention are purged.
create table inbox_notification (
    user_id        uuid        not null,
    id             uuid        not null,
    kind           varchar(24) not null,
    entry_number   char(11),
    action_number  varchar(20),
    form           varchar(6),
    protest_number varchar(20),
    occurred_on    date        not null,
    due_on         date,
    link           varchar(120) not null,
    created_at     timestamptz not null,
    read_at        timestamptz,
    constraint inbox_notification_pk primary key (user_id, id),
    constraint inbox_notification_kind_ck check (kind in ('ENTRY_ACCEPTED', 'ENTRY_REJECTED', 'HOLD_PLACED',
        'HOLD_LIFTED', 'CARGO_RELEASED', 'LIQUIDATION_SCHEDULED', 'ENTRY_LIQUIDATED', 'FORM_ISSUED', 'FORM_ANSWERED',
        'FORM_ASKED_AGAIN', 'FORM_CLOSED', 'PROTEST_FILED', 'PROTEST_DECIDED')),
    constraint inbox_notification_link_ck check (link like '/%')
);

-- the inbox page: a user's rows, unread first, newest first (the order of the page's query)
create index inbox_notification_user_ix on inbox_notification (user_id, (read_at is null) desc, created_at desc, id desc);
-- the unread count in every page's header, and the unread-only list
create index inbox_notification_unread_ix on inbox_notification (user_id, created_at desc) where read_at is null;
-- the purge of old read rows
create index inbox_notification_read_ix on inbox_notification (read_at) where read_at is not null;

-- How each user wants to be mailed about each kind: OFF (the default, no row), IMMEDIATE or DIGEST (once a day).
create table inbox_mail_preference (
    user_id    uuid        not null,
    kind       varchar(24) not null,
    delivery   varchar(10) not null,
    updated_at timestamptz not null,
    constraint inbox_mail_preference_pk primary key (user_id, kind),
    constraint inbox_mail_preference_delivery_ck check (delivery in ('IMMEDIATE', 'DIGEST'))
);

-- The daily digests sent, one per user and day: a second run for the same day (another node, the admin command)
-- sends nothing again.
create table inbox_digest (
    user_id       uuid        not null,
    digest_on     date        not null,
    notifications integer     not null,
    sent_at       timestamptz not null,
    constraint inbox_digest_pk primary key (user_id, digest_on)
);
