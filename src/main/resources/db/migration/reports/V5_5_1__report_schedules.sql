-- Schedules of reports (issue 10, X4). A schedule runs a report daily, weekly on a weekday or monthly on a day from 1
-- to 28, at a time of day in a named time zone (UTC unless its owner chose another), with its prompts' dates given
-- relative to each run's date (the previous day, the previous calendar month, the year to date, ...). Any node takes a
-- due schedule with one statement that advances next_run_at on a row no other node holds (FOR UPDATE SKIP LOCKED),
-- so that a schedule is run once per time it is due. A schedule whose owner may no longer run reports is STOPPED,
-- with the reason, for good.
create table report_schedule (
    id            uuid primary key,
    owner_id      uuid         not null,
    audience      varchar(8)   not null check (audience in ('TRADE', 'CUSTOMS')),
    report_code   varchar(40)  not null,
    title         varchar(200) not null,
    prompts       jsonb        not null,         -- relative period and prompts, as shown: never personal data in clear
    definition    jsonb,                         -- a report not in the catalog (ad hoc): its definition
    frequency     varchar(8)   not null check (frequency in ('DAILY', 'WEEKLY', 'MONTHLY')),
    weekday       smallint     check (weekday between 1 and 7),        -- ISO: 1 Monday to 7 Sunday
    day_of_month  smallint     check (day_of_month between 1 and 28),
    time_of_day   time         not null,
    zone          varchar(64)  not null,         -- an IANA time zone, e.g. UTC or America/New_York
    status        varchar(8)   not null check (status in ('ACTIVE', 'PAUSED', 'STOPPED')),
    stop_reason   varchar(300),
    next_run_at   timestamptz,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    last_run_id   uuid,
    last_run_at   timestamptz,
    check ((frequency = 'WEEKLY') = (weekday is not null)),
    check ((frequency = 'MONTHLY') = (day_of_month is not null)),
    check ((status = 'ACTIVE') = (next_run_at is not null)),
    check ((status = 'STOPPED') = (stop_reason is not null))
);
create index report_schedule_due on report_schedule (next_run_at) where status = 'ACTIVE';
create index report_schedule_by_owner on report_schedule (owner_id, created_at, id);
