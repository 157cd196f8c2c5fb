-- The audit trail: append-only, each row sealed into a keyed hash chain (see AuditChain).
create table audit_event (
    seq            bigint generated always as identity,
    occurred_at    timestamptz  not null,
    actor_id       uuid,
    actor_name     varchar(100),
    action         varchar(80)  not null,
    object_type    varchar(40),
    object_id      varchar(100),
    outcome        varchar(10)  not null,
    client_address varchar(64)  not null,
    details        jsonb        not null default '{}'::jsonb,
    previous_hash  bytea        not null,
    hash           bytea        not null,
    constraint audit_event_pk primary key (seq),
    constraint audit_event_outcome_ck check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    constraint audit_event_hash_uk unique (hash)
);
create index audit_event_occurred_at_ix on audit_event (occurred_at);
create index audit_event_actor_ix on audit_event (actor_id, occurred_at);
create index audit_event_action_ix on audit_event (action, occurred_at);
create index audit_event_object_ix on audit_event (object_type, object_id);

-- The application can add rows and read them, never change or remove them.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
