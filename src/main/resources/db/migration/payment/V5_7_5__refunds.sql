-- Refunds from liquidation (issue 12, M3): a liquidation at less than the entry paid on its statement owes the
-- difference to the importer, paid to the importer number's active ACH refund bank details; HELD while it has none
-- (scheduled as soon as a second person approves some), SCHEDULED to the details in force, ISSUED when customs records
-- it paid out. One refund per entry and liquidation.
create table refund (
    id                uuid           not null,
    entry_number      char(11)       not null,
    statement_number  varchar(12)    not null references statement (statement_number),
    identifier_id     uuid,
    liquidated_on     date           not null,
    paid_amount       numeric(14, 2) not null,
    liquidated_amount numeric(14, 2) not null,
    amount            numeric(14, 2) not null,
    status            varchar(10)    not null,
    bank_detail_id    uuid references refund_bank_detail (id),
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    issued_on         date,
    issued_by_name    varchar(120),
    constraint refund_pk primary key (id),
    constraint refund_once_uk unique (entry_number, liquidated_on),
    constraint refund_amount_ck check (amount = paid_amount - liquidated_amount and amount > 0),
    constraint refund_status_ck check (status in ('HELD', 'SCHEDULED', 'ISSUED')),
    constraint refund_bank_ck check ((status = 'HELD') = (bank_detail_id is null)),
    constraint refund_issued_ck check ((status = 'ISSUED') = (issued_on is not null))
);
create index refund_by_identifier on refund (identifier_id, created_at desc);
create index refund_waiting on refund (created_at) where status <> 'ISSUED';
