-- Accounting of disclosures (5 U.S.C. 552a(c)): every release of a record about a person to another agency,
-- kept at least five years (here: never removed). Like the audit trail, rows can be added but not changed.
create table disclosure_record (
    id             uuid         not null,
    subject_type   varchar(40)  not null,
    subject_id     varchar(100) not null,
    recipient      varchar(200) not null,
    purpose        varchar(500) not null,
    legal_basis    varchar(200) not null,
    disclosed_by   uuid,
    disclosed_at   timestamptz  not null,
    constraint disclosure_record_pk primary key (id)
);
create index disclosure_record_subject_ix on disclosure_record (subject_type, subject_id, disclosed_at desc);

create function disclosure_record_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'disclosure_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger disclosure_record_no_update_or_delete
    before update or delete on disclosure_record
    for each row execute function disclosure_record_is_append_only();
create trigger disclosure_record_no_truncate
    before truncate on disclosure_record
    for each statement execute function disclosure_record_is_append_only();
