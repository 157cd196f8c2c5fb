-- The compliance view and daily operations (issue 11, R2 and R3).
--
-- entry_adcvd_line  the AD/CVD lines of each entry's current version (case, the line's entered value, the cash
--                   deposit), outside the JSON document so that exposure by case is a sum over an index. Written by a
--                   trigger on entry_summary_version, the one table both writers of versions fill (the intake, row by
--                   row, and the generator, with COPY): each new version replaces its entry's lines. Keyed by the
--                   entry number first, like every filing table (Citus: colocated with entry_summary).
-- entry_summary.adcvd  whether the current version has an AD/CVD line.
--
-- The partial indexes hold, per sub-account and side (importer or filer), only the entries waiting for the trade
-- (rejected, held, liquidation scheduled, unliquidated with AD/CVD lines): a broker's compliance view reads the few
-- thousand that wait, not its million entries, nor V4_1_1's national partial indexes (keyed by date) whole.

create table entry_adcvd_line (
    entry_number  char(11)       not null,
    line_number   smallint       not null,
    case_number   varchar(20)    not null,
    entered_value numeric(14, 2) not null,
    deposit       numeric(14, 2) not null,
    constraint entry_adcvd_line_pk primary key (entry_number, line_number),
    constraint entry_adcvd_line_entry_fk foreign key (entry_number) references entry_summary (entry_number),
    constraint entry_adcvd_line_amounts_ck check (entered_value >= 0 and deposit >= 0)
);

alter table entry_summary add column adcvd boolean not null default false;

create function entry_adcvd_lines_of_version() returns trigger
    language plpgsql
as
$$
declare
    found_lines int;
begin
    if new.version > 1 then
        delete from entry_adcvd_line where entry_number = new.entry_number;
    end if;
    insert into entry_adcvd_line (entry_number, line_number, case_number, entered_value, deposit)
    select new.entry_number, (l ->> 'lineNumber')::smallint, l -> 'adCvd' ->> 'caseNumber',
           coalesce((select sum((o ->> 'enteredValue')::numeric) from jsonb_array_elements(l -> 'ordinals') o), 0),
           (l -> 'adCvd' ->> 'deposit')::numeric
    from jsonb_array_elements(new.document -> 'lines') l
    where l ? 'adCvd';
    get diagnostics found_lines = row_count;
    if found_lines > 0 or new.version > 1 then
        update entry_summary set adcvd = (found_lines > 0)
        where entry_number = new.entry_number and adcvd <> (found_lines > 0);
    end if;
    return null;
end
$$;

create trigger entry_summary_version_adcvd_lines
    after insert on entry_summary_version
    for each row execute function entry_adcvd_lines_of_version();

-- the entries already filed: the lines of their current version
insert into entry_adcvd_line (entry_number, line_number, case_number, entered_value, deposit)
select v.entry_number, (l ->> 'lineNumber')::smallint, l -> 'adCvd' ->> 'caseNumber',
       coalesce((select sum((o ->> 'enteredValue')::numeric) from jsonb_array_elements(l -> 'ordinals') o), 0),
       (l -> 'adCvd' ->> 'deposit')::numeric
from entry_summary s
join entry_summary_version v on v.entry_number = s.entry_number and v.version = s.current_version
cross join lateral jsonb_array_elements(v.document -> 'lines') l
where l ? 'adCvd';

update entry_summary s set adcvd = true
where exists (select 1 from entry_adcvd_line a where a.entry_number = s.entry_number);

-- entries waiting for the trade, per sub-account and side: the compliance view reads all of a user's in one pass
-- (one index look-up per sub-account in the scope), whatever the state, and counts each state from the index alone
-- (the columns it reads are included: no visit to the table once the visibility map is set)
create index entry_summary_waiting_importer_ix on entry_summary (importer_sub_account_id)
    include (entry_number, status, release_status, resubmit_by, liquidation_date, adcvd, port_of_entry,
             importer_identifier_id, filer_sub_account_id, filer_identifier_id)
    where status in ('REJECTED', 'LIQUIDATION_SCHEDULED') or release_status = 'HELD'
        or (adcvd and status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED'));
create index entry_summary_waiting_filer_ix on entry_summary (filer_sub_account_id)
    include (entry_number, status, release_status, resubmit_by, liquidation_date, adcvd, port_of_entry,
             filer_identifier_id)
    where status in ('REJECTED', 'LIQUIDATION_SCHEDULED') or release_status = 'HELD'
        or (adcvd and status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED'));
-- daily operations: the entries of a sub-account that changed this week, whose history lines of the week are counted
create index entry_summary_updated_importer_ix on entry_summary (importer_sub_account_id, updated_at);
create index entry_summary_updated_filer_ix on entry_summary (filer_sub_account_id, updated_at);
