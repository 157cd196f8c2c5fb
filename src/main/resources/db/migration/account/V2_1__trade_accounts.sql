-- Trade accounts (A2), their users and rights (A3, A4), cross-account grants and broker groups (A5),
-- applications (A1). Tax identifiers are stored encrypted per field with a keyed digest (A7).

create sequence trade_account_number_seq start with 1000001;

create table trade_account (
    id                uuid         not null,
    number            varchar(12)  not null,
    legal_name        varchar(200) not null,
    doing_business_as varchar(200),
    street            varchar(200) not null,
    city              varchar(100) not null,
    region            varchar(100),
    postal_code       varchar(20),
    country           char(2)      not null,
    phone             varchar(40)  not null,
    tax_id_kind       varchar(12)  not null,
    tax_id_cipher     bytea,
    tax_id_plain      varchar(20),
    tax_id_digest     bytea        not null,
    tax_id_display    varchar(20)  not null,
    status            varchar(12)  not null,
    application_id    uuid,
    created_at        timestamptz  not null,
    constraint trade_account_pk primary key (id),
    constraint trade_account_number_uk unique (number),
    constraint trade_account_tax_id_uk unique (tax_id_kind, tax_id_digest),
    constraint trade_account_status_ck check (status in ('ACTIVE', 'SUSPENDED')),
    constraint trade_account_tax_kind_ck check (tax_id_kind in ('EIN', 'SSN', 'CBP_ASSIGNED')),
    -- personal identifiers only ever encrypted; customs-assigned numbers are not personal data
    constraint trade_account_tax_storage_ck check (
        (tax_id_kind in ('EIN', 'SSN') and tax_id_cipher is not null and tax_id_plain is null)
        or (tax_id_kind = 'CBP_ASSIGNED' and tax_id_plain is not null and tax_id_cipher is null))
);
create index trade_account_name_ix on trade_account (lower(legal_name));

create table sub_account (
    id              uuid         not null,
    account_id      uuid         not null,
    activity        varchar(30)  not null,
    name            varchar(200) not null,
    status          varchar(20)  not null,
    requested_by    uuid,
    decided_by      uuid,
    decided_at      timestamptz,
    decision_reason varchar(500),
    created_at      timestamptz  not null,
    constraint sub_account_pk primary key (id),
    constraint sub_account_account_fk foreign key (account_id) references trade_account (id),
    constraint sub_account_activity_ck check (activity in ('IMPORTER', 'BROKER', 'FILER', 'SURETY', 'CARRIER',
        'SERVICE_PROVIDER', 'FACILITY_OPERATOR', 'EXPORTER', 'PROTEST_FILER', 'VESSEL_AGENCY')),
    constraint sub_account_status_ck check (status in ('ACTIVE', 'PENDING_APPROVAL', 'REJECTED', 'CLOSED'))
);
create index sub_account_account_ix on sub_account (account_id, status);
create index sub_account_pending_ix on sub_account (status, created_at) where status = 'PENDING_APPROVAL';

-- Identifiers belong to exactly one sub-account across all accounts (unique per kind on the digest).
create table account_identifier (
    id             uuid        not null,
    sub_account_id uuid        not null,
    kind           varchar(20) not null,
    value_plain    varchar(20),
    value_cipher   bytea,
    value_digest   bytea       not null,
    display        varchar(20) not null,
    created_at     timestamptz not null,
    constraint account_identifier_pk primary key (id),
    constraint account_identifier_sub_account_fk foreign key (sub_account_id) references sub_account (id),
    constraint account_identifier_kind_ck check (kind in ('IMPORTER_NUMBER', 'FILER_CODE', 'SCAC', 'SURETY_CODE',
        'FIRMS_CODE')),
    constraint account_identifier_uk unique (kind, value_digest),
    constraint account_identifier_storage_ck check (value_plain is not null or value_cipher is not null)
);
create index account_identifier_sub_account_ix on account_identifier (sub_account_id);

create table account_membership (
    account_id uuid        not null,
    user_id    uuid        not null,
    role       varchar(15) not null,
    status     varchar(12) not null,
    since      timestamptz not null,
    invited_by uuid,
    constraint account_membership_pk primary key (account_id, user_id),
    constraint account_membership_account_fk foreign key (account_id) references trade_account (id),
    constraint account_membership_user_fk foreign key (user_id) references app_user (id),
    constraint account_membership_role_ck check (role in ('OWNER', 'PROXY_OWNER', 'USER')),
    constraint account_membership_status_ck check (status in ('INVITED', 'ACTIVE', 'REMOVED'))
);
create unique index account_membership_one_owner_uk on account_membership (account_id)
    where role = 'OWNER' and status = 'ACTIVE';
create index account_membership_user_ix on account_membership (user_id, status);

-- Rights of a user of the account: per sub-account, function and level, narrowed by importer number, filer code
-- and port (9900 means every port).
create table account_right (
    id                     uuid        not null,
    account_id             uuid        not null,
    user_id                uuid        not null,
    sub_account_id         uuid        not null,
    function               varchar(10) not null,
    level                  varchar(4)  not null,
    importer_identifier_id uuid,
    filer_identifier_id    uuid,
    port                   char(4)     not null default '9900',
    granted_by             uuid,
    granted_at             timestamptz not null,
    constraint account_right_pk primary key (id),
    constraint account_right_membership_fk foreign key (account_id, user_id)
        references account_membership (account_id, user_id),
    constraint account_right_sub_account_fk foreign key (sub_account_id) references sub_account (id),
    constraint account_right_importer_fk foreign key (importer_identifier_id) references account_identifier (id),
    constraint account_right_filer_fk foreign key (filer_identifier_id) references account_identifier (id),
    constraint account_right_function_ck check (function in ('ENTRIES', 'REVIEWS', 'PAYMENTS', 'REPORTS', 'USERS')),
    constraint account_right_level_ck check (level in ('VIEW', 'EDIT')),
    constraint account_right_port_ck check (port ~ '^[0-9]{4}$'),
    constraint account_right_uk unique nulls not distinct (user_id, sub_account_id, function, importer_identifier_id,
        filer_identifier_id, port)
);
create index account_right_user_ix on account_right (user_id, function, sub_account_id);

-- People of the account who do not sign in (officers, points of contact).
create table account_contact (
    id         uuid         not null,
    account_id uuid         not null,
    kind       varchar(20)  not null,
    name       varchar(200) not null,
    title      varchar(100),
    email      varchar(254),
    phone      varchar(40),
    created_at timestamptz  not null,
    constraint account_contact_pk primary key (id),
    constraint account_contact_account_fk foreign key (account_id) references trade_account (id),
    constraint account_contact_kind_ck check (kind in ('COMPANY_OFFICER', 'POINT_OF_CONTACT', 'BILLING', 'TECHNICAL'))
);
create index account_contact_account_ix on account_contact (account_id);

-- An importer's account lets a broker's (or other) account reach some of its data, for a time.
create table cross_account_grant (
    id                 uuid        not null,
    grantor_account_id uuid        not null,
    grantee_account_id uuid        not null,
    status             varchar(20) not null,
    initiated_by       varchar(10) not null,
    starts_on          date        not null,
    ends_on            date        not null,
    requested_by       uuid        not null,
    requested_at       timestamptz not null,
    decided_by         uuid,
    decided_at         timestamptz,
    decision_note      varchar(500),
    revoked_by         uuid,
    revoked_at         timestamptz,
    constraint cross_account_grant_pk primary key (id),
    constraint cross_account_grant_grantor_fk foreign key (grantor_account_id) references trade_account (id),
    constraint cross_account_grant_grantee_fk foreign key (grantee_account_id) references trade_account (id),
    constraint cross_account_grant_status_ck check (status in ('OFFERED', 'REQUESTED', 'ACTIVE', 'REJECTED', 'REVOKED',
        'WITHDRAWN')),
    constraint cross_account_grant_initiator_ck check (initiated_by in ('GRANTOR', 'GRANTEE')),
    constraint cross_account_grant_period_ck check (ends_on >= starts_on),
    constraint cross_account_grant_not_self_ck check (grantor_account_id <> grantee_account_id)
);
create index cross_account_grant_grantee_ix on cross_account_grant (grantee_account_id, status);
create index cross_account_grant_grantor_ix on cross_account_grant (grantor_account_id, status);

create table cross_account_grant_scope (
    grant_id       uuid        not null,
    sub_account_id uuid        not null,
    function       varchar(10) not null,
    level          varchar(4)  not null,
    constraint cross_account_grant_scope_pk primary key (grant_id, sub_account_id, function),
    constraint cross_account_grant_scope_grant_fk foreign key (grant_id) references cross_account_grant (id),
    constraint cross_account_grant_scope_sub_account_fk foreign key (sub_account_id) references sub_account (id),
    constraint cross_account_grant_scope_function_ck check (function in ('ENTRIES', 'REVIEWS', 'PAYMENTS', 'REPORTS')),
    constraint cross_account_grant_scope_level_ck check (level in ('VIEW', 'EDIT'))
);
create index cross_account_grant_scope_sub_account_ix on cross_account_grant_scope (sub_account_id, function);

-- The receiving account's owner passes a grant on to its own users, within what was granted.
create table grant_delegation (
    id             uuid        not null,
    grant_id       uuid        not null,
    user_id        uuid        not null,
    sub_account_id uuid        not null,
    function       varchar(10) not null,
    level          varchar(4)  not null,
    granted_by     uuid        not null,
    granted_at     timestamptz not null,
    constraint grant_delegation_pk primary key (id),
    constraint grant_delegation_scope_fk foreign key (grant_id, sub_account_id, function)
        references cross_account_grant_scope (grant_id, sub_account_id, function) on delete cascade,
    constraint grant_delegation_level_ck check (level in ('VIEW', 'EDIT')),
    constraint grant_delegation_uk unique (grant_id, user_id, sub_account_id, function)
);
create index grant_delegation_user_ix on grant_delegation (user_id, function, sub_account_id);

-- Brokers group their client accounts and assign users to a group (for the functions and level given).
create table client_group (
    id         uuid         not null,
    account_id uuid         not null,
    name       varchar(100) not null,
    created_at timestamptz  not null,
    constraint client_group_pk primary key (id),
    constraint client_group_account_fk foreign key (account_id) references trade_account (id),
    constraint client_group_name_uk unique (account_id, name)
);

create table client_group_account (
    group_id          uuid not null,
    client_account_id uuid not null,
    constraint client_group_account_pk primary key (group_id, client_account_id),
    constraint client_group_account_group_fk foreign key (group_id) references client_group (id) on delete cascade,
    constraint client_group_account_client_fk foreign key (client_account_id) references trade_account (id)
);
create index client_group_account_client_ix on client_group_account (client_account_id);

create table client_group_user (
    group_id uuid        not null,
    user_id  uuid        not null,
    function varchar(10) not null,
    level    varchar(4)  not null,
    constraint client_group_user_pk primary key (group_id, user_id, function),
    constraint client_group_user_group_fk foreign key (group_id) references client_group (id) on delete cascade,
    constraint client_group_user_level_ck check (level in ('VIEW', 'EDIT'))
);
create index client_group_user_user_ix on client_group_user (user_id, function);
