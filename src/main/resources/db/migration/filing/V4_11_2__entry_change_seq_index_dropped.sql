-- The change feed follows entry_summary.change_xid (V4_11_1, ADR 013), not change_seq: nothing reads entry_summary by
-- change_seq any more, so its index only cost every filing and every move one more index entry. The column stays
-- for now (it still orders the changes of one transaction); it goes when its last writer does.
drop index entry_summary_change_ix;
