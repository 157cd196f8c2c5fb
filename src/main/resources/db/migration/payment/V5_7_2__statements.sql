-- Statements (issue 12, M2): a filer's daily statement of the accepted entry summaries it placed on it, with the
-- amounts each entry declared when placed; the statement's amounts are the sums of its entries' (checked when written
-- and by the reconciliation), each total the sum of its parts. Status as ACE reports it: NP not paid (nor authorized),
-- AU authorized for payment, PD paid. An entry is on one statement at most (statement_entry_once); the entry's own
-- state (ON_STATEMENT, PAID) is the filing module's, moved through its lifecycle.
create table statement (
    statement_number     varchar(12)    not null,
    kind                 varchar(16)    not null,
    filer_code           char(3)        not null,
    statement_date       date           not null,
    status               char(2)        not null,
    entry_count          integer        not null,
    duty                 numeric(16, 2) not null,
    tax                  numeric(16, 2) not null,
    fees                 numeric(16, 2) not null,
    other                numeric(16, 2) not null,
    total                numeric(16, 2) not null,
    -- the sub-account holding the filer code (and the identifier it holds it by), null while no account holds it;
    -- kept in step with the accounts by StatementVisibilityFollowsIdentifiers
    filer_sub_account_id uuid,
    filer_identifier_id  uuid,
    prepared_at          timestamptz    not null,
    prepared_by          varchar(120)   not null,
    constraint statement_pk primary key (statement_number),
    constraint statement_number_ck check (statement_number ~ '^[0-9A-Z]{1,12}$'),
    constraint statement_kind_ck check (kind in ('DAILY')),
    constraint statement_status_ck check (status in ('NP', 'AU', 'PD')),
    constraint statement_total_ck check (total = duty + tax + fees + other),
    constraint statement_amounts_ck check (duty >= 0 and tax >= 0 and fees >= 0 and other >= 0)
);
create index statement_by_filer_date on statement (filer_code, statement_date desc, statement_number);
create index statement_by_filer_sub on statement (filer_sub_account_id, statement_date desc, statement_number);
create index statement_by_date on statement (statement_date desc, statement_number);

create table statement_entry (
    statement_number varchar(12)    not null references statement (statement_number),
    entry_number     char(11)       not null,
    entry_version    smallint       not null,
    entry_type       char(2)        not null,
    port_of_entry    char(4)        not null,
    importer_display varchar(20)    not null,   -- masked where the importer number is an SSN or IRS number
    summary_date     date           not null,
    entry_date       date           not null,
    duty             numeric(14, 2) not null,
    tax              numeric(14, 2) not null,
    fees             numeric(14, 2) not null,
    other            numeric(14, 2) not null,
    total            numeric(14, 2) not null,
    constraint statement_entry_pk primary key (statement_number, entry_number),
    constraint statement_entry_total_ck check (total = duty + tax + fees + other)
);
create unique index statement_entry_once on statement_entry (entry_number);
