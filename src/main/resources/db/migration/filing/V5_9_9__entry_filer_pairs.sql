-- Which filers file for which importers (issue 11, R2: a broker with 5,000 clients and a million entries).
--
-- A user who reaches both a filer's sub-account and its clients' importer sub-accounts (a broker with grants from its
-- clients) sees most entries from both sides; counting them once took a hash of every waiting entry seen from each
-- side (80,000 rows for that broker). With the pairs of importer and filer sub-accounts that have entries together,
-- the compliance view counts the entries seen from the filer's side and, from the importers' side, only the entries
-- of pairs whose filer the user does not reach in full: for that broker, none.
--
-- One row per pair that ever had an entry (a pair is never removed: a stale pair costs one look-up, a missing one
-- would lose entries), written by a trigger in the filing's transaction whatever writes entry_summary (the intake, the
-- generator's COPY). The filer side may be empty (an entry whose filer has no portal sub-account).
--
-- entry_filer holds the sub-accounts that file at all (brokers, self-filing importers), kept by the same trigger: of
-- a broker's 5,001 sub-accounts in scope one files, and the view reads the filers' entries and tallies for that one
-- only, instead of probing the filer indexes 5,001 times for nothing.

create table entry_filer_pair (
    importer_sub_account_id uuid not null,
    filer_sub_account_id    uuid
);

create unique index entry_filer_pair_uk on entry_filer_pair (importer_sub_account_id, filer_sub_account_id)
    nulls not distinct;

create table entry_filer (
    filer_sub_account_id uuid not null,
    constraint entry_filer_pk primary key (filer_sub_account_id)
);

create function entry_filer_pair_of_entry() returns trigger
    language plpgsql
as
$$
begin
    if new.importer_sub_account_id is not null then
        insert into entry_filer_pair (importer_sub_account_id, filer_sub_account_id)
        values (new.importer_sub_account_id, new.filer_sub_account_id)
        on conflict do nothing;
    end if;
    if new.filer_sub_account_id is not null then
        insert into entry_filer (filer_sub_account_id) values (new.filer_sub_account_id) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger entry_summary_filer_pair
    after insert or update of importer_sub_account_id, filer_sub_account_id on entry_summary
    for each row execute function entry_filer_pair_of_entry();

insert into entry_filer_pair (importer_sub_account_id, filer_sub_account_id)
select distinct importer_sub_account_id, filer_sub_account_id
from entry_summary
where importer_sub_account_id is not null;

insert into entry_filer (filer_sub_account_id)
select distinct filer_sub_account_id
from entry_summary
where filer_sub_account_id is not null;
