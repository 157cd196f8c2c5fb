-- Reference data (issue 9, F5). Every file loaded is one row of reference_load (an edition of a kind, in force from
-- its effective date); the data rows point to it. The same file (same SHA-256) is never loaded twice for a kind,
-- and an edition's name is never reused. The portal's role gets its grants through the default privileges of V3_1_2.
create table reference_load (
    id             uuid         not null,
    kind           varchar(20)  not null,
    edition        varchar(60)  not null,
    effective_from date         not null,
    file_name      varchar(255) not null,
    sha256         char(64)     not null,
    row_count      integer      not null,
    loaded_at      timestamptz  not null,
    loaded_by      varchar(100) not null,
    constraint reference_load_pk primary key (id),
    constraint reference_load_kind_ck check (kind in ('HTS', 'PORTS', 'COUNTRIES', 'ENTRY_TYPES', 'FEE_RATES',
        'ADCVD_CASES', 'HOLIDAYS', 'IMPORTERS')),
    constraint reference_load_digest_uk unique (kind, sha256),
    constraint reference_load_edition_uk unique (kind, edition)
);
create index reference_load_in_force_ix on reference_load (kind, effective_from desc, loaded_at desc);

-- The USITC HTS export, one row per element of its array, in file order (position); htsno is the digits only,
-- null for the unnumbered headings ("superior": "true") kept for the hierarchy.
create table hts_line (
    load_id            uuid     not null,
    position           integer  not null,
    htsno              varchar(10),
    indent             smallint not null,
    description        text     not null,
    superior           boolean  not null,
    units              jsonb    not null,
    general_rate       text     not null,
    special_rate       text     not null,
    other_rate         text     not null,
    general_ad_valorem numeric(9, 4),
    footnotes          jsonb,
    quota_quantity     text,
    additional_duties  text,
    constraint hts_line_pk primary key (load_id, position),
    constraint hts_line_load_fk foreign key (load_id) references reference_load (id)
);
create index hts_line_number_ix on hts_line (load_id, htsno) where htsno is not null;

create table reference_port (
    load_id       uuid         not null,
    code          char(4)      not null,
    district_code char(2)      not null,
    district_name varchar(200),
    name          varchar(200) not null,
    constraint reference_port_pk primary key (load_id, code),
    constraint reference_port_load_fk foreign key (load_id) references reference_load (id)
);

create table reference_country (
    load_id uuid         not null,
    code    char(2)      not null,
    name    varchar(200) not null,
    constraint reference_country_pk primary key (load_id, code),
    constraint reference_country_load_fk foreign key (load_id) references reference_load (id)
);

create table reference_entry_type (
    load_id uuid         not null,
    code    char(2)      not null,
    name    varchar(200) not null,
    constraint reference_entry_type_pk primary key (load_id, code),
    constraint reference_entry_type_load_fk foreign key (load_id) references reference_load (id)
);

-- Fee rates by fiscal year and class code: an ad valorem percentage with its minimum and maximum (MPF, HMF), or a
-- flat amount (the informal fee). Money is numeric, never floating point.
create table reference_fee_rate (
    load_id            uuid         not null,
    fiscal_year        smallint     not null,
    class_code         char(3)      not null,
    description        varchar(200) not null,
    ad_valorem_percent numeric(9, 4),
    minimum_amount     numeric(12, 2),
    maximum_amount     numeric(12, 2),
    flat_amount        numeric(12, 2),
    source             text         not null,
    constraint reference_fee_rate_pk primary key (load_id, fiscal_year, class_code),
    constraint reference_fee_rate_load_fk foreign key (load_id) references reference_load (id),
    constraint reference_fee_rate_kind_ck check (ad_valorem_percent is not null or flat_amount is not null)
);

create table reference_adcvd_case (
    load_id              uuid         not null,
    case_key             char(7)      not null,
    country              char(2)      not null,
    product              varchar(300) not null,
    cash_deposit_percent numeric(9, 4),
    effective_from       date,
    source               text         not null,
    constraint reference_adcvd_case_pk primary key (load_id, case_key),
    constraint reference_adcvd_case_load_fk foreign key (load_id) references reference_load (id)
);

-- Federal holidays (5 U.S.C. 6103) and other closures, keyed by the day off (observed).
create table reference_holiday (
    load_id       uuid         not null,
    observed_date date         not null,
    holiday_date  date         not null,
    name          varchar(200) not null,
    source        text         not null,
    constraint reference_holiday_pk primary key (load_id, observed_date),
    constraint reference_holiday_load_fk foreign key (load_id) references reference_load (id)
);
create index reference_holiday_date_ix on reference_holiday (observed_date);

-- Importer records (CBP Form 5106 data). IRS and Social Security numbers are personal data: sealed per field and
-- bound to the row (number_cipher), found by a keyed digest; customs-assigned numbers are kept in the clear.
create table reference_importer (
    id            uuid         not null,
    load_id       uuid         not null,
    number_kind   varchar(12)  not null,
    number_plain  varchar(20),
    number_cipher bytea,
    number_digest bytea        not null,
    display       varchar(20)  not null,
    name          varchar(200) not null,
    address_line  varchar(200) not null,
    city          varchar(100) not null,
    state         varchar(3),
    postal_code   varchar(20),
    country       char(2)      not null,
    source        text         not null,
    constraint reference_importer_pk primary key (id),
    constraint reference_importer_load_fk foreign key (load_id) references reference_load (id),
    constraint reference_importer_uk unique (load_id, number_digest),
    constraint reference_importer_kind_ck check (number_kind in ('EIN', 'SSN', 'CBP_ASSIGNED')),
    constraint reference_importer_storage_ck check (number_plain is not null or number_cipher is not null)
);
create index reference_importer_digest_ix on reference_importer (number_digest);
