-- The change feed of statements (issue 12, REV-101 to REV-104 in the reports catalog), as entry_summary's (V4_11_1,
-- docs/adr/013-analytics-store.md): every insert and update of a statement sets the id of the transaction that made
-- it, by a trigger, so that the analytics store beside each node reads the statements changed since it last read,
-- below the xmin of its snapshot, and misses none. A statement changes when it is prepared and filled, when its
-- payment is authorized or received (the same transaction writes statement_payment) and when the sub-account it is
-- visible from changes. Rows written before this migration get this migration's transaction.

alter table statement add column change_xid xid8 not null default '0';

create function statement_change_xid() returns trigger
    language plpgsql as
$$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger statement_change_xid_tg
    before insert or update on statement
    for each row execute function statement_change_xid();

update statement set change_xid = pg_current_xact_id();

create index statement_change_xid_ix on statement (change_xid, statement_number);
