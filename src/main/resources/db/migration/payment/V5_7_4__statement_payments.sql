-- Payments of statements (issue 12, M3). A statement's payment is authorized by the trade with an active ACH debit or
-- ACH credit of an importer number (the statement's status AU) and recorded as received by customs on a working day
-- for exactly the amount authorized, the statement's total (PD); its entries are then paid through the filing
-- module's lifecycle in the same transaction. The importer number of each entry on a statement is kept (as the id of
-- the identifier that holds it) so that an importer's payer unit number pays only statements of its own entries.
alter table statement_entry add column importer_identifier_id uuid;

create table statement_payment (
    id                 uuid           not null,
    statement_number   varchar(12)    not null references statement (statement_number),
    option_id          uuid           not null references payment_option (id),
    method             varchar(10)    not null,
    payer_unit_number  char(6),
    amount             numeric(16, 2) not null,
    status             varchar(10)    not null,
    authorized_by      uuid           not null,
    authorized_by_name varchar(120)   not null,
    authorized_at      timestamptz    not null,
    received_amount    numeric(16, 2),
    received_on        date,
    recorded_by_name   varchar(120),
    recorded_at        timestamptz,
    constraint statement_payment_pk primary key (id),
    constraint statement_payment_method_ck check (method in ('ACH_DEBIT', 'ACH_CREDIT')),
    constraint statement_payment_status_ck check (status in ('AUTHORIZED', 'PAID')),
    constraint statement_payment_received_ck check ((status = 'PAID') = (received_amount is not null)),
    constraint statement_payment_amount_ck check (received_amount is null or received_amount = amount)
);
create unique index statement_payment_one on statement_payment (statement_number);
