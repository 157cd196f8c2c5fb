-- Per filer sub-account tallies of the entries waiting for the trade (issue 11, R2; ADR 021).
--
-- A broker's compliance view counted, entry by entry, the 40,000 waiting entries it filed (rejected, held,
-- liquidation scheduled, unliquidated with AD/CVD lines) and joined 14,000 AD/CVD lines: 100 ms and more however the
-- statement was shaped. The entries a user reaches through a sub-account without narrowing are all the entries that
-- sub-account filed (ADR 021's first part), so their figures can be kept per filer sub-account as they change:
--
-- entry_waiting_tally  per filer sub-account, kind and day: how many of its entries are REJECTED (day: the date to
--                      resubmit by), HELD (no day) or LIQUIDATING (status LIQUIDATION_SCHEDULED; day: the liquidation
--                      date). The view sums the days before today (overdue) or before today + 31 (liquidating soon).
-- entry_adcvd_tally    per filer sub-account and AD/CVD case, over its unliquidated entries: entries with a line of
--                      the case, lines, entered value and deposits.
--
-- Statement-level triggers with transition tables keep them in the transaction of every change, whatever writes
-- (a move, the intake, the generator's COPY of a million rows: one grouped upsert per statement, not one per row).
-- A row counts by its own state only; an entry's AD/CVD lines count while the entry is unliquidated, so the lines'
-- triggers add or remove lines of unliquidated entries, and the entries' triggers add or remove an entry's lines when
-- it changes between unliquidated and liquidated or changes filer. Rows may fall to zero and stay (a few per filer and
-- day). Keyed by filer sub-account first (Citus: reference-sized, see ADR 021).

create table entry_waiting_tally (
    filer_sub_account_id uuid        not null,
    kind                 varchar(12) not null,
    day                  date,
    entries              bigint      not null,
    constraint entry_waiting_tally_kind_ck check (kind in ('REJECTED', 'HELD', 'LIQUIDATING'))
);

create unique index entry_waiting_tally_uk on entry_waiting_tally (filer_sub_account_id, kind, day)
    include (entries) nulls not distinct;

create table entry_adcvd_tally (
    filer_sub_account_id uuid           not null,
    case_number          varchar(20)    not null,
    entries              bigint         not null,
    lines                bigint         not null,
    entered_value        numeric(16, 2) not null,
    deposit              numeric(16, 2) not null,
    constraint entry_adcvd_tally_pk primary key (filer_sub_account_id, case_number)
        include (entries, lines, entered_value, deposit)
);

-- the waiting kinds of the rows a statement wrote, signed (the rows before the statement count -1, after +1); a
-- transition table exists only for its own events, hence the rows' query chosen by event and run with execute
create function entry_waiting_tally_apply() returns trigger
    language plpgsql
as
$$
declare
    after_rows  text := 'select filer_sub_account_id, status, release_status, resubmit_by, liquidation_date, '
        || '1 as sign from new_rows';
    before_rows text := 'select filer_sub_account_id, status, release_status, resubmit_by, liquidation_date, '
        || '-1 as sign from old_rows';
begin
    execute format($q$
        insert into entry_waiting_tally (filer_sub_account_id, kind, day, entries)
        select r.filer_sub_account_id, k.kind, k.day, sum(r.sign)
        from (%s) r
                 cross join lateral (
            select 'REJECTED'::varchar as kind, r.resubmit_by as day where r.status = 'REJECTED'
            union all
            select 'HELD', null::date where r.release_status = 'HELD'
            union all
            select 'LIQUIDATING', r.liquidation_date where r.status = 'LIQUIDATION_SCHEDULED') k
        where r.filer_sub_account_id is not null
        group by r.filer_sub_account_id, k.kind, k.day
        having sum(r.sign) <> 0
        on conflict (filer_sub_account_id, kind, day)
            do update set entries = entry_waiting_tally.entries + excluded.entries
        $q$, case tg_op when 'INSERT' then after_rows
                        when 'DELETE' then before_rows
                        else after_rows || ' union all ' || before_rows end);
    -- the AD/CVD lines of entries that became, or stopped being, unliquidated or changed filer (an entry's lines are
    -- written after it and removed before it, so an insert or a delete of entries has none)
    if tg_op = 'UPDATE' then
        perform entry_adcvd_tally_add(c.sub, c.case_number, c.entries, c.lines, c.entered, c.deposits)
        from (select s.sub, a.case_number, sum(s.sign)::bigint as entries, sum(s.sign * a.lines)::bigint as lines,
                     sum(s.sign * a.entered) as entered, sum(s.sign * a.deposits) as deposits
              from (select n.entry_number, n.filer_sub_account_id as sub, 1 as sign
                    from new_rows n join old_rows o on o.entry_number = n.entry_number
                    where n.filer_sub_account_id is not null
                      and n.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                      and (o.status in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                           or o.filer_sub_account_id is distinct from n.filer_sub_account_id)
                    union all
                    select o.entry_number, o.filer_sub_account_id, -1
                    from old_rows o join new_rows n on n.entry_number = o.entry_number
                    where o.filer_sub_account_id is not null
                      and o.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                      and (n.status in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                           or o.filer_sub_account_id is distinct from n.filer_sub_account_id)) s
                       cross join lateral (
                  select l.case_number, count(*) as lines, sum(l.entered_value) as entered,
                         sum(l.deposit) as deposits
                  from entry_adcvd_line l
                  where l.entry_number = s.entry_number
                  group by l.case_number) a
              group by s.sub, a.case_number) c;
    end if;
    return null;
end
$$;

create function entry_adcvd_tally_add(p_sub uuid, p_case varchar, p_entries bigint, p_lines bigint,
                                      p_entered numeric, p_deposit numeric) returns void
    language sql
as
$$
insert into entry_adcvd_tally (filer_sub_account_id, case_number, entries, lines, entered_value, deposit)
select p_sub, p_case, p_entries, p_lines, p_entered, p_deposit
where p_entries <> 0 or p_lines <> 0 or p_entered <> 0 or p_deposit <> 0
on conflict (filer_sub_account_id, case_number) do update
    set entries       = entry_adcvd_tally.entries + excluded.entries,
        lines         = entry_adcvd_tally.lines + excluded.lines,
        entered_value = entry_adcvd_tally.entered_value + excluded.entered_value,
        deposit       = entry_adcvd_tally.deposit + excluded.deposit;
$$;

-- lines added to or removed from unliquidated entries, signed; an entry counts once per case while it has a line of
-- it, so it is added when it had no line of the case before the statement (all it has now were inserted) and removed
-- when it has none after; the rows' query chosen by event (see entry_waiting_tally_apply)
create function entry_adcvd_tally_of_lines() returns trigger
    language plpgsql
as
$$
begin
    execute format($q$
        select entry_adcvd_tally_add(c.sub, c.case_number, %2$s * c.entries, %2$s * c.lines, %2$s * c.entered,
                                     %2$s * c.deposits)
        from (select e.filer_sub_account_id as sub, g.case_number,
                     count(*) filter (where (select count(*) from entry_adcvd_line l
                                             where l.entry_number = g.entry_number
                                               and l.case_number = g.case_number) = %3$s) as entries,
                     sum(g.lines)::bigint as lines, sum(g.entered) as entered, sum(g.deposits) as deposits
              from (select entry_number, case_number, count(*) as lines, sum(entered_value) as entered,
                           sum(deposit) as deposits
                    from %1$s group by entry_number, case_number) g
                       join entry_summary e on e.entry_number = g.entry_number
              where e.filer_sub_account_id is not null
                and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
              group by e.filer_sub_account_id, g.case_number) c
        $q$, case tg_op when 'INSERT' then 'new_rows' else 'old_rows' end,
             case tg_op when 'INSERT' then '1' else '-1' end,
             case tg_op when 'INSERT' then 'g.lines' else '0' end);
    return null;
end
$$;

create trigger entry_summary_tally_insert
    after insert on entry_summary
    referencing new table as new_rows
    for each statement execute function entry_waiting_tally_apply();

create trigger entry_summary_tally_update
    after update on entry_summary
    referencing old table as old_rows new table as new_rows
    for each statement execute function entry_waiting_tally_apply();

create trigger entry_summary_tally_delete
    after delete on entry_summary
    referencing old table as old_rows
    for each statement execute function entry_waiting_tally_apply();

create trigger entry_adcvd_line_tally_insert
    after insert on entry_adcvd_line
    referencing new table as new_rows
    for each statement execute function entry_adcvd_tally_of_lines();

create trigger entry_adcvd_line_tally_delete
    after delete on entry_adcvd_line
    referencing old table as old_rows
    for each statement execute function entry_adcvd_tally_of_lines();

-- the entries already filed
insert into entry_waiting_tally (filer_sub_account_id, kind, day, entries)
select filer_sub_account_id, kind, day, count(*)
from (select filer_sub_account_id, 'REJECTED' as kind, resubmit_by as day
      from entry_summary where status = 'REJECTED' and filer_sub_account_id is not null
      union all
      select filer_sub_account_id, 'HELD', null
      from entry_summary where release_status = 'HELD' and filer_sub_account_id is not null
      union all
      select filer_sub_account_id, 'LIQUIDATING', liquidation_date
      from entry_summary where status = 'LIQUIDATION_SCHEDULED' and filer_sub_account_id is not null) w
group by filer_sub_account_id, kind, day;

insert into entry_adcvd_tally (filer_sub_account_id, case_number, entries, lines, entered_value, deposit)
select e.filer_sub_account_id, l.case_number, count(distinct l.entry_number), count(*), sum(l.entered_value),
       sum(l.deposit)
from entry_adcvd_line l
         join entry_summary e on e.entry_number = l.entry_number
where e.filer_sub_account_id is not null
  and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
group by e.filer_sub_account_id, l.case_number;
