-- Every order the entry search offers (EntrySort) is walked in an index, so that a page of an importer with a million
-- entries reads its 51 rows whatever the order and whatever the page (keyset paging; issue 9, F4). V4_1_1 indexed
-- the default order, summary date; these add entry date and entry number, for the importer's and the filer's
-- sub-account and, for officers, over all entries (entry number alone is the primary key's order). A b-tree is read
-- backwards as cheaply as forwards, so each serves both directions.
create index entry_summary_importer_sub_entry_date_ix on entry_summary (importer_sub_account_id, entry_date desc,
    entry_number desc) where importer_sub_account_id is not null;
create index entry_summary_filer_sub_entry_date_ix on entry_summary (filer_sub_account_id, entry_date desc,
    entry_number desc) where filer_sub_account_id is not null;
create index entry_summary_importer_sub_number_ix on entry_summary (importer_sub_account_id, entry_number)
    where importer_sub_account_id is not null;
create index entry_summary_filer_sub_number_ix on entry_summary (filer_sub_account_id, entry_number)
    where filer_sub_account_id is not null;
create index entry_summary_entry_date_ix on entry_summary (entry_date desc, entry_number desc);
