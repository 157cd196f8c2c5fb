-- Payment options per importer number (issue 12, M1). The importer number is named by the id of the account module's
-- identifier (its value, which may be a Social Security or IRS number, is never copied here).
--
-- ACH refund bank details: every change is a row, PENDING until a second person of the account approves it (ACTIVE,
-- the one before it REPLACED) or rejects it; the requester may withdraw it. At most one ACTIVE and one PENDING per
-- importer number. The account number is sealed per field (AES-GCM, bound to this row and column) with only its last
-- four digits kept in the clear; dual control holds in the database too: an approved row's approver is not its
-- requester.
create table refund_bank_detail (
    id                uuid         not null,
    identifier_id     uuid         not null,
    sub_account_id    uuid         not null,
    status            varchar(10)  not null,
    account_holder    varchar(120) not null,
    routing_number    char(9)      not null,
    account_type      varchar(8)   not null,
    account_cipher    bytea        not null,
    account_last4     char(4)      not null,
    requested_by      uuid         not null,
    requested_by_name varchar(120) not null,
    requested_at      timestamptz  not null,
    decided_by        uuid,
    decided_by_name   varchar(120),
    decided_at        timestamptz,
    decision_note     varchar(500),
    constraint refund_bank_detail_pk primary key (id),
    constraint refund_bank_detail_status_ck check (status in ('PENDING', 'ACTIVE', 'REPLACED', 'REJECTED',
        'WITHDRAWN')),
    constraint refund_bank_detail_routing_ck check (routing_number ~ '^[0-9]{9}$'),
    constraint refund_bank_detail_type_ck check (account_type in ('CHECKING', 'SAVINGS')),
    constraint refund_bank_detail_last4_ck check (account_last4 ~ '^[0-9]{4}$'),
    constraint refund_bank_detail_decided_ck check ((status = 'PENDING') = (decided_by is null)),
    constraint refund_bank_detail_dual_control_ck check (status not in ('ACTIVE', 'REPLACED', 'REJECTED')
        or decided_by <> requested_by)
);
create unique index refund_bank_detail_one_active on refund_bank_detail (identifier_id) where status = 'ACTIVE';
create unique index refund_bank_detail_one_pending on refund_bank_detail (identifier_id) where status = 'PENDING';
create index refund_bank_detail_by_identifier on refund_bank_detail (identifier_id, requested_at desc);

-- ACH debit (CBP Form 400 data; customs assigns the payer unit number), ACH credit (its prenote received before it is
-- active) and Periodic Monthly Statement enrollment (on an active ACH debit of the same importer number): at most one
-- option of a kind per importer number that has not ended. The history of each is in payment_option_event.
create table payment_option (
    id                uuid         not null,
    identifier_id     uuid         not null,
    sub_account_id    uuid         not null,
    kind              varchar(10)  not null,
    status            varchar(10)  not null,
    payer_unit_number char(6),
    payer_name        varchar(120),
    contact_name      varchar(120),
    contact_phone     varchar(30),
    contact_email     varchar(254),
    routing_number    char(9),
    account_type      varchar(8),
    account_cipher    bytea,
    account_last4     char(4),
    pms_print_day     smallint,
    applied_by        uuid         not null,
    applied_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint payment_option_pk primary key (id),
    constraint payment_option_kind_ck check (kind in ('ACH_DEBIT', 'ACH_CREDIT', 'PMS')),
    constraint payment_option_status_ck check (status in ('APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'ENDED')),
    constraint payment_option_pun_ck check (payer_unit_number is null or payer_unit_number ~ '^[0-9]{6}$'),
    constraint payment_option_pms_day_ck check ((kind = 'PMS') = (pms_print_day is not null)
        and (pms_print_day is null or pms_print_day between 1 and 11)),
    constraint payment_option_bank_ck check ((kind = 'PMS') = (account_cipher is null)),
    constraint payment_option_debit_pun_ck check (kind <> 'ACH_DEBIT' or status = 'APPLIED'
        or payer_unit_number is not null)
);
create unique index payment_option_one_open on payment_option (identifier_id, kind) where status <> 'ENDED';
create unique index payment_option_pun_uk on payment_option (payer_unit_number) where payer_unit_number is not null;
create index payment_option_waiting on payment_option (applied_at) where status in ('APPLIED', 'APPROVED');
create sequence payer_unit_number_seq start with 100001 maxvalue 999999;

create table payment_option_event (
    option_id uuid         not null references payment_option (id),
    seq       integer      not null,
    at        timestamptz  not null,
    actor     varchar(120) not null,
    status    varchar(10)  not null,
    note      varchar(500),
    constraint payment_option_event_pk primary key (option_id, seq)
);
