-- Protests (issue 11, R4; CBP Form 19, 19 U.S.C. 1514): filed by the trade against the liquidation of one or more
-- entries of one importer at one port, each within 180 days of its liquidation; claims, arguments and documents;
-- accelerated disposition (19 U.S.C. 1515(b)) requested or withdrawn; decided by an officer at the port, allowed,
-- denied or allowed in part, with reasons. Visible from the importer's sub-account, like the entries' forms.
create sequence protest_seq;

create table protest (
    protest_number          varchar(14)  not null,
    port                    char(4)      not null,
    importer_display        varchar(20)  not null,
    importer_digest         bytea        not null,
    importer_sub_account_id uuid,
    importer_identifier_id  uuid,
    category                varchar(20)  not null,
    claims                  text         not null,
    arguments               text         not null,
    status                  varchar(16)  not null,
    filed_by                uuid         not null,
    filed_by_name           varchar(100) not null,
    filed_at                timestamptz  not null,
    filed_on                date         not null,
    accelerated_on          date,
    accelerated_withdrawn_on date,
    decision                varchar(16),
    decision_reasons        text,
    decided_by_name         varchar(100),
    decided_at              timestamptz,
    updated_at              timestamptz  not null,
    constraint protest_pk primary key (protest_number),
    constraint protest_status_ck check (status in ('FILED', 'DECIDED')),
    constraint protest_decision_ck check ((status = 'DECIDED') = (decision is not null)
        and (decision is null or decision in ('ALLOWED', 'DENIED', 'PARTLY_ALLOWED'))),
    constraint protest_category_ck check (category in ('CLASSIFICATION', 'VALUE', 'RATE', 'ADCVD', 'FEES',
                                                       'LIQUIDATION', 'OTHER')),
    constraint protest_text_ck check (length(claims) between 1 and 8000 and length(arguments) between 1 and 20000)
);

create index protest_importer_ix on protest (importer_sub_account_id, status);
create index protest_open_ix on protest (port, filed_on) where status = 'FILED';

create table protest_entry (
    protest_number   varchar(14) not null,
    entry_number     char(11)    not null,
    liquidation_date date        not null,
    protest_by       date        not null,
    constraint protest_entry_pk primary key (protest_number, entry_number),
    constraint protest_entry_protest_fk foreign key (protest_number) references protest (protest_number)
);

create index protest_entry_entry_ix on protest_entry (entry_number);

create table protest_document (
    protest_number varchar(14) not null,
    document_id    uuid        not null,
    position       smallint    not null,
    constraint protest_document_pk primary key (protest_number, document_id),
    constraint protest_document_protest_fk foreign key (protest_number) references protest (protest_number)
);
