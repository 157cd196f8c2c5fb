-- Issue 12 (M2): the accepted entry summaries waiting for a statement, by filer and summary date, for the payments
-- module's daily statements (EntryStatements): small, since a summary leaves it when placed on a statement.
create index entry_summary_to_place_ix on entry_summary (filer_code, summary_date, entry_number)
    where status = 'ACCEPTED';
-- the entry summaries on a statement, to reconcile the statement against them
create index entry_summary_statement_ix on entry_summary (statement_number) where statement_number is not null;
