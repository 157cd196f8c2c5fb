-- CBP forms on entries (issue 11, R1): Form 28 (request for information), Form 29 (notice of action, proposed or
-- taken) and Form 4647 (notice to mark or redeliver), each under an action number, issued by an officer from an
-- entry; the trade's answers (text and documents, drafts kept) round by round; every step of a form; and which
-- brokers an importer's sub-account designates for courtesy copies. The sub-accounts a form is visible from are the
-- entry's, kept in step with the identifiers accounts hold (as entries and statements are).
create sequence cbp_form_seq;

create table cbp_form (
    action_number           varchar(20)  not null,
    form                    varchar(6)   not null,
    entry_number            char(11)     not null,
    port                    char(4)      not null,
    filer_code              char(3)      not null,
    importer_display        varchar(20)  not null,
    importer_digest         bytea        not null,
    importer_sub_account_id uuid,
    importer_identifier_id  uuid,
    filer_sub_account_id    uuid,
    filer_identifier_id     uuid,
    subject                 varchar(20)  not null,
    notice                  varchar(12),
    body                    text         not null,
    entry_change            text,
    status                  varchar(16)  not null,
    round                   smallint     not null default 1,
    issued_by               uuid         not null,
    issued_by_name          varchar(100) not null,
    issued_at               timestamptz  not null,
    issued_on               date         not null,
    due_on                  date,
    answered_at             timestamptz,
    closed_at               timestamptz,
    closed_by_name          varchar(100),
    follows                 varchar(20),
    assigned_to             uuid,
    updated_at              timestamptz  not null,
    constraint cbp_form_pk primary key (action_number),
    constraint cbp_form_kind_ck check (form in ('CF28', 'CF29', 'CF4647')),
    constraint cbp_form_status_ck check (status in ('AWAITING_ANSWER', 'ANSWERED', 'NOTIFIED', 'CLOSED')),
    constraint cbp_form_subject_ck check (subject in ('CLASSIFICATION', 'VALUE', 'ORIGIN', 'FTA', 'ADCVD', 'MARKING',
                                                      'OTHER')),
    constraint cbp_form_notice_ck check (
        (form = 'CF28' and notice is null)
        or (form = 'CF29' and notice in ('PROPOSED', 'TAKEN'))
        or (form = 'CF4647' and notice in ('MARK', 'REDELIVER'))),
    constraint cbp_form_due_ck check (due_on is not null or status in ('NOTIFIED', 'CLOSED')),
    constraint cbp_form_body_ck check (length(body) between 1 and 8000),
    constraint cbp_form_follows_fk foreign key (follows) references cbp_form (action_number)
);

create index cbp_form_entry_ix on cbp_form (entry_number);
create index cbp_form_importer_ix on cbp_form (importer_sub_account_id, status);
create index cbp_form_filer_ix on cbp_form (filer_sub_account_id, status);
create index cbp_form_open_ix on cbp_form (port, status, due_on) where status <> 'CLOSED';

create table cbp_form_step (
    action_number varchar(20)  not null,
    seq           smallint     not null,
    occurred_at   timestamptz  not null,
    kind          varchar(16)  not null,
    round         smallint     not null,
    actor_name    varchar(100) not null,
    note          text,
    due_on        date,
    constraint cbp_form_step_pk primary key (action_number, seq),
    constraint cbp_form_step_form_fk foreign key (action_number) references cbp_form (action_number),
    constraint cbp_form_step_kind_ck check (kind in ('ISSUED', 'ANSWERED', 'ASKED_AGAIN', 'CLOSED', 'FOLLOWED_UP',
                                                     'ASSIGNED'))
);

create table cbp_form_answer (
    id             uuid         not null,
    action_number  varchar(20)  not null,
    round          smallint     not null,
    status         varchar(10)  not null,
    body           text         not null,
    saved_by       uuid         not null,
    saved_by_name  varchar(100) not null,
    saved_at       timestamptz  not null,
    submitted_at   timestamptz,
    constraint cbp_form_answer_pk primary key (id),
    constraint cbp_form_answer_round_uq unique (action_number, round),
    constraint cbp_form_answer_form_fk foreign key (action_number) references cbp_form (action_number),
    constraint cbp_form_answer_status_ck check (status in ('DRAFT', 'SUBMITTED')),
    constraint cbp_form_answer_submitted_ck check ((status = 'SUBMITTED') = (submitted_at is not null)),
    constraint cbp_form_answer_body_ck check (length(body) <= 20000)
);

create table cbp_form_answer_document (
    answer_id   uuid     not null,
    document_id uuid     not null,
    position    smallint not null,
    constraint cbp_form_answer_document_pk primary key (answer_id, document_id),
    constraint cbp_form_answer_document_answer_fk foreign key (answer_id) references cbp_form_answer (id)
        on delete cascade
);

create table form_copy_designation (
    importer_sub_account_id uuid         not null,
    filer_code              char(3)      not null,
    designated_by_name      varchar(100) not null,
    designated_at           timestamptz  not null,
    constraint form_copy_designation_pk primary key (importer_sub_account_id, filer_code)
);
