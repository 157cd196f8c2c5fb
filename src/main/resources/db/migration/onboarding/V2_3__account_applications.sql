-- Applications for a trade account (A1): the Account Owner Designation/Authorization application, filled in step by
-- step by someone who has no user yet, reviewed by a customs officer. The tax identifier, and importer numbers that
-- are IRS or Social Security numbers, are stored encrypted per field, bound to their row; never in plain text.

create sequence account_application_number_seq start with 1;

create table account_application (
    id                          uuid          not null,
    reference                   varchar(20)   not null,
    status                      varchar(12)   not null,
    applicant_name              varchar(200)  not null,
    applicant_email             varchar(254)  not null,
    privacy_act_acknowledged_at timestamptz   not null,
    legal_name                  varchar(200),
    doing_business_as           varchar(200),
    street                      varchar(200),
    city                        varchar(100),
    region                      varchar(100),
    postal_code                 varchar(20),
    country                     char(2),
    phone                       varchar(40),
    officer_name                varchar(200),
    officer_title               varchar(100),
    officer_email               varchar(254),
    officer_phone               varchar(40),
    tax_id_kind                 varchar(12),
    tax_id_cipher               bytea,
    tax_id_plain                varchar(20),
    tax_id_display              varchar(20),
    contacts_given              boolean       not null default false,
    owner_name                  varchar(200),
    owner_email                 varchar(254),
    owner_username              varchar(64),
    terms_accepted_at           timestamptz,
    submitted_at                timestamptz,
    returned_at                 timestamptz,
    return_reason               varchar(2000),
    decided_by                  uuid,
    decided_at                  timestamptz,
    account_id                  uuid,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    constraint account_application_pk primary key (id),
    constraint account_application_reference_uk unique (reference),
    constraint account_application_account_fk foreign key (account_id) references trade_account (id),
    constraint account_application_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    constraint account_application_tax_kind_ck check (tax_id_kind in ('EIN', 'SSN', 'CBP_ASSIGNED')),
    -- personal identifiers only ever encrypted; customs-assigned numbers are not personal data
    constraint account_application_tax_storage_ck check (
        (tax_id_kind is null and tax_id_cipher is null and tax_id_plain is null and tax_id_display is null)
        or (tax_id_kind in ('EIN', 'SSN') and tax_id_cipher is not null and tax_id_plain is null
            and tax_id_display is not null)
        or (tax_id_kind = 'CBP_ASSIGNED' and tax_id_plain is not null and tax_id_cipher is null
            and tax_id_display is not null)),
    -- only a complete application leaves the draft
    constraint account_application_complete_ck check (status = 'DRAFT' or (
        legal_name is not null and officer_name is not null and tax_id_kind is not null and contacts_given
        and owner_username is not null and terms_accepted_at is not null and submitted_at is not null)),
    constraint account_application_approved_ck check (status <> 'APPROVED' or (
        account_id is not null and decided_by is not null and decided_at is not null))
);
create index account_application_queue_ix on account_application (status, submitted_at);

-- Points of contact of the company (people who do not sign in), in the order given.
create table account_application_contact (
    application_id uuid         not null,
    position       smallint     not null,
    name           varchar(200) not null,
    title          varchar(100),
    email          varchar(254) not null,
    phone          varchar(40),
    constraint account_application_contact_pk primary key (application_id, position),
    constraint account_application_contact_application_fk foreign key (application_id)
        references account_application (id) on delete cascade
);

-- The business activities asked for, one sub-account each once approved.
create table account_application_activity (
    application_id uuid        not null,
    activity       varchar(30) not null,
    constraint account_application_activity_pk primary key (application_id, activity),
    constraint account_application_activity_application_fk foreign key (application_id)
        references account_application (id) on delete cascade,
    constraint account_application_activity_ck check (activity in ('IMPORTER', 'BROKER', 'FILER', 'SURETY',
        'CARRIER', 'SERVICE_PROVIDER', 'FACILITY_OPERATOR', 'EXPORTER', 'PROTEST_FILER', 'VESSEL_AGENCY'))
);

-- The identifiers each activity needs. Importer numbers that are IRS or Social Security numbers are encrypted.
create table account_application_identifier (
    id             uuid        not null,
    application_id uuid        not null,
    activity       varchar(30) not null,
    kind           varchar(20) not null,
    value_plain    varchar(20),
    value_cipher   bytea,
    display        varchar(20) not null,
    constraint account_application_identifier_pk primary key (id),
    constraint account_application_identifier_activity_fk foreign key (application_id, activity)
        references account_application_activity (application_id, activity) on delete cascade,
    constraint account_application_identifier_uk unique (application_id, activity, kind),
    constraint account_application_identifier_kind_ck check (kind in ('IMPORTER_NUMBER', 'FILER_CODE', 'SCAC',
        'SURETY_CODE', 'FIRMS_CODE')),
    constraint account_application_identifier_storage_ck check ((value_plain is null) <> (value_cipher is null))
);
create index account_application_identifier_application_ix on account_application_identifier (application_id);

-- Private links to resume an application: only a keyed digest of the 256-bit token is kept. A link works while its
-- application is a draft or returned to the applicant.
create table account_application_link (
    token_digest   bytea       not null,
    application_id uuid        not null,
    issued_at      timestamptz not null,
    constraint account_application_link_pk primary key (token_digest),
    constraint account_application_link_application_fk foreign key (application_id)
        references account_application (id) on delete cascade
);
create index account_application_link_application_ix on account_application_link (application_id);

-- What happened to an application, oldest first: started, submitted, returned (with the reasons), resubmitted,
-- approved; by whom (a customs officer's user, or the applicant) and when.
create table account_application_event (
    id             uuid          not null,
    application_id uuid          not null,
    kind           varchar(12)   not null,
    actor_id       uuid,
    actor_name     varchar(100)  not null,
    occurred_at    timestamptz   not null,
    reason         varchar(2000),
    constraint account_application_event_pk primary key (id),
    constraint account_application_event_application_fk foreign key (application_id)
        references account_application (id) on delete cascade,
    constraint account_application_event_kind_ck check (kind in ('STARTED', 'SUBMITTED', 'RETURNED', 'RESUBMITTED',
        'APPROVED'))
);
create index account_application_event_application_ix on account_application_event (application_id, occurred_at);
