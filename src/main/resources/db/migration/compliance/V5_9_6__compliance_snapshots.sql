-- The compliance view's chart over time (issue 11, R2): each trade user's figures at the end of each day (the last
-- view of the day or the nightly run). Keyed by the user first (Citus: distributed by user_id; read per user only).
create table compliance_snapshot (
    user_id                 uuid           not null,
    day                     date           not null,
    forms_due_soon          integer        not null,
    forms_overdue           integer        not null,
    rejected                integer        not null,
    held                    integer        not null,
    liquidating             integer        not null,
    protests_pending        integer        not null,
    adcvd_deposits          numeric(16, 2) not null,
    members_near_inactivity integer        not null,
    taken_at                timestamptz    not null,
    constraint compliance_snapshot_pk primary key (user_id, day),
    constraint compliance_snapshot_counts_ck check (forms_due_soon >= 0 and forms_overdue >= 0 and rejected >= 0
        and held >= 0 and liquidating >= 0 and protests_pending >= 0 and adcvd_deposits >= 0
        and members_near_inactivity >= 0)
);
create index compliance_snapshot_day_ix on compliance_snapshot (day);
