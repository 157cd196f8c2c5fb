create table terms_version (
    version      int          not null,
    title        varchar(200) not null,
    body         text         not null,
    published_at timestamptz  not null,
    published_by varchar(100) not null,
    constraint terms_version_pk primary key (version),
    constraint terms_version_positive_ck check (version > 0)
);

create table terms_acceptance (
    user_id        uuid        not null,
    version        int         not null,
    accepted_at    timestamptz not null,
    client_address varchar(64) not null,
    constraint terms_acceptance_pk primary key (user_id, version),
    constraint terms_acceptance_version_fk foreign key (version) references terms_version (version)
);

create table site_notice (
    id           uuid          not null,
    headline     varchar(200)  not null,
    body         varchar(2000) not null,
    severity     varchar(10)   not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null,
    withdrawn_at timestamptz,
    constraint site_notice_pk primary key (id),
    constraint site_notice_severity_ck check (severity in ('INFO', 'WARNING', 'SUCCESS')),
    constraint site_notice_period_ck check (ends_at > starts_at)
);
create index site_notice_period_ix on site_notice (starts_at, ends_at);
