-- Audit rows are no longer sealed as they are appended (that took one portal-wide lock per audited write): the
-- caller's transaction appends the event and queues it for sealing, and one sealer (AuditSealer) seals committed
-- events in sequence order into audit_seal shortly after. See docs/adr/005-audit-chain.md.

-- New events carry no hash of their own; the hashes of the events written before this migration stay where they are.
alter table audit_event alter column previous_hash drop not null;
alter table audit_event alter column hash drop not null;

-- The chain: one seal per event, in chain order. hash = HMAC-SHA-256(audit key, previous_hash || the event's fields)
-- (AuditChain); chain_position is given by the sealer, so an event that commits late is sealed later, never skipped.
create table audit_seal (
    chain_position bigint      not null,
    event_seq      bigint      not null,
    previous_hash  bytea       not null,
    hash           bytea       not null,
    sealed_at      timestamptz not null default now(),
    constraint audit_seal_pk primary key (chain_position),
    constraint audit_seal_event_uk unique (event_seq),
    constraint audit_seal_hash_uk unique (hash),
    constraint audit_seal_event_fk foreign key (event_seq) references audit_event (seq)
);

-- Events committed and not sealed yet. Written in the same statement as the event, emptied by the sealer.
create table audit_pending (
    event_seq bigint      not null,
    queued_at timestamptz not null default now(),
    constraint audit_pending_pk primary key (event_seq)
);

-- The events of the old chain, sealed one at a time under a lock, are its first segment, unchanged: their seals
-- used the same HMAC over the same encoding, so their previous_hash/hash pairs are already the first seals.
insert into audit_seal (chain_position, event_seq, previous_hash, hash, sealed_at)
select row_number() over (order by seq), seq, previous_hash, hash, occurred_at
from audit_event where hash is not null
order by seq;

create function audit_table_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_table_is_append_only();
create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_table_is_append_only();
