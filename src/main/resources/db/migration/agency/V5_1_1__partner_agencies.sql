-- Partner government agencies (PGAs) and their agreements with customs (issue 10 X5, MISSION G2). An administrator
-- records each agency and what its agreement covers; a user of the partner agency role belongs to one agency.
-- The agreement is a row of its own, keyed by the agency, so that what the agreement says beyond HTS (programs,
-- whether personal data may be disclosed, hold authority: issue 11) is added to it as columns and tables of its own.
create table partner_agency (
    id         uuid         not null,
    code       varchar(10)  not null,
    name       varchar(200) not null,
    created_at timestamptz  not null,
    created_by uuid         not null,
    constraint partner_agency_pk primary key (id),
    constraint partner_agency_code_uk unique (code),
    constraint partner_agency_code_ck check (code ~ '^[A-Z][A-Z0-9]{1,9}$')
);

create table agency_agreement (
    agency_id  uuid        not null,
    updated_at timestamptz not null,
    updated_by uuid        not null,
    constraint agency_agreement_pk primary key (agency_id),
    constraint agency_agreement_agency_fk foreign key (agency_id) references partner_agency (id)
);

-- The HTS chapters (2 digits) and headings (4 digits) an agreement covers: an agency sees the rows whose HTS number
-- starts with one of them.
create table agency_agreement_hts (
    agency_id  uuid       not null,
    hts_prefix varchar(4) not null,
    constraint agency_agreement_hts_pk primary key (agency_id, hts_prefix),
    constraint agency_agreement_hts_agreement_fk foreign key (agency_id) references agency_agreement (agency_id),
    constraint agency_agreement_hts_prefix_ck check (hts_prefix ~ '^[0-9]{2}([0-9]{2})?$')
);

-- Which agency a partner agency user works for: one agency per user.
create table agency_member (
    user_id     uuid        not null,
    agency_id   uuid        not null,
    assigned_at timestamptz not null,
    assigned_by uuid        not null,
    constraint agency_member_pk primary key (user_id),
    constraint agency_member_agency_fk foreign key (agency_id) references partner_agency (id)
);
create index agency_member_agency_ix on agency_member (agency_id);
