-- What a partner agency's agreement says beyond plain HTS chapters and headings (issue 11, G2): the agency's ACE
-- programs (FDA FOO foods, DRU drugs, DEV devices; APHIS, NHTSA ...), each with the HTS chapters and headings it
-- covers, so that an agreement is by HTS and by program; whether the agency may see personal data (the importer's
-- name and number); whether it may hold cargo. An agency's users see a row whose HTS starts with one of the plain
-- prefixes (agency_agreement_hts) or with one of a program's.
alter table agency_agreement add column personal_data_allowed boolean not null default false;
alter table agency_agreement add column hold_authority boolean not null default false;

create table agency_agreement_program (
    agency_id    uuid         not null,
    program_code varchar(10)  not null,
    program_name varchar(200) not null,
    hts_prefixes varchar(4)[] not null,
    constraint agency_agreement_program_pk primary key (agency_id, program_code),
    constraint agency_agreement_program_agreement_fk foreign key (agency_id)
        references agency_agreement (agency_id),
    constraint agency_agreement_program_code_ck check (program_code ~ '^[A-Z0-9]{2,10}$'),
    constraint agency_agreement_program_hts_ck check (cardinality(hts_prefixes) between 1 and 100)
);
