-- Deemed liquidation (issue 9, F3): the daily job finds the entries not liquidated by their deadline with this index
-- instead of reading the whole table; LIQUIDATED, DEEMED_LIQUIDATED and REJECTED entries are not in it.
create index entry_summary_liquidation_due_ix on entry_summary (liquidation_deadline, entry_number)
    where status in ('ACCEPTED', 'ON_STATEMENT', 'PAID', 'LIQUIDATION_SCHEDULED', 'EXTENDED');
