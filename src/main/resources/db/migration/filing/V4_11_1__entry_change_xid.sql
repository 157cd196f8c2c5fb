-- The change feed of entry summaries (issue 10; docs/adr/013-analytics-store.md). Readers outside PostgreSQL (the
-- analytics store beside each node) follow the changes of entry_summary by the id of the transaction that made them,
-- not by change_seq: a sequence number is drawn before its transaction commits, so a reader that has seen number 12
-- may later see 11 commit, and a reader that remembers "12" misses it. A transaction id below the xmin of a reader's
-- snapshot belongs to a transaction that has finished: the rows it wrote are all visible, or it rolled back. So a
-- reader that reads change_xid < xmin of its snapshot (pg_snapshot_xmin(pg_current_snapshot())) reads a window that
-- no later commit can add to, and continues from that xmin next time.
--
-- Every insert and update sets change_xid, whoever writes the row (the intake, officers' moves, deemed liquidation,
-- the generator's COPY): a trigger, because a column default does not cover updates and a forgotten assignment in an
-- UPDATE would silently drop a change from every node's reports. Rows written before this migration get 0, which
-- the first read of an empty store (from 0) includes.

alter table entry_summary add column change_xid xid8 not null default '0';

create function entry_summary_change_xid() returns trigger
    language plpgsql as
$$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

create trigger entry_summary_change_xid_tg
    before insert or update on entry_summary
    for each row execute function entry_summary_change_xid();

-- The feed reads in this order, after where it stopped: (change_xid, entry_number) > (last read).
create index entry_summary_change_xid_ix on entry_summary (change_xid, entry_number);
