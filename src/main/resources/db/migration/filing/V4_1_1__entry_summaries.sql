-- Entry summaries (issue 9, F1-F7). Every table is keyed by the entry number first (11 characters, compact: filer
-- code, 7 digits, check digit), the distribution column when the tables are spread over several PostgreSQL machines
-- with Citus (docs/adr/011-filing-tables-for-a-national-year.md): an entry's rows always live on one shard.
--
-- entry_summary          one row per entry number: where it stands now, and the columns the lists search and sort
-- entry_summary_version  every version filed, never changed: the Form 7501 as filed (a JSON document without the
--                        importer numbers) and the importer numbers sealed per field, bound to the row
-- entry_history          what happened to the entry, in order (filed, corrected, rejected, held, ...)
-- entry_hold             holds on the entry's cargo
--
-- Importer numbers may be IRS or Social Security numbers: the lists find them by a keyed digest and show them masked
-- (importer_display); the full number is only in the sealed columns of the versions.

create sequence entry_change_seq;

create table entry_summary (
    entry_number            char(11)     not null,
    filer_code              char(3)      not null,
    current_version         smallint     not null,
    status                  varchar(22)  not null,
    release_status          varchar(16)  not null,
    entry_type              char(2)      not null,
    summary_date            date         not null,
    entry_date              date         not null,
    port_of_entry           char(4)      not null,
    mode_of_transport       char(2)      not null,
    country_of_origin       char(2)      not null,
    importer_digest         bytea        not null,
    importer_display        varchar(20)  not null,
    -- the sub-accounts the entry is visible from without a grant, and the identifiers they hold it by: the
    -- importer's (by importer number) and the filer's (by filer code), each null while no account holds it
    importer_sub_account_id uuid,
    importer_identifier_id  uuid,
    filer_sub_account_id    uuid,
    filer_identifier_id     uuid,
    line_count              smallint     not null,
    entered_value           numeric(14, 2) not null,
    duty                    numeric(14, 2) not null,
    tax                     numeric(14, 2) not null,
    fees                    numeric(14, 2) not null,
    other                   numeric(14, 2) not null,
    -- for searching by HTS number at any of its levels (4, 6, 8 or 10 digits) and by the lines' countries of origin
    hts_prefixes            text[]       not null,
    origin_countries        char(2)[]    not null,
    rejection_reasons       text[],
    resubmit_by             date,
    statement_number        varchar(12),
    liquidation_deadline    date         not null,
    extensions              smallint     not null default 0,
    liquidation_date        date,
    liquidated_amount       numeric(14, 2),
    protest_by              date,
    filed_at                timestamptz  not null,
    updated_at              timestamptz  not null,
    -- raised from entry_change_seq by every change, for the readers that follow changes (the analytics feed)
    change_seq              bigint       not null,
    constraint entry_summary_pk primary key (entry_number),
    constraint entry_summary_number_ck check (entry_number ~ '^[0-9A-Z]{3}[0-9]{8}$'),
    constraint entry_summary_status_ck check (status in ('ACCEPTED', 'REJECTED', 'ON_STATEMENT', 'PAID',
        'LIQUIDATION_SCHEDULED', 'LIQUIDATED', 'EXTENDED', 'DEEMED_LIQUIDATED')),
    constraint entry_summary_release_ck check (release_status in ('AWAITING_RELEASE', 'HELD', 'HOLD_LIFTED',
        'RELEASED')),
    constraint entry_summary_totals_ck check (entered_value >= 0 and duty >= 0 and tax >= 0 and fees >= 0
        and other >= 0)
);
-- Keyset paging of what a sub-account sees, newest first (page 1,000 costs what page 1 costs).
create index entry_summary_importer_sub_ix on entry_summary (importer_sub_account_id, summary_date desc,
    entry_number desc) where importer_sub_account_id is not null;
create index entry_summary_filer_sub_ix on entry_summary (filer_sub_account_id, summary_date desc,
    entry_number desc) where filer_sub_account_id is not null;
-- Officers: everything, and by importer number.
create index entry_summary_date_ix on entry_summary (summary_date desc, entry_number desc);
create index entry_summary_importer_ix on entry_summary (importer_digest, summary_date desc, entry_number desc);
create index entry_summary_hts_ix on entry_summary using gin (hts_prefixes);
-- Work waiting: rejects to resubmit, holds, entries liquidating soon.
create index entry_summary_rejected_ix on entry_summary (resubmit_by) where status = 'REJECTED';
create index entry_summary_held_ix on entry_summary (summary_date) where release_status = 'HELD';
create index entry_summary_liquidating_ix on entry_summary (liquidation_date)
    where status = 'LIQUIDATION_SCHEDULED';
create index entry_summary_change_ix on entry_summary (change_seq);

create table entry_summary_version (
    entry_number     char(11)     not null,
    version          smallint     not null,
    -- keyed digest of the whole summary as filed (importer numbers included): the same summary sent again is the
    -- same version, and gets the same answer
    content_digest   bytea        not null,
    filed_at         timestamptz  not null,
    filed_by         varchar(100) not null,
    importer_kind    varchar(12)  not null,
    importer_plain   varchar(20),
    importer_cipher  bytea,
    consignee_kind   varchar(12),
    consignee_plain  varchar(20),
    consignee_cipher bytea,
    document         jsonb        not null,
    constraint entry_summary_version_pk primary key (entry_number, version),
    constraint entry_summary_version_entry_fk foreign key (entry_number) references entry_summary (entry_number),
    constraint entry_summary_version_importer_ck check (importer_plain is not null or importer_cipher is not null),
    constraint entry_summary_version_kind_ck check (importer_kind in ('EIN', 'SSN', 'CBP_ASSIGNED')
        and (consignee_kind is null or consignee_kind in ('EIN', 'SSN', 'CBP_ASSIGNED')))
);

create table entry_history (
    entry_number char(11)     not null,
    seq          smallint     not null,
    occurred_at  timestamptz  not null,
    occurred_on  date         not null,
    kind         varchar(30)  not null,
    version      smallint     not null,
    actor        varchar(100) not null,
    details      jsonb        not null,
    constraint entry_history_pk primary key (entry_number, seq),
    constraint entry_history_entry_fk foreign key (entry_number) references entry_summary (entry_number)
);

create table entry_hold (
    entry_number char(11)     not null,
    hold_number  smallint     not null,
    authority    varchar(5)   not null,
    reason       varchar(500) not null,
    placed_on    date         not null,
    lifted_on    date,
    constraint entry_hold_pk primary key (entry_number, hold_number),
    constraint entry_hold_entry_fk foreign key (entry_number) references entry_summary (entry_number)
);

-- Rows in these tables are written by the filing module only; the application's role reads and writes them
-- through the default privileges of V3_1_2 (versions and history are never updated or deleted by the code).
